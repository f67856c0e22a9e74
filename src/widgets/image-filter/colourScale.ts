// Colour mapping of image-filter's output: the display choice (gray, signed diverging, absolute value),
// a 256-entry lookup table per kind built once, and the fast pass that fills an RGBA buffer. Pure.
import type { FilterOutput } from './filterImage.ts';

/** The `display` param's words: auto (gray for a kernel whose sum is positive, else signed), signed, abs. */
export const DISPLAY_WORDS = ['auto', 'signed', 'abs'] as const;

/** One display word. */
export type DisplayWord = (typeof DISPLAY_WORDS)[number];

/** How values become colours: gray 0..255 clipped; signed diverging around 0; |value| in gray. */
export type ScaleKind = 'gray' | 'signed' | 'abs';

/** A resolved colour scale: its kind, the value domain [low, high] its ends stand for, and clipped pixels. */
export interface ColourScale {
  readonly kind: ScaleKind;
  readonly domain: readonly [number, number];
  /** gray only: how many output pixels lie above 255 (drawn white) or below 0 (drawn black). */
  readonly clipped: number;
}

/** Values below this size count as 0 when picking a scale (float32 noise of a sum that should be 0). */
const ZERO_TOLERANCE = 1e-4;

/** How many of `values` lie outside [0, 255]. */
function countClipped(values: Float32Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 255 || values[i] < 0) count++;
  return count;
}

/**
 * The scale for `display`, an output and the sum of the kernel that made it. auto: gray over [0, 255]
 * (clipping counted) when the kernel's sum is positive, so it keeps or scales brightness (blur,
 * sharpen, emboss); signed when the sum is 0 or negative, so the output is change around 0 (Sobel,
 * Laplacian, outline). signed: domain [-M, M] with M = max(|min|, |max|). abs: domain [0, M]. M is
 * at least 1e-4, so an all-zero output still has a domain.
 */
export function resolveScale(display: DisplayWord, output: Pick<FilterOutput, 'values' | 'min' | 'max'>, kernelSum: number): ColourScale {
  const extent = Math.max(Math.abs(output.min), Math.abs(output.max), ZERO_TOLERANCE);
  if (display === 'signed' || (display === 'auto' && kernelSum <= ZERO_TOLERANCE)) return { kind: 'signed', domain: [-extent, extent], clipped: 0 };
  if (display === 'abs') return { kind: 'abs', domain: [0, extent], clipped: 0 };
  return { kind: 'gray', domain: [0, 255], clipped: countClipped(output.values) };
}

/** Colour stops [position in [0, 1], r, g, b]: the diverging scale from blue (negative) over neutral to red (positive). */
const DIVERGING_STOPS: readonly (readonly [number, number, number, number])[] = [
  [0, 0x21, 0x66, 0xac],
  [0.25, 0x67, 0xa9, 0xcf],
  [0.45, 0xd1, 0xe5, 0xf0],
  [0.5, 0xf7, 0xf7, 0xf7],
  [0.55, 0xfd, 0xdb, 0xc7],
  [0.75, 0xef, 0x8a, 0x62],
  [1, 0xb2, 0x18, 0x2b],
];

/** The RGB at position t in [0, 1] of the diverging stops, linear between neighbours. */
function divergingAt(t: number): [number, number, number] {
  let i = 1;
  while (i < DIVERGING_STOPS.length - 1 && DIVERGING_STOPS[i][0] < t) i++;
  const [t0, r0, g0, b0] = DIVERGING_STOPS[i - 1];
  const [t1, r1, g1, b1] = DIVERGING_STOPS[i];
  const f = (t - t0) / (t1 - t0);
  return [r0 + f * (r1 - r0), g0 + f * (g1 - g0), b0 + f * (b1 - b0)];
}

/**
 * Index into the signed table of `value` on [-M, M]: 0..127 for negatives (0 at -M), 128..255 for
 * zero and positives (128 at 0, 255 at M). Entries 127 and 128 are both the neutral colour, so 0
 * lands exactly on it.
 */
function signedIndex(value: number, extent: number): number {
  const t = Math.min(1, Math.abs(value) / extent);
  return value < 0 ? Math.round(127 - 127 * t) : Math.round(128 + 127 * t);
}

const tables = new Map<ScaleKind, Uint8ClampedArray>();

/** The 256-entry RGBA lookup table of a kind (built on first use, then shared): gray ramps black -> white. */
export function colourTable(kind: ScaleKind): Uint8ClampedArray {
  const cached = tables.get(kind);
  if (cached) return cached;
  const table = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const rgb: [number, number, number] =
      kind === 'signed' ? divergingAt(i < 128 ? (i / 127) * 0.5 : 0.5 + ((i - 128) / 127) * 0.5) : [i, i, i];
    table.set([Math.round(rgb[0]), Math.round(rgb[1]), Math.round(rgb[2]), 255], i * 4);
  }
  tables.set(kind, table);
  return table;
}

/** The table index of one value under `scale` (clamped to 0..255). */
export function tableIndex(value: number, scale: ColourScale): number {
  const [low, high] = scale.domain;
  if (scale.kind === 'signed') return signedIndex(value, high);
  const v = scale.kind === 'abs' ? Math.abs(value) : value;
  const index = Math.round(((v - low) / (high - low)) * 255);
  return index < 0 ? 0 : index > 255 ? 255 : index;
}

/** The CSS colour `rgb(r g b)` of one value under `scale`. */
export function colourOf(value: number, scale: ColourScale): string {
  const table = colourTable(scale.kind);
  const at = tableIndex(value, scale) * 4;
  return `rgb(${table[at]} ${table[at + 1]} ${table[at + 2]})`;
}

/**
 * Fills `rgba` (4 bytes per value, e.g. an ImageData's data) with the colours of `values` under
 * `scale`. One pass, the index formula inlined per kind; NaN maps to table entry 0.
 */
export function paintValues(values: Float32Array, scale: ColourScale, rgba: Uint8ClampedArray): void {
  const table = colourTable(scale.kind);
  const [low, high] = scale.domain;
  const n = Math.min(values.length, rgba.length >> 2);
  const signed = scale.kind === 'signed';
  const absolute = scale.kind === 'abs';
  const factor = signed ? 127 / high : 255 / (high - low);
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    let index: number;
    if (signed) {
      const t = raw < 0 ? 127 + raw * factor : 128 + raw * factor;
      index = raw < 0 ? (t < 0 ? 0 : Math.round(t)) : t > 255 ? 255 : Math.round(t);
    } else {
      const t = ((absolute ? Math.abs(raw) : raw) - low) * factor;
      index = t > 0 ? (t < 255 ? Math.round(t) : 255) : 0;
    }
    if (index !== index) index = 0;
    const from = index << 2;
    const to = i << 2;
    rgba[to] = table[from];
    rgba[to + 1] = table[from + 1];
    rgba[to + 2] = table[from + 2];
    rgba[to + 3] = 255;
  }
}

/** Fills `rgba` with the gray of `pixels` (0..255), for the input canvas. */
export function paintGray(pixels: Float32Array, rgba: Uint8ClampedArray): void {
  paintValues(pixels, { kind: 'gray', domain: [0, 255], clipped: 0 }, rgba);
}

/** Stops of the magnitude scale (dark violet -> teal -> yellow, after viridis): [position, r, g, b]. */
const MAGNITUDE_STOPS: readonly (readonly [number, number, number, number])[] = [
  [0, 0x44, 0x01, 0x54],
  [0.25, 0x3b, 0x52, 0x8b],
  [0.5, 0x21, 0x90, 0x8d],
  [0.75, 0x5d, 0xc8, 0x63],
  [1, 0xfd, 0xe7, 0x25],
];

let magnitudeLookup: Uint8ClampedArray | undefined;

/** The 256-entry RGBA table of the frequency view's magnitude scale (0 dark violet, peak yellow). */
export function magnitudeTable(): Uint8ClampedArray {
  if (magnitudeLookup) return magnitudeLookup;
  const table = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const t = i / 255;
    let s = 1;
    while (s < MAGNITUDE_STOPS.length - 1 && MAGNITUDE_STOPS[s][0] < t) s++;
    const [t0, r0, g0, b0] = MAGNITUDE_STOPS[s - 1];
    const [t1, r1, g1, b1] = MAGNITUDE_STOPS[s];
    const f = (t - t0) / (t1 - t0);
    table.set([r0 + f * (r1 - r0), g0 + f * (g1 - g0), b0 + f * (b1 - b0), 255].map(Math.round), i * 4);
  }
  magnitudeLookup = table;
  return table;
}

/** Fills `rgba` with the magnitude colours of `values` on [0, peak] (peak at least 1e-12). */
export function paintMagnitude(values: ArrayLike<number>, peak: number, rgba: Uint8ClampedArray): void {
  const table = magnitudeTable();
  const factor = 255 / Math.max(peak, 1e-12);
  const n = Math.min(values.length, rgba.length >> 2);
  for (let i = 0; i < n; i++) {
    const t = values[i] * factor;
    const from = (t > 0 ? (t < 255 ? Math.round(t) : 255) : 0) << 2;
    rgba.set(table.subarray(from, from + 4), i << 2);
  }
}
