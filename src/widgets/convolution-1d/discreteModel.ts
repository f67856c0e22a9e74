// Discrete mode: the full convolution (f*g)[n] = Σ_k f[k] g[n-k] or the cross-correlation
// (f⋆g)[n] = Σ_k f[k] g[k-n], computed by the engine's conv1d, and the terms of the sum at one n. Pure.
import { conv1d, tensor } from '../../engine/index.ts';
import { formatExact } from './formatValue.ts';
import { outputIndexRange } from './reconcileParams.ts';

/** A whole output sequence: values[i] is the output at index firstIndex + i. */
export interface DiscreteOutput {
  values: readonly number[];
  /** 0 for the convolution, -(len(g) - 1) for the cross-correlation. */
  firstIndex: number;
}

/**
 * Rounds an engine (float32) result to 6 significant digits of `scale` = Σ |f[k] g[·]| at that n,
 * so float32 noise (0.1 -> 0.100000001, or 1e-7 left after a cancellation) never shows. Scale 0 gives 0.
 */
export function roundToScale(value: number, scale: number): number {
  if (!(scale > 0) || !Number.isFinite(value)) return 0;
  // Dividing by a power of ten (not multiplying by 1e-d) keeps results such as 1 or 2.5 exact.
  const digits = 5 - Math.floor(Math.log10(scale));
  const rounded = digits >= 0 ? Math.round(value * 10 ** digits) / 10 ** digits : Math.round(value / 10 ** -digits) * 10 ** -digits;
  return rounded + 0;
}

/** conv1d of the 1-channel signals x (length L) and w (length K) with K - 1 zeros padded on each side: length L + K - 1. */
function fullCorrelation(x: readonly number[], w: readonly number[]): Float32Array {
  return conv1d(tensor([1, 1, x.length], x), tensor([1, 1, w.length], w), null, { padding: w.length - 1 }).data;
}

/**
 * The output for f (length F) and g (length G), F + G - 1 values. The engine computes
 * cross-correlation y[i] = Σ_p x[i + p - (G-1)] w[p]; with w = g that is (f⋆g)[i - (G-1)], and with
 * w = g reversed it is (f*g)[i]. The same op on |f| and |g| gives the scale for `roundToScale`.
 */
export function discreteOutput(f: readonly number[], g: readonly number[], flip: boolean): DiscreteOutput {
  const kernel = flip ? [...g].reverse() : g;
  const raw = fullCorrelation(f, kernel);
  const scale = fullCorrelation(f.map(Math.abs), kernel.map(Math.abs));
  return {
    values: Array.from(raw, (value, i) => roundToScale(value, scale[i])),
    firstIndex: outputIndexRange(f.length, g.length, flip)[0],
  };
}

/** One term f[k]·g[j] of the sum at n: j = n - k (convolution) or k - n (cross-correlation). */
export interface DiscreteTerm {
  k: number;
  j: number;
  fValue: number;
  gValue: number;
  product: number;
  /** f[k], g[j] and the product as the figure and the formula write them. */
  fText: string;
  gText: string;
  productText: string;
}

/** The terms of the sum at n with both factors inside their sequences, in increasing k. */
export function termsAt(f: readonly number[], g: readonly number[], n: number, flip: boolean): DiscreteTerm[] {
  const terms: DiscreteTerm[] = [];
  for (let k = 0; k < f.length; k++) {
    const j = flip ? n - k : k - n;
    if (j < 0 || j >= g.length) continue;
    const product = f[k] * g[j];
    terms.push({ k, j, fValue: f[k], gValue: g[j], product, fText: formatExact(f[k]), gText: formatExact(g[j]), productText: formatExact(product) });
  }
  return terms;
}

/** Everything of discrete mode that does not depend on n: computed once per f, g, flip. */
export interface DiscreteSetup {
  f: readonly number[];
  g: readonly number[];
  flip: boolean;
  output: DiscreteOutput;
  /** Where g's entries can sit over all n, and f's: k from -(G-1) to F+G-2 (the x axis of every row). */
  kRange: readonly [number, number];
}

/** Prepares discrete mode: the engine's output and the axis range. Empty lists count as [0]. */
export function prepareDiscrete(fList: readonly number[], gList: readonly number[], flip: boolean): DiscreteSetup {
  const f = fList.length > 0 ? fList : [0];
  const g = gList.length > 0 ? gList : [0];
  return { f, g, flip, output: discreteOutput(f, g, flip), kRange: [-(g.length - 1), f.length + g.length - 2] };
}

/** The view of discrete mode at one n. */
export interface DiscreteView {
  mode: 'discrete';
  flip: boolean;
  f: readonly number[];
  g: readonly number[];
  output: DiscreteOutput;
  kRange: DiscreteSetup['kRange'];
  /** The current output index: the shift rounded and clamped to the output's index range. */
  n: number;
  /** Where g[j] sits at this n: k = n - j when flipped, n + j when not. */
  gPositions: readonly number[];
  terms: readonly DiscreteTerm[];
  /** The output at n (the engine's, equal to the sum of the terms' products). */
  value: number;
}

/** The current n for `shift`: rounded, clamped to [firstIndex, firstIndex + length - 1]; non-finite gives firstIndex. */
export function discreteIndex(output: DiscreteOutput, shift: number): number {
  const last = output.firstIndex + output.values.length - 1;
  if (!Number.isFinite(shift)) return output.firstIndex;
  return Math.min(last, Math.max(output.firstIndex, Math.round(shift))) + 0;
}

/** The view at `shift`. */
export function discreteAt(setup: DiscreteSetup, shift: number): DiscreteView {
  const n = discreteIndex(setup.output, shift);
  return {
    mode: 'discrete',
    flip: setup.flip,
    f: setup.f,
    g: setup.g,
    output: setup.output,
    kRange: setup.kRange,
    n,
    gPositions: setup.g.map((_, j) => (setup.flip ? n - j : n + j)),
    terms: termsAt(setup.f, setup.g, n, setup.flip),
    value: setup.output.values[n - setup.output.firstIndex],
  };
}
