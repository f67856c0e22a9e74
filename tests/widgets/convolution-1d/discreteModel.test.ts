// Tests of discrete mode: the engine's full convolution and cross-correlation against the plain sum,
// the terms at one n, the index clamping, and the rounding of float32 noise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discreteAt,
  discreteIndex,
  discreteOutput,
  prepareDiscrete,
  roundToScale,
  termsAt,
} from '../../../src/widgets/convolution-1d/discreteModel.ts';

/** (f*g)[n] = Σ_k f[k] g[n-k] for n = 0..F+G-2, or (f⋆g)[n] = Σ_k f[k] g[k-n] for n = -(G-1)..F-1, in float64. */
function plainSum(f: readonly number[], g: readonly number[], flip: boolean): number[] {
  const first = flip ? 0 : -(g.length - 1);
  return Array.from({ length: f.length + g.length - 1 }, (_, i) => {
    const n = first + i;
    let sum = 0;
    f.forEach((fk, k) => {
      const j = flip ? n - k : k - n;
      if (j >= 0 && j < g.length) sum += fk * g[j];
    });
    return sum;
  });
}

describe('discreteOutput', () => {
  it('f=1,2,3 g=0,1,0.5 flip=1 -> 0, 1, 2.5, 4, 1.5 from n=0', () => {
    expect(discreteOutput([1, 2, 3], [0, 1, 0.5], true)).toEqual({ values: [0, 1, 2.5, 4, 1.5], firstIndex: 0 });
  });

  it('f=1,2,3 g=0,1,0.5 flip=0 -> 0.5, 2, 3.5, 3, 0 from n=-2', () => {
    expect(discreteOutput([1, 2, 3], [0, 1, 0.5], false)).toEqual({ values: [0.5, 2, 3.5, 3, 0], firstIndex: -2 });
  });

  it('two dice: 1,1,1,1,1,1 * 1,1,1,1,1,1 -> 1,2,3,4,5,6,5,4,3,2,1', () => {
    expect(discreteOutput([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], true).values).toEqual([1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]);
  });

  it('impulse 0,0,1,0,0 with kernel 1,2,3: flip=1 gives the kernel, flip=0 the kernel reversed', () => {
    expect(discreteOutput([0, 0, 1, 0, 0], [1, 2, 3], true).values).toEqual([0, 0, 1, 2, 3, 0, 0]);
    expect(discreteOutput([0, 0, 1, 0, 0], [1, 2, 3], false).values).toEqual([0, 0, 3, 2, 1, 0, 0]);
  });

  it('length 1 each: f=-4 g=2.5 -> -10', () => {
    expect(discreteOutput([-4], [2.5], true)).toEqual({ values: [-10], firstIndex: 0 });
  });

  it('f all zeros -> all zeros (no -0)', () => {
    const { values } = discreteOutput([0, 0, 0], [-1, 2], true);
    expect(values.every((v) => Object.is(v, 0))).toBe(true);
  });

  it('0.1 and 0.2 (not exact in float32) -> 0.02, not 0.0200000004', () => {
    expect(discreteOutput([0.1], [0.2], true).values).toEqual([0.02]);
  });

  it('a cancellation 0.1·1 + 0.1·(-1) leaves exactly 0', () => {
    expect(discreteOutput([0.1, 0.1], [1, -1], false).values[1]).toBe(0);
  });

  it('twelve 100s with twelve 100s: peak 120000, all finite', () => {
    const big = Array(12).fill(100) as number[];
    const { values } = discreteOutput(big, big, true);
    expect(values).toHaveLength(23);
    expect(values[11]).toBe(120000);
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it('property: the engine output equals the plain sum (relative 1e-5 of Σ|terms|), both flips', () => {
    const list = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(list, list, fc.boolean(), (f, g, flip) => {
        const { values } = discreteOutput(f, g, flip);
        const expected = plainSum(f, g, flip);
        const scale = plainSum(f.map(Math.abs), g.map(Math.abs), flip);
        expect(values).toHaveLength(f.length + g.length - 1);
        values.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(1e-5 * scale[i] + 1e-12));
      }),
    );
  });
});

describe('roundToScale', () => {
  it.each([
    [0.100000001, 0.1, 0.1],
    [2.4999999, 3, 2.5],
    [1e-7, 100, 0],
    [5, 0, 0],
    [Number.NaN, 1, 0],
  ])('value=%d scale=%d -> %d', (value, scale, expected) => {
    expect(roundToScale(value, scale)).toBeCloseTo(expected, 12);
  });
});

describe('termsAt', () => {
  it('f=1,2,3 g=0,1,0.5 n=2 flip=1: f[0]g[2] + f[1]g[1] + f[2]g[0] = 0.5 + 2 + 0', () => {
    const terms = termsAt([1, 2, 3], [0, 1, 0.5], 2, true);
    expect(terms.map((t) => [t.k, t.j, t.product])).toEqual([
      [0, 2, 0.5],
      [1, 1, 2],
      [2, 0, 0],
    ]);
    expect(terms.map((t) => t.productText)).toEqual(['0.5', '2', '0']);
  });

  it('f=1,2,3 g=0,1,0.5 n=-1 flip=0: f[0]g[1] + f[1]g[2] = 1 + 1', () => {
    expect(termsAt([1, 2, 3], [0, 1, 0.5], -1, false).map((t) => [t.k, t.j])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('0.1 · 0.2 is written 0.02 (binary noise hidden)', () => {
    expect(termsAt([0.1], [0.2], 0, true)[0].productText).toBe('0.02');
  });
});

describe('discreteIndex and discreteAt', () => {
  const output = { values: [0, 1, 2.5, 4, 1.5], firstIndex: 0 };
  it.each([
    [2, 2],
    [1.6, 2],
    [-3, 0],
    [22, 4],
    [Number.NaN, 0],
  ])('shift %d -> n=%d (output indices 0..4)', (shift, n) => {
    expect(discreteIndex(output, shift)).toBe(n);
  });

  it('shift -0.4 -> n=0, not -0', () => {
    expect(Object.is(discreteIndex(output, -0.4), 0)).toBe(true);
  });

  it('f=1,2,3 g=0,1,0.5 at shift 2: value 2.5, g placed at k = 2, 1, 0, three terms', () => {
    const view = discreteAt(prepareDiscrete([1, 2, 3], [0, 1, 0.5], true), 2);
    expect(view.n).toBe(2);
    expect(view.value).toBe(2.5);
    expect(view.gPositions).toEqual([2, 1, 0]);
    expect(view.terms).toHaveLength(3);
    expect(view.kRange).toEqual([-2, 4]);
  });

  it('flip=0 at shift -2: g placed at k = -2, -1, 0; value 0.5', () => {
    const view = discreteAt(prepareDiscrete([1, 2, 3], [0, 1, 0.5], false), -2);
    expect(view.gPositions).toEqual([-2, -1, 0]);
    expect(view.value).toBe(0.5);
  });

  it('the sum of the terms equals the output at every n (f=2,5,3,6,4,7,5,8 g=0.25,0.5,0.25)', () => {
    const setup = prepareDiscrete([2, 5, 3, 6, 4, 7, 5, 8], [0.25, 0.5, 0.25], true);
    setup.output.values.forEach((value, n) => {
      const view = discreteAt(setup, n);
      expect(view.terms.reduce((sum, t) => sum + t.product, 0)).toBeCloseTo(value, 9);
    });
  });

  it('empty lists count as [0]', () => {
    const view = discreteAt(prepareDiscrete([], [], true), 0);
    expect(view.output.values).toEqual([0]);
    expect(view.value).toBe(0);
  });
});
