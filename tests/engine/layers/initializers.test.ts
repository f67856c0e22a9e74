// Tests of the Keras-style kernel initialisers: ranges, spreads, determinism.
import { describe, expect, it } from 'vitest';
import { initializeKernel, NORMAL_INIT_STD } from '../../../src/engine/layers/initializers.ts';
import { createRandom } from '../../../src/engine/random.ts';

function stats(values: Float32Array): { mean: number; std: number; min: number; max: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}

describe('initializeKernel', () => {
  it('glorotUniform fanIn=256 fanOut=128 -> uniform in [-0.125, 0.125), std limit/sqrt(3)', () => {
    const values = new Float32Array(32768);
    initializeKernel(values, 'glorotUniform', 256, 128, createRandom(1));
    const limit = Math.sqrt(6 / 384);
    const s = stats(values);
    expect(s.min).toBeGreaterThanOrEqual(-limit);
    expect(s.max).toBeLessThan(limit);
    expect(s.max).toBeGreaterThan(0.99 * limit);
    expect(s.std).toBeCloseTo(limit / Math.sqrt(3), 3);
  });

  it("normal -> mean 0, std 0.05 (Keras 1's init='normal')", () => {
    const values = new Float32Array(20000);
    initializeKernel(values, 'normal', 10, 10, createRandom(2));
    const s = stats(values);
    expect(NORMAL_INIT_STD).toBe(0.05);
    expect(Math.abs(s.mean)).toBeLessThan(0.002);
    expect(s.std).toBeCloseTo(0.05, 3);
  });

  it('heNormal fanIn=50 -> std sqrt(2/50) = 0.2', () => {
    const values = new Float32Array(20000);
    initializeKernel(values, 'heNormal', 50, 7, createRandom(3));
    expect(stats(values).std).toBeCloseTo(0.2, 2);
  });

  it('zeros -> all 0 and no draws from the generator', () => {
    const values = Float32Array.from([1, 2, 3]);
    const random = createRandom(4);
    initializeKernel(values, 'zeros', 1, 1, random);
    expect(Array.from(values)).toEqual([0, 0, 0]);
    expect(random.uint32()).toBe(createRandom(4).uint32());
  });

  it('same seed -> same kernel bit for bit', () => {
    const a = new Float32Array(100);
    const b = new Float32Array(100);
    initializeKernel(a, 'normal', 4, 4, createRandom(9));
    initializeKernel(b, 'normal', 4, 4, createRandom(9));
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
