// Geometry of image-filter's colour legend: a bar for a value domain with the gradient's stop values,
// labelled ticks at both ends and at 0, and unlabelled minor ticks between. Pure; uses d3-scale.
import { scaleLinear } from 'd3-scale';

/** A tick on the legend: its x, value, and label ('' for a minor tick). */
export interface LegendTick {
  x: number;
  value: number;
  label: string;
}

/** The legend's geometry: overall size, the bar, gradient stops (offset 0..1 with the value there) and ticks. */
export interface LegendGeometry {
  width: number;
  height: number;
  bar: { x: number; y: number; width: number; height: number };
  stops: { offset: number; value: number }[];
  ticks: LegendTick[];
  labelY: number;
}

/** Horizontal room left and right of the bar, so end labels (e.g. `-1234.5`) fit. */
const SIDE = 28;
/** Minor ticks closer than this (px) to a labelled one are left out. */
const MINOR_GAP = 14;

/**
 * Lays out a legend `width` px wide for the domain [low, high]: the bar from SIDE to width - SIDE,
 * `stopCount` evenly spaced gradient stops (plus one exactly at 0 when 0 lies strictly inside and no stop
 * is there yet),
 * labelled ticks at low, high and 0 (when inside) written by `format`, and d3's nice ticks between.
 */
export function layoutLegend(domain: readonly [number, number], width: number, format: (value: number) => string, stopCount = 17): LegendGeometry {
  const [low, high] = domain;
  const bar = { x: SIDE, y: 4, width: Math.max(1, width - 2 * SIDE), height: 14 };
  const x = scaleLinear().domain([low, high]).range([bar.x, bar.x + bar.width]);
  const stops = Array.from({ length: stopCount }, (_, i) => ({ offset: i / (stopCount - 1), value: low + ((high - low) * i) / (stopCount - 1) }));
  const zeroInside = low < 0 && high > 0;
  if (zeroInside && stops.every((stop) => stop.value !== 0)) {
    stops.push({ offset: (0 - low) / (high - low), value: 0 });
    stops.sort((a, b) => a.offset - b.offset);
  }
  const labelled = [low, ...(zeroInside ? [0] : []), high].map((value) => ({ x: x(value), value, label: format(value) }));
  const minor = x
    .ticks(6)
    .map((value) => ({ x: x(value), value, label: '' }))
    .filter((tick) => labelled.every((major) => Math.abs(major.x - tick.x) >= MINOR_GAP));
  return { width, height: bar.y + bar.height + 20, bar, stops, ticks: [...labelled, ...minor].sort((a, b) => a.x - b.x), labelY: bar.y + bar.height + 15 };
}
