// Scales and ticks shared by convolution-1d's layouts: a value axis that always shows 0 and never
// collapses, and tick marks as plain data. Render layer: d3-scale only, no DOM.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A tick: its position in px along the axis and its label. */
export interface Tick {
  position: number;
  label: string;
}

/** A label for a tick value: up to 4 significant digits, `-0` as `0`, `−` for minus signs. */
export function tickLabel(value: number): string {
  const rounded = Number(value.toPrecision(4)) + 0;
  return String(rounded).replace('-', '−');
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

/** Width of one tick label character in viewBox px at the figures' 12px tick font (digits are ~0.6 em). */
const TICK_CHAR_WIDTH = 7.2;

/** The left margin that fits the longest value tick label of `ticks` (at least 28 px), plus an 8 px gap. */
export function leftMarginFor(ticks: readonly Tick[]): number {
  const longest = Math.max(1, ...ticks.map((tick) => tick.label.length));
  return Math.max(28, Math.ceil(longest * TICK_CHAR_WIDTH) + 8);
}
