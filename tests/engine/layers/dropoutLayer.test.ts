// Tests of inverted dropout: identity in prediction, a seeded mask in training, gradient through the mask.
import { describe, expect, it } from 'vitest';
import { createDropoutLayer } from '../../../src/engine/layers/dropoutLayer.ts';
import { createRandom } from '../../../src/engine/random.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const spec = { type: 'dropout', rate: 0.5 } as const;

describe('createDropoutLayer', () => {
  it('dropout rate=0.5 predict x=[2,6] -> y is x itself', () => {
    const layer = createDropoutLayer('dropout_1', spec, [6]);
    const x = tensor([2, 6], testNumbers(12, 1));
    expect(layer.forward(x, { training: false, random: createRandom(1) })).toBe(x);
  });

  it('dropout rate=0.5 train x=[4,250] ones -> values 0 or 2, about half dropped, mean about 1', () => {
    const layer = createDropoutLayer('dropout_1', spec, [250]);
    const y = layer.forward(tensor([4, 250], new Array<number>(1000).fill(1)), { training: true, random: createRandom(2) });
    const values = new Set(y.data);
    expect([...values].sort()).toEqual([0, 2]);
    const dropped = y.data.filter((v) => v === 0).length;
    expect(Math.abs(dropped - 500)).toBeLessThan(60);
  });

  it('dropout rate=0.25 train -> same seed, same mask; kept values scaled by 1/(1-0.25)', () => {
    const layer = createDropoutLayer('dropout_1', { type: 'dropout', rate: 0.25 }, [8]);
    const x = tensor([2, 8], testNumbers(16, 3));
    const a = Array.from(layer.forward(x, { training: true, random: createRandom(5) }).data);
    const b = Array.from(layer.forward(x, { training: true, random: createRandom(5) }).data);
    expect(a).toEqual(b);
    a.forEach((v, i) => {
      if (v !== 0) expect(v).toBeCloseTo(x.data[i] / 0.75, 6);
    });
  });

  it('dropout rate=0.5 x=[2,6] fixed mask -> dx equals finite differences of sum(y * r)', () => {
    const layer = createDropoutLayer('dropout_1', spec, [6]);
    const x = tensor([2, 6], testNumbers(12, 4));
    const r = testNumbers(12, 5);
    // A fresh generator with the same seed per pass replays the same mask.
    const f = () => {
      const y = layer.forward(x, { training: true, random: createRandom(7) }).data;
      return y.reduce((sum, v, i) => sum + v * r[i], 0);
    };
    f();
    const dx = layer.backward(tensor([2, 6], r), true)!;
    expect(maxAbsDifference(dx.data, numericGradient(f, x.data, 0.25))).toBeLessThan(1e-6);
  });

  it('dropout rate=0 train -> identity, gradient passes unchanged', () => {
    const layer = createDropoutLayer('dropout_1', { type: 'dropout', rate: 0 }, [3]);
    const x = tensor([1, 3], [1, 2, 3]);
    expect(layer.forward(x, { training: true, random: createRandom(1) })).toBe(x);
    const dy = tensor([1, 3], [4, 5, 6]);
    expect(layer.backward(dy, true)).toBe(dy);
  });
});
