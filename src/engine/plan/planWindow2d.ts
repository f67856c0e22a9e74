// Two-dimensional window geometry (padding and output size per axis) for conv and pool ops,
// with messages that speak in `rows x cols`. Part of the engine: imports nothing outside src/engine.
import { check, checkOptions } from '../engineError.ts';
import { formatPair, resolvePair, resolveSidePadding, splitPadding } from '../geometry.ts';
import { checkElementCount } from '../tensor.ts';
import type { Padding, Pair } from '../types.ts';
import { planAxis, type AxisPlan } from './outputSize.ts';

/** Window options of a 2-D conv or pool; pairs are `[rows, cols]`. */
export interface Window2dOptions {
  kernelSize: Pair;
  /** Default 1. */
  stride?: Pair;
  /** Default 0. */
  padding?: Padding;
  /** Default 1. */
  dilation?: Pair;
  /** Default false. */
  ceilMode?: boolean;
}

/** Pooling window options; stride defaults to kernelSize, padding is numbers only. */
export interface PoolWindow2dOptions {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
  ceilMode?: boolean;
}

/** Resolved geometry of both spatial axes. */
export interface Window2dPlan {
  rows: AxisPlan;
  cols: AxisPlan;
}

/**
 * Plans a window sliding over an input of `height x width`:
 * per axis out = floor((n + before + after - d*(k-1) - 1) / s) + 1 (see `planAxis`).
 * `outer` are the output's dimensions before OH, OW (e.g. [N, O]) when the caller knows them.
 * Throws EngineError naming `op` for a bad value, a kernel larger than the padded input, or an
 * output [...outer, OH, OW] of more than ELEMENT_LIMIT numbers.
 */
export function planWindow2d(
  op: string,
  height: number,
  width: number,
  o: Window2dOptions,
  outer: readonly number[] = [],
): Window2dPlan {
  checkOptions(op, o, true, '{ kernelSize: 3 }');
  check(
    Number.isInteger(height) && Number.isInteger(width) && height >= 1 && width >= 1,
    op,
    `input ${height}x${width} is not allowed (height and width must be whole numbers >= 1)`,
  );
  const [kh, kw] = resolvePair(op, 'kernel size', o.kernelSize, 1);
  const [sh, sw] = resolvePair(op, 'stride', o.stride ?? 1, 1);
  const [dh, dw] = resolvePair(op, 'dilation', o.dilation ?? 1, 1);
  const [ph, pw] = splitPadding(op, o.padding ?? 0);
  const rowPad = resolveSidePadding(op, ph, height, kh, sh, dh);
  const colPad = resolveSidePadding(op, pw, width, kw, sw, dw);
  const spanH = dh * (kh - 1) + 1;
  const spanW = dw * (kw - 1) + 1;
  const paddedH = height + rowPad.before + rowPad.after;
  const paddedW = width + colPad.before + colPad.after;
  const dilated = dh > 1 || dw > 1 ? ` (dilated to span ${spanH}x${spanW})` : '';
  check(
    spanH <= paddedH && spanW <= paddedW,
    op,
    `kernel ${kh}x${kw}${dilated} is larger than the padded input ${paddedH}x${paddedW} (the kernel must fit inside the input plus its padding)`,
  );
  const ceilMode = o.ceilMode;
  const rows = planAxis(op, height, { kernelSize: kh, stride: sh, dilation: dh, padding: ph, ceilMode });
  const cols = planAxis(op, width, { kernelSize: kw, stride: sw, dilation: dw, padding: pw, ceilMode });
  checkElementCount(op, 'the output', [...outer, rows.outputSize, cols.outputSize], 'use a smaller input, padding or kernel');
  return { rows, cols };
}

/**
 * Plans a pooling window: stride defaults to kernelSize, and padding must be at most half the
 * kernel, p <= floor(k/2) per axis (PyTorch's rule), then as `planWindow2d` (`outer` as there).
 */
export function planPool2d(
  op: string,
  height: number,
  width: number,
  o: PoolWindow2dOptions,
  outer: readonly number[] = [],
): Window2dPlan {
  checkOptions(op, o, true, '{ kernelSize: 2 }');
  const [kh, kw] = resolvePair(op, 'kernel size', o.kernelSize, 1);
  const padding = o.padding ?? 0;
  const [ph, pw] = resolvePair(op, 'padding', padding, 0);
  check(
    ph <= Math.floor(kh / 2) && pw <= Math.floor(kw / 2),
    op,
    `padding ${formatPair(padding)} is more than half the kernel size ${formatPair([kh, kw])} (pooling padding must be at most half the kernel size, rounded down)`,
  );
  return planWindow2d(op, height, width, {
    kernelSize: [kh, kw],
    stride: o.stride ?? [kh, kw],
    padding: [ph, pw],
    dilation: o.dilation ?? 1,
    ceilMode: o.ceilMode ?? false,
  }, outer);
}
