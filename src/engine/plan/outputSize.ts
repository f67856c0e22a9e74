// Output length of one spatial dimension for convolution, pooling and transposed convolution.
// Part of the engine: imports nothing outside src/engine.
import { check, checkBoolean, checkOptions } from '../engineError.ts';
import { resolveSidePadding } from '../geometry.ts';
import type { PaddingWord } from '../types.ts';

/** Options of `convOutputSize` for one spatial dimension. */
export interface OutputSizeOptions {
  /** Taps of the kernel (or pooling window), k >= 1. */
  kernelSize: number;
  /** Step between neighbouring windows, s >= 1; default 1. */
  stride?: number;
  /** Zeros per side p >= 0, or 'valid' | 'same' | 'full'; default 0. */
  padding?: number | PaddingWord;
  /** Gap between taps, d >= 1 (d = 1 means adjacent taps); default 1. */
  dilation?: number;
  /** Round the division up instead of down (pooling); default false. */
  ceilMode?: boolean;
}

/** Options of `poolOutputSize`: as `OutputSizeOptions`, but stride defaults to kernelSize and padding is a number. */
export interface PoolOutputSizeOptions {
  kernelSize: number;
  /** Default: kernelSize (windows side by side). */
  stride?: number;
  /** Zeros (or -infinity for max pooling) per side, 0 <= p <= floor(kernelSize / 2); default 0. */
  padding?: number;
  dilation?: number;
  ceilMode?: boolean;
}

/** Options of `convTransposeOutputSize` for one spatial dimension (PyTorch's conv_transpose). */
export interface ConvTransposeOutputSizeOptions {
  kernelSize: number;
  /** Default 1. */
  stride?: number;
  /** Rows/cols removed from each side of the full result, p >= 0; default 0. */
  padding?: number;
  /** Extra rows/cols added at the end, 0 <= outputPadding < max(stride, dilation); default 0. */
  outputPadding?: number;
  /** Default 1. */
  dilation?: number;
}

/** Every number that goes into one dimension's output length, resolved. */
export interface AxisPlan {
  /** n: input length. */
  inputSize: number;
  /** k: kernel taps. */
  kernelSize: number;
  /** s. */
  stride: number;
  /** d. */
  dilation: number;
  /** Zeros before the input (top/left). */
  padBefore: number;
  /** Zeros after the input (bottom/right). */
  padAfter: number;
  /** Input pixels one window spans: d*(k-1) + 1. */
  span: number;
  /** True when the division was rounded up (ceilMode). */
  ceilMode: boolean;
  /** Number of window positions: floor((n + before + after - span) / s) + 1 (ceil in ceilMode, see `convOutputSize`). */
  outputSize: number;
}

/** Throws unless `value` is a whole number >= `min`; `name` is the option's name in the message. */
export function checkWhole(op: string, name: string, value: number, min: number): void {
  check(
    typeof value === 'number' && Number.isInteger(value) && value >= min,
    op,
    `${name} ${String(value)} is not allowed (${name} must be a whole number >= ${min})`,
  );
}

/**
 * Resolves the padding and output length of one dimension; `op` names the caller in messages.
 * out = floor((n + before + after - d*(k-1) - 1) / s) + 1; in ceilMode the floor becomes a ceil, and
 * (PyTorch's rule) the last window must start inside the input or the left padding:
 * if (out-1)*s >= n + before then out = out - 1.
 * Throws EngineError on a bad value or when the dilated kernel is longer than the padded input.
 */
export function planAxis(op: string, inputSize: number, o: OutputSizeOptions): AxisPlan {
  checkOptions(op, o, true, '{ kernelSize: 3 }');
  const k = o.kernelSize;
  const s = o.stride ?? 1;
  const d = o.dilation ?? 1;
  const ceilMode = checkBoolean(op, 'ceilMode', o.ceilMode, false);
  checkWhole(op, 'input size', inputSize, 1);
  checkWhole(op, 'kernel size', k, 1);
  checkWhole(op, 'stride', s, 1);
  checkWhole(op, 'dilation', d, 1);
  const { before, after } = resolveSidePadding(op, o.padding ?? 0, inputSize, k, s, d);
  const span = d * (k - 1) + 1;
  const padded = inputSize + before + after;
  const spanNote = d > 1 ? ` (dilated to span ${span})` : '';
  check(
    span <= padded,
    op,
    `kernel ${k}${spanNote} is larger than the padded input ${padded} (input ${inputSize} + padding ${before}+${after}; the kernel must fit inside the input plus its padding)`,
  );
  const numerator = padded - span;
  let outputSize = (ceilMode ? Math.ceil(numerator / s) : Math.floor(numerator / s)) + 1;
  // Why: with ceil a last window could start in the right padding only; PyTorch drops it.
  if (ceilMode && (outputSize - 1) * s >= inputSize + before) outputSize -= 1;
  return { inputSize, kernelSize: k, stride: s, dilation: d, padBefore: before, padAfter: after, span, ceilMode, outputSize };
}

/**
 * Output length of one spatial dimension of a convolution or pooling window:
 * out = floor((n + 2p - d*(k-1) - 1) / s) + 1, with p from the padding words
 * ('valid': 0, 'full': d*(k-1) per side, 'same': total padding so that out = ceil(n/s)).
 * ceilMode rounds up instead, dropping a last window that would start in the right padding.
 * Throws EngineError where the output would be empty and on bad values.
 */
export function convOutputSize(inputSize: number, o: OutputSizeOptions): number {
  return planAxis('convOutputSize', inputSize, o).outputSize;
}

/**
 * Checks pooling's own rules for one dimension and resolves its plan: stride defaults to kernelSize,
 * padding must satisfy 0 <= p <= floor(k/2) (PyTorch's rule), then as `planAxis`.
 */
export function planPoolAxis(op: string, inputSize: number, o: PoolOutputSizeOptions): AxisPlan {
  checkOptions(op, o, true, '{ kernelSize: 2 }');
  const k = o.kernelSize;
  const p = o.padding ?? 0;
  checkWhole(op, 'kernel size', k, 1);
  checkWhole(op, 'padding', p, 0);
  check(
    p <= Math.floor(k / 2),
    op,
    `padding ${p} is more than half the kernel size ${k} (pooling padding must be at most half the kernel size, rounded down: floor(${k}/2) = ${Math.floor(k / 2)})`,
  );
  return planAxis(op, inputSize, { ...o, stride: o.stride ?? k, padding: p });
}

/**
 * Output length of one dimension of max or average pooling: as `convOutputSize` with the stride
 * defaulting to kernelSize and padding limited to floor(kernelSize/2).
 */
export function poolOutputSize(inputSize: number, o: PoolOutputSizeOptions): number {
  return planPoolAxis('poolOutputSize', inputSize, o).outputSize;
}

/**
 * Output length of one dimension of a transposed convolution (PyTorch's conv_transpose):
 * out = (n-1)*s - 2p + d*(k-1) + outputPadding + 1.
 * outputPadding must be smaller than the stride or the dilation; throws EngineError when out < 1.
 */
export function convTransposeOutputSize(inputSize: number, o: ConvTransposeOutputSizeOptions): number {
  return planTransposeAxis('convTransposeOutputSize', inputSize, o);
}

/** As `convTransposeOutputSize`, naming `op` in its messages. */
export function planTransposeAxis(op: string, inputSize: number, o: ConvTransposeOutputSizeOptions): number {
  checkOptions(op, o, true, '{ kernelSize: 3, stride: 2 }');
  const k = o.kernelSize;
  const s = o.stride ?? 1;
  const p = o.padding ?? 0;
  const outputPadding = o.outputPadding ?? 0;
  const d = o.dilation ?? 1;
  checkWhole(op, 'input size', inputSize, 1);
  checkWhole(op, 'kernel size', k, 1);
  checkWhole(op, 'stride', s, 1);
  checkWhole(op, 'padding', p, 0);
  checkWhole(op, 'output padding', outputPadding, 0);
  checkWhole(op, 'dilation', d, 1);
  check(
    outputPadding < Math.max(s, d),
    op,
    `output padding ${outputPadding} is not smaller than stride ${s} or dilation ${d} (output padding must be smaller than one of them)`,
  );
  const full = (inputSize - 1) * s + d * (k - 1) + 1;
  const out = full - 2 * p + outputPadding;
  check(
    out >= 1,
    op,
    `padding ${p} removes ${2 * p} of the ${full + outputPadding} output pixels, leaving ${out} (the output must keep at least 1 pixel: 2*padding < (n-1)*stride + dilation*(k-1) + 1 + outputPadding)`,
  );
  return out;
}
