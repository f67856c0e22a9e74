// Tests of the activation functions and their backward passes (float64 finite differences).
import { describe, expect, it } from 'vitest';
import { activationBackward, activationForward } from '../../../src/engine/layers/activations.ts';
import type { ActivationName } from '../../../src/engine/layers/layerSpec.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const ROWS = 3;
const FEATURES = 5;

/** sum(fn(x) * r): a scalar whose gradient with respect to x is activationBackward(fn, y, r). */
function weightedSum(fn: ActivationName, x: Float64Array, r: Float64Array): number {
  const y = new Float64Array(x.length);
  activationForward(fn, x, y, ROWS, FEATURES);
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += y[i] * r[i];
  return sum;
}

describe('activationForward', () => {
  it('relu x=[-2,-0.5,0,0.5,2] -> [0,0,0,0.5,2]; NaN stays NaN', () => {
    const x = Float64Array.from([-2, -0.5, 0, 0.5, 2, NaN]);
    const y = new Float64Array(6);
    activationForward('relu', x, y, 1, 6);
    expect(Array.from(y.subarray(0, 5))).toEqual([0, 0, 0, 0.5, 2]);
    expect(y[5]).toBeNaN();
  });

  it('tanh and sigmoid x in [-30,30] -> Math.tanh and 1/(1+exp(-x)) within 1.3e-7 relative', () => {
    const x = Float64Array.from({ length: 601 }, (_, i) => -30 + i * 0.1);
    const tanh = new Float64Array(x.length);
    const sigmoid = new Float64Array(x.length);
    activationForward('tanh', x, tanh, 1, x.length);
    activationForward('sigmoid', x, sigmoid, 1, x.length);
    x.forEach((v, i) => {
      expect(Math.abs(tanh[i] - Math.tanh(v))).toBeLessThanOrEqual(1.3e-7 * Math.abs(Math.tanh(v)) + 1e-300);
      const s = 1 / (1 + Math.exp(-v));
      expect(Math.abs(sigmoid[i] - s)).toBeLessThanOrEqual(1e-14 * s);
    });
  });

  it('softmax x [3,5] -> rows of positive numbers summing to 1, unchanged by adding 1000 to a row', () => {
    const x = Float64Array.from(testNumbers(ROWS * FEATURES, 1).map((v) => 5 * v));
    const y = new Float64Array(x.length);
    activationForward('softmax', x, y, ROWS, FEATURES);
    const shifted = x.map((v, i) => (i < FEATURES ? v + 1000 : v));
    const yShifted = new Float64Array(x.length);
    activationForward('softmax', shifted, yShifted, ROWS, FEATURES);
    for (let r = 0; r < ROWS; r++) {
      const row = y.subarray(r * FEATURES, (r + 1) * FEATURES);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      const denominator = x.subarray(r * FEATURES, (r + 1) * FEATURES).reduce((a, b) => a + Math.exp(b), 0);
      row.forEach((v, k) => expect(v).toBeCloseTo(Math.exp(x[r * FEATURES + k]) / denominator, 14));
    }
    expect(maxAbsDifference(y, yShifted)).toBeLessThan(1e-12);
  });
});

describe('activationBackward', () => {
  it.each<ActivationName>(['relu', 'tanh', 'sigmoid', 'softmax'])(
    '%s x [3,5] -> dx equals finite differences of sum(y * r)',
    (fn) => {
      // Keep relu's inputs away from its kink at 0, where the difference quotient is not the derivative.
      const x = Float64Array.from(testNumbers(ROWS * FEATURES, 2).map((v) => 2 * v + (v >= 0 ? 0.1 : -0.1)));
      const r = Float64Array.from(testNumbers(ROWS * FEATURES, 3));
      const y = new Float64Array(x.length);
      activationForward(fn, x, y, ROWS, FEATURES);
      const dx = new Float64Array(x.length);
      activationBackward(fn, y, r, dx, ROWS, FEATURES);
      const numeric = numericGradient(() => weightedSum(fn, x, r), x, 1e-5);
      // tanh is a float32-accurate rational function, so its exact derivative differs by ~1e-7.
      expect(maxAbsDifference(dx, numeric)).toBeLessThan(fn === 'tanh' ? 1e-6 : 1e-9);
    },
  );
});
