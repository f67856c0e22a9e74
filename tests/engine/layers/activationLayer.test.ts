// Tests of the activation layer wrapper: shapes, buffers, backward through the stored output.
import { describe, expect, it } from 'vitest';
import { createActivationLayer } from '../../../src/engine/layers/activationLayer.ts';
import { createRandom } from '../../../src/engine/random.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const training = { training: true, random: createRandom(0) };

describe('createActivationLayer', () => {
  it('activation tanh x=[2,3,4,4] -> y [2,3,4,4], dx equals finite differences of sum(y * r)', () => {
    const layer = createActivationLayer('activation_1', { type: 'activation', fn: 'tanh' }, [3, 4, 4]);
    const x = tensor([2, 3, 4, 4], testNumbers(96, 1).map((v) => 2 * v));
    const r = testNumbers(96, 2);
    const f = () => layer.forward(x, training).data.reduce((s, v, i) => s + v * r[i], 0);
    const y = layer.forward(x, training);
    expect(y.shape).toEqual([2, 3, 4, 4]);
    expect(layer.outputShape).toEqual([3, 4, 4]);
    const dx = layer.backward(tensor([2, 3, 4, 4], r), true)!;
    expect(maxAbsDifference(dx.data, numericGradient(f, x.data, 1e-2))).toBeLessThan(2e-3);
  });

  it('activation relu backward with needInputGradient=false -> null', () => {
    const layer = createActivationLayer('activation_1', { type: 'activation', fn: 'relu' }, [2]);
    layer.forward(tensor([1, 2], [1, -1]), training);
    expect(layer.backward(tensor([1, 2], [1, 1]), false)).toBeNull();
  });

  it('activation relu x=[1,3] then x=[2,3] -> outputs sized to each batch', () => {
    const layer = createActivationLayer('activation_1', { type: 'activation', fn: 'relu' }, [3]);
    expect(Array.from(layer.forward(tensor([1, 3], [-1, 0, 2]), training).data)).toEqual([0, 0, 2]);
    expect(Array.from(layer.forward(tensor([2, 3], [1, -2, 3, -4, 5, -6]), training).data)).toEqual([1, 0, 3, 0, 5, 0]);
  });
});
