// Tests of the dense layer: forward against its formula, finite-difference checks of dW, db and dx.
import { describe, expect, it } from 'vitest';
import { createDenseLayer } from '../../../src/engine/layers/denseLayer.ts';
import type { Layer } from '../../../src/engine/layers/layer.ts';
import { createRandom } from '../../../src/engine/random.ts';
import { tensor, type Tensor } from '../../../src/engine/tensor.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const training = { training: true, random: createRandom(0) };

function denseWithBias(inputs: number, units: number): Layer {
  const layer = createDenseLayer('dense_1', { type: 'dense', units }, inputs, createRandom(4));
  layer.params[1].value.data.set(testNumbers(units, 9));
  return layer;
}

/** sum(layer(x) * r) in float64 from the layer's float32 output. */
function weightedOutput(layer: Layer, x: Tensor, r: number[]): number {
  const y = layer.forward(x, training).data;
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += y[i] * r[i];
  return sum;
}

describe('createDenseLayer', () => {
  it('dense x=[3,5] units=4 -> y [3,4] = x . W + b', () => {
    const layer = denseWithBias(5, 4);
    const x = tensor([3, 5], testNumbers(15, 1));
    const y = layer.forward(x, training);
    expect(y.shape).toEqual([3, 4]);
    const [w, b] = layer.params.map((p) => p.value.data);
    for (let n = 0; n < 3; n++) {
      for (let u = 0; u < 4; u++) {
        let sum = b[u];
        for (let i = 0; i < 5; i++) sum += x.data[n * 5 + i] * w[i * 4 + u];
        expect(y.data[n * 4 + u]).toBeCloseTo(sum, 6);
      }
    }
    expect(layer.params.map((p) => [p.name, p.value.shape])).toEqual([
      ['dense_1/kernel', [5, 4]],
      ['dense_1/bias', [4]],
    ]);
  });

  it('dense x=[3,7] units=5 -> dW, db, dx equal finite differences of sum(y * r)', () => {
    const layer = denseWithBias(7, 5);
    const x = tensor([3, 7], testNumbers(21, 2));
    const r = testNumbers(15, 3);
    layer.forward(x, training);
    const dx = layer.backward(tensor([3, 5], r), true);
    const f = () => weightedOutput(layer, x, r);
    // The layer is linear in x, W and b, so a large step has no truncation error.
    const eps = 0.25;
    expect(maxAbsDifference(layer.params[0].grad.data, numericGradient(f, layer.params[0].value.data, eps))).toBeLessThan(1e-5);
    expect(maxAbsDifference(layer.params[1].grad.data, numericGradient(f, layer.params[1].value.data, eps))).toBeLessThan(1e-5);
    expect(dx).not.toBeNull();
    expect(maxAbsDifference(dx!.data, numericGradient(f, x.data, eps))).toBeLessThan(1e-5);
  });

  it('dense backward with needInputGradient=false -> parameter gradients only, null dx', () => {
    const layer = denseWithBias(3, 2);
    layer.forward(tensor([1, 3], [1, 2, 3]), training);
    expect(layer.backward(tensor([1, 2], [1, -1]), false)).toBeNull();
    expect(Array.from(layer.params[1].grad.data)).toEqual([1, -1]);
    expect(Array.from(layer.params[0].grad.data)).toEqual([1, -1, 2, -2, 3, -3]);
  });

  it('dense after a predict pass (not training) -> backward returns null and keeps no input', () => {
    const layer = denseWithBias(3, 2);
    layer.forward(tensor([1, 3], [1, 2, 3]), { training: false, random: createRandom(0) });
    expect(layer.backward(tensor([1, 2], [1, -1]), true)).toBeNull();
  });
});
