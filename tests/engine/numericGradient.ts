// Test helper: central finite differences of a scalar function with respect to the numbers of an array
// or of a tensor; shared by every backward-pass test of the engine.
import type { Tensor } from '../../src/engine/tensor.ts';

/** A Float32Array or Float64Array whose entries the helper perturbs in place (and restores). */
export type Numbers = Float32Array | Float64Array;

/**
 * d f / d values[i] ~ (f(values[i] + eps) - f(values[i] - eps)) / (2 eps) for each i in `indices`
 * (every index when left out). Uses the numbers actually stored (float32 rounding included).
 */
export function numericGradient(f: () => number, values: Numbers, eps: number, indices?: readonly number[]): number[] {
  const which = indices ?? Array.from({ length: values.length }, (_, i) => i);
  return which.map((i) => {
    const saved = values[i];
    values[i] = saved + eps;
    const plusStep = values[i] - saved;
    const up = f();
    values[i] = saved - eps;
    const minusStep = saved - values[i];
    const down = f();
    values[i] = saved;
    return (up - down) / (plusStep + minusStep);
  });
}

/**
 * d f / d t.data[i] for every i, by `numericGradient` on a float32 copy of t's data: f receives a
 * tensor of t's shape over that copy (t itself is never changed).
 */
export function tensorNumericGradient(f: (t: Tensor) => number, t: Tensor, eps = 1e-2): number[] {
  const data = Float32Array.from(t.data);
  const probe: Tensor = { shape: t.shape, data };
  return numericGradient(() => f(probe), data, eps);
}

/**
 * Directional derivative (f(v + eps d) - f(v - eps d)) / (2 eps) along `direction` (same length as
 * `values`): compared with dot(gradient, direction) it checks every entry at once with a large signal.
 */
export function directionalDerivative(f: () => number, values: Numbers, direction: readonly number[], eps: number): number {
  const saved = Float64Array.from(values);
  for (let i = 0; i < values.length; i++) values[i] = saved[i] + eps * direction[i];
  const up = f();
  for (let i = 0; i < values.length; i++) values[i] = saved[i] - eps * direction[i];
  const down = f();
  values.set(saved);
  return (up - down) / (2 * eps);
}

/** Largest |a[i] - b[i]|. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

/** Numbers from a seeded linear congruential sequence in [-1, 1), for test inputs without the engine's generator. */
export function testNumbers(count: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  });
}
