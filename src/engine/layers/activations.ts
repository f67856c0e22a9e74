// Activation functions relu, tanh, sigmoid, softmax and their backward passes on flat float arrays.
// Imports nothing outside src/engine.
import { portableExp, portableTanhArray } from '../portableMath.ts';
import type { ActivationName } from './layerSpec.ts';

/** A Float32Array in the engine, a Float64Array where a test wants exact reference math. */
export type FloatArray = Float32Array | Float64Array;

/**
 * y = fn(x) for `rows` samples of `features` values each (x, y [rows*features]):
 * - relu: max(x, 0)
 * - tanh: tanh(x)
 * - sigmoid: 1 / (1 + exp(-x))
 * - softmax: per row, exp(x_i - max) / sum_j exp(x_j - max) (the max keeps exp from overflowing)
 * `y` must be another array than `x`. exp and tanh come from portableMath (float32-accurate,
 * identical in every JS engine, and tanh several times faster than Math.tanh).
 */
export function activationForward(
  fn: ActivationName,
  x: FloatArray,
  y: FloatArray,
  rows: number,
  features: number,
): void {
  const length = rows * features;
  switch (fn) {
    case 'relu':
      // Why (x + |x|) / 2 and not a comparison: the signs of conv outputs are random, so a branch is
      // mispredicted half the time (3x slower); the sum is exact, and NaN stays NaN as in PyTorch.
      for (let i = 0; i < length; i++) {
        const v = x[i];
        y[i] = (v + Math.abs(v)) * 0.5;
      }
      return;
    case 'tanh':
      portableTanhArray(x, y, length);
      return;
    case 'sigmoid': {
      // Why a local alias: some module loaders (tsx, CommonJS output) reach imports through a getter;
      // reading the function once keeps that call out of the loop.
      const exp = portableExp;
      for (let i = 0; i < length; i++) y[i] = 1 / (1 + exp(-x[i]));
      return;
    }
    case 'softmax':
      softmaxRows(x, y, rows, features);
      return;
  }
}

/** Softmax of each row: y_i = exp(x_i - m) / sum_j exp(x_j - m), m = max_j x_j; sums in float64. */
function softmaxRows(x: FloatArray, y: FloatArray, rows: number, features: number): void {
  for (let r = 0; r < rows; r++) {
    const start = r * features;
    const end = start + features;
    let max = -Infinity;
    for (let i = start; i < end; i++) if (x[i] > max) max = x[i];
    let sum = 0;
    for (let i = start; i < end; i++) {
      const e = portableExp(x[i] - max);
      y[i] = e;
      sum += e;
    }
    // Why: dividing the rounded exps by one sum keeps each row summing to 1 within rounding.
    const inverse = 1 / sum;
    for (let i = start; i < end; i++) y[i] *= inverse;
  }
}

/**
 * dx = dLoss/dx from dy = dLoss/dy and the forward output y (all [rows*features]):
 * - relu: dy where y > 0, else 0
 * - tanh: dy * (1 - y^2)
 * - sigmoid: dy * y * (1 - y)
 * - softmax: per row dx_i = y_i * (dy_i - sum_j dy_j * y_j)
 */
export function activationBackward(
  fn: ActivationName,
  y: FloatArray,
  dy: FloatArray,
  dx: FloatArray,
  rows: number,
  features: number,
): void {
  const length = rows * features;
  switch (fn) {
    case 'relu':
      // Branch-free for the same reason as the forward pass: dy times 1 or 0.
      for (let i = 0; i < length; i++) dx[i] = dy[i] * +(y[i] > 0);
      return;
    case 'tanh':
      for (let i = 0; i < length; i++) {
        const v = y[i];
        dx[i] = dy[i] * (1 - v * v);
      }
      return;
    case 'sigmoid':
      for (let i = 0; i < length; i++) {
        const v = y[i];
        dx[i] = dy[i] * v * (1 - v);
      }
      return;
    case 'softmax':
      for (let r = 0; r < rows; r++) {
        const start = r * features;
        const end = start + features;
        let dot = 0;
        for (let i = start; i < end; i++) dot += dy[i] * y[i];
        for (let i = start; i < end; i++) dx[i] = y[i] * (dy[i] - dot);
      }
      return;
  }
}
