// Tests of the pooling layer: Keras defaults (stride = poolSize) and gradients through the engine's pools.
import { describe, expect, it } from 'vitest';
import { createPool2dLayer } from '../../../src/engine/layers/pool2dLayer.ts';
import { createRandom } from '../../../src/engine/random.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const training = { training: true, random: createRandom(0) };

describe('createPool2dLayer', () => {
  it('maxPool2d poolSize=2 x=[1,1,4,4] -> [1,1,2,2] maxima of each 2x2 block', () => {
    const layer = createPool2dLayer('max_pooling2d_1', { type: 'maxPool2d', poolSize: 2 }, [1, 4, 4], [1, 2, 2]);
    const x = tensor([1, 1, 4, 4], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(Array.from(layer.forward(x, training).data)).toEqual([6, 8, 14, 16]);
  });

  it('avgPool2d poolSize=2 x=[1,1,4,4] -> [1,1,2,2] means of each 2x2 block', () => {
    const layer = createPool2dLayer('average_pooling2d_1', { type: 'avgPool2d', poolSize: 2 }, [1, 4, 4], [1, 2, 2]);
    const x = tensor([1, 1, 4, 4], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(Array.from(layer.forward(x, training).data)).toEqual([3.5, 5.5, 11.5, 13.5]);
  });

  it.each(['maxPool2d', 'avgPool2d'] as const)('%s poolSize=2 x=[2,2,4,6] -> dx equals finite differences', (type) => {
    const layer = createPool2dLayer('pool', { type, poolSize: 2 }, [2, 4, 6], [2, 2, 3]);
    // Distinct, well separated values keep each window's maximum in place under the small step.
    const x = tensor([2, 2, 4, 6], testNumbers(96, 1).map((_, i) => ((i * 37) % 96) / 10));
    const r = testNumbers(24, 2);
    const f = () => layer.forward(x, training).data.reduce((s, v, i) => s + v * r[i], 0);
    f();
    const dx = layer.backward(tensor([2, 2, 2, 3], r), true)!;
    expect(maxAbsDifference(dx.data, numericGradient(f, x.data, 0.01))).toBeLessThan(1e-4);
  });

  it('maxPool2d backward with needInputGradient=false -> null', () => {
    const layer = createPool2dLayer('max_pooling2d_1', { type: 'maxPool2d', poolSize: 2 }, [1, 2, 2], [1, 1, 1]);
    layer.forward(tensor([1, 1, 2, 2], [1, 2, 3, 4]), training);
    expect(layer.backward(tensor([1, 1, 1, 1], [1]), false)).toBeNull();
  });
});
