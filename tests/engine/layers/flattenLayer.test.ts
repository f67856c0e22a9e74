// Tests of the flatten layer: shapes, row-major order, gradient reshaped back.
import { describe, expect, it } from 'vitest';
import { createFlattenLayer } from '../../../src/engine/layers/flattenLayer.ts';
import { createRandom } from '../../../src/engine/random.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

describe('createFlattenLayer', () => {
  it('flatten x=[2,3,2,2] -> y [2,12] with the same numbers in row-major order', () => {
    const layer = createFlattenLayer('flatten_1', { type: 'flatten' }, [3, 2, 2]);
    const x = tensor([2, 3, 2, 2], testNumbers(24, 1));
    const y = layer.forward(x, { training: false, random: createRandom(0) });
    expect(layer.outputShape).toEqual([12]);
    expect(y.shape).toEqual([2, 12]);
    expect(Array.from(y.data)).toEqual(Array.from(x.data));
  });

  it('flatten x=[2,3,2,2] -> dx [2,3,2,2] equals finite differences of sum(y * r)', () => {
    const layer = createFlattenLayer('flatten_1', { type: 'flatten' }, [3, 2, 2]);
    const x = tensor([2, 3, 2, 2], testNumbers(24, 2));
    const r = testNumbers(24, 3);
    const f = () => layer.forward(x, { training: true, random: createRandom(0) }).data.reduce((s, v, i) => s + v * r[i], 0);
    const dx = layer.backward(tensor([2, 12], r), true)!;
    expect(dx.shape).toEqual([2, 3, 2, 2]);
    expect(maxAbsDifference(dx.data, numericGradient(f, x.data, 0.25))).toBeLessThan(1e-6);
  });
});
