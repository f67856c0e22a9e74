// The model of weight-sharing: params -> the signal (fitted to n and shifted), the conv layer's
// output by the engine's conv1d, the same layer as a dense weight matrix, and the comparison of the
// outputs before and after a shift (translation equivariance). Pure; tested without a DOM.
import { conv1d, convOutputSize, tensor } from '../../engine/index.ts';
import { normalizeNumberText } from '../../state/numberText.ts';
import type { ParamValues } from '../../state/paramTable.ts';
import { fitSignal, WEIGHT_SHARING_DEFAULTS, WEIGHT_SHARING_LIMITS, type WeightSharingParams } from './paramLimits.ts';

/** True for a finite number. */
function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** A list of finite numbers from `value` (non-finite items as 0), or `fallback`. */
function readList(value: unknown, fallback: readonly number[]): readonly number[] {
  if (!Array.isArray(value) || value.length === 0) return fallback;
  return value.map((x: unknown) => (isFiniteNumber(x) ? x : 0));
}

/**
 * The params from a widget's values, defensively: missing or mistyped values take the defaults;
 * n is raised to the kernel's length if needed; the signal is cut or padded to n; the shift rounded
 * and clamped to [-4, 4].
 */
export function readParams(values: ParamValues): WeightSharingParams {
  const { inputs: inputLimits, shift: shiftLimits } = WEIGHT_SHARING_LIMITS;
  const kernel = readList(values.kernel, WEIGHT_SHARING_DEFAULTS.kernel).slice(0, WEIGHT_SHARING_LIMITS.kernel.maxLength);
  const rawInputs = isFiniteNumber(values.inputs) ? Math.round(values.inputs) : WEIGHT_SHARING_DEFAULTS.inputs;
  const inputs = Math.min(inputLimits.max, Math.max(inputLimits.min, kernel.length, rawInputs));
  const shift = isFiniteNumber(values.shift) ? Math.min(shiftLimits.max, Math.max(shiftLimits.min, Math.round(values.shift))) : 0;
  return {
    kernel,
    inputs,
    view: values.view === 'matrix' ? 'matrix' : 'graph',
    signal: fitSignal(readList(values.signal, WEIGHT_SHARING_DEFAULTS.signal), inputs),
    shift,
  };
}

/** A number typed in a weight field (full-width digits and − read as usual), or null unless it is a number in [-10, 10]. */
export function readWeight(text: string): number | null {
  const normalized = normalizeNumberText(text);
  if (normalized === '') return null;
  const value = Number(normalized);
  const { min, max } = WEIGHT_SHARING_LIMITS.kernel;
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** `x` shifted right by `shift` places (left when negative), zeros coming in: x'[i] = x[i - shift], 0 outside. */
export function shiftSignal(x: readonly number[], shift: number): number[] {
  return x.map((_, i) => x[i - shift] ?? 0);
}

/**
 * Why round: the engine computes in float32, so 0.1 * 3 comes back as 0.30000001192…; six
 * significant digits give back the decimal a reader expects, far above float32's noise for inputs in
 * [-10, 10]. A sum that cancels (0.1 + 0.2 - 0.3) leaves noise near 1e-8 instead of 0: below 1e-6 is 0.
 */
function tidy(value: number): number {
  return Math.abs(value) < 1e-6 ? 0 : Number(value.toPrecision(6)) + 0;
}

/**
 * The conv layer's output for input `x` (n values) and kernel `w` (k <= n values), by the engine's
 * conv1d (cross-correlation, valid borders, stride 1, no bias): y[j] = sum_p x[j+p] * w[p],
 * j = 0 .. n-k; values rounded to 6 significant digits.
 */
export function convOutput(x: readonly number[], w: readonly number[]): number[] {
  const y = conv1d(tensor([1, 1, x.length], x), tensor([1, 1, w.length], w), null, { padding: 'valid' });
  return Array.from(y.data, tidy);
}

/** One entry of the weight matrix: its value and, inside the band, the kernel index p = i - j it repeats. */
export interface MatrixEntry {
  value: number;
  kernelIndex: number | null;
}

/** Outputs of the layer with n inputs and a kernel of k weights: n - k + 1 (valid, stride 1), by the engine's convOutputSize. */
export function outputCount(n: number, k: number): number {
  return convOutputSize(n, { kernelSize: k, padding: 'valid' });
}

/**
 * The conv layer as a dense (n-k+1) x n weight matrix: W[j][i] = w[i - j] when 0 <= i - j < k (the
 * band: each diagonal holds one weight), else 0 (outside the receptive field).
 */
export function weightMatrix(w: readonly number[], n: number): MatrixEntry[][] {
  const m = outputCount(n, w.length);
  return Array.from({ length: m }, (_, j) =>
    Array.from({ length: n }, (_, i) => {
      const p = i - j;
      return p >= 0 && p < w.length ? { value: w[p], kernelIndex: p } : { value: 0, kernelIndex: null };
    }),
  );
}

/** The matrix-vector product W x (a plain sum, to check the matrix view against conv1d). */
export function matrixTimes(matrix: readonly (readonly MatrixEntry[])[], x: readonly number[]): number[] {
  return matrix.map((row) => tidy(row.reduce((sum, entry, i) => sum + entry.value * (x[i] ?? 0), 0)));
}

/** The outputs before and after the shift, and what the borders did to the copy. */
export interface Equivariance {
  shift: number;
  /** The input as given, and shifted. */
  x: readonly number[];
  shifted: readonly number[];
  /** conv of x, and of the shifted x. */
  y: readonly number[];
  yShifted: readonly number[];
  /** Outputs j of y' with no y[j - shift] whose value is not 0: values a partial window made at the border. */
  enteredAtBorder: readonly number[];
  /** Outputs j of y with a non-zero value that the shift pushed out (j + shift outside the output). */
  leftAtBorder: readonly number[];
  /** y' is exactly y shifted, with zeros coming in: nothing entered or left at a border. */
  exact: boolean;
}

/**
 * The equivariance check for input `x`, kernel `w` and `shift`: y = conv(x), y' = conv(shift(x)).
 * Wherever y[j - shift] exists, y'[j] = y[j - shift] (the layer is translation equivariant); at the
 * borders values may enter (enteredAtBorder) or leave (leftAtBorder).
 */
export function equivariance(x: readonly number[], w: readonly number[], shift: number): Equivariance {
  const shifted = shiftSignal(x, shift);
  const y = convOutput(x, w);
  const yShifted = convOutput(shifted, w);
  const m = y.length;
  const enteredAtBorder = yShifted.flatMap((value, j) => (j - shift < 0 || j - shift >= m) && value !== 0 ? [j] : []);
  const leftAtBorder = y.flatMap((value, j) => (j + shift < 0 || j + shift >= m) && value !== 0 ? [j] : []);
  return { shift, x, shifted, y, yShifted, enteredAtBorder, leftAtBorder, exact: enteredAtBorder.length === 0 && leftAtBorder.length === 0 };
}
