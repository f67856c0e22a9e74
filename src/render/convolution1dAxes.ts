// Scales and ticks shared by convolution-1d's layouts: a value axis that always shows 0 and never
// collapses, and tick marks as plain data. Render layer: d3-scale only, no DOM.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A tick: its position in px along the axis and its label. */
export interface Tick {
  position: number;
  label: string;
}

/** `text` with every ASCII hyphen-minus written as the minus sign U+2212 (`-0.5` -> `−0.5`), as figures show numbers. */
export function withMinusSign(text: string): string {
  return text.replaceAll('-', '−');
}

/** A label for a tick value: up to 4 significant digits, `-0` as `0`, `−` for minus signs. */
export function tickLabel(value: number): string {
  const rounded = Number(value.toPrecision(4)) + 0;
  return withMinusSign(String(rounded));
}

/**
 * A linear scale from the value range [low, high] (widened to include 0; [0, 1] when it is a single
 * point or not finite) to [bottom, top] in px, with nice round ends.
 */
export function valueScale(range: readonly [number, number], bottom: number, top: number): ScaleLinear<number, number> {
  let low = Math.min(0, range[0]);
  let high = Math.max(0, range[1]);
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (low === high) high = low + 1;
  return scaleLinear().domain([low, high]).range([bottom, top]).nice(4);
}

/** About `count` ticks of `scale`, as positions and labels. */
export function ticksOf(scale: ScaleLinear<number, number>, count: number): Tick[] {
  return scale.ticks(count).map((value) => ({ position: scale(value), label: tickLabel(value) }));
}

/** The ends of a value scale's domain and 0 (without repeats), as ticks: enough labels for a short panel. */
export function endTicks(scale: ScaleLinear<number, number>): Tick[] {
  const [low, high] = scale.domain();
  return [...new Set([low, 0, high])].map((value) => ({ position: scale(value), label: tickLabel(value) }));
}

/** Font size in viewBox px of tick labels and of the discrete figure's products (convolution1d.css says the same). */
export const LABEL_FONT_SIZE = 12;

/** Width of one label character in viewBox px at the 12 px label font: digits and `−` are ~0.6 em. */
const LABEL_CHAR_WIDTH = 7.2;

/** The width in viewBox px of `text` at the 12 px label font (every character counted as wide as a digit). */
export function labelWidth(text: string): number {
  return text.length * LABEL_CHAR_WIDTH;
}

/** The left margin that fits the longest value tick label of `ticks` (at least 28 px), plus an 8 px gap. */
export function leftMarginFor(ticks: readonly Tick[]): number {
  const longest = Math.max(1, ...ticks.map((tick) => tick.label.length));
  return Math.max(28, Math.ceil(labelWidth('0'.repeat(longest))) + 8);
}

/** How far below its value a tick label (centred there, dy 0.32 em) reaches: baseline at +3.84 px, and a little below. */
export const TICK_LABEL_REACH = 5;

/** Height of a panel title's glyphs above its baseline at the 13 px title font (brackets and capitals, ~0.8 em). */
export const TITLE_ASCENT = 11;

/** The smallest gap kept between a panel title and the tick label above it. */
export const TITLE_CLEARANCE = 6;
