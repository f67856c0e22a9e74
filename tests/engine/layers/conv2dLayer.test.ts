// Tests of the conv2d layer: parameter shapes, Keras fans, finite-difference checks through the engine's ops.
import { describe, expect, it } from 'vitest';
import { createConv2dLayer } from '../../../src/engine/layers/conv2dLayer.ts';
import { conv2d } from '../../../src/engine/ops/conv2d.ts';
import { createRandom } from '../../../src/engine/random.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const training = { training: true, random: createRandom(0) };

function makeLayer() {
  const layer = createConv2dLayer(
    'conv2d_1',
    { type: 'conv2d', filters: 3, kernelSize: [3, 2], stride: [1, 2], padding: 1 },
    [2, 5, 6],
    [3, 5, 4],
    [3, 2],
    createRandom(1),
  );
  layer.params[1].value.data.set(testNumbers(3, 8));
  return layer;
}

describe('createConv2dLayer', () => {
  it('conv2d x=[2,2,5,6] filters=3 k=3x2 s=1x2 p=1 -> y [2,3,5,4] = conv2d(x, W, b)', () => {
    const layer = makeLayer();
    const [w, b] = layer.params.map((p) => p.value);
    expect(w.shape).toEqual([3, 2, 3, 2]);
    expect(b.shape).toEqual([3]);
    const x = tensor([2, 2, 5, 6], testNumbers(120, 1));
    const y = layer.forward(x, training);
    expect(y.shape).toEqual([2, 3, 5, 4]);
    expect(Array.from(y.data)).toEqual(Array.from(conv2d(x, w, b, { stride: [1, 2], padding: 1 }).data));
  });

  it('conv2d glorotUniform fans 2*3*2=12 and 3*3*2=18 -> |W| < sqrt(6/30)', () => {
    const w = makeLayer().params[0].value.data;
    expect(Math.max(...w.map(Math.abs))).toBeLessThan(Math.sqrt(6 / 30));
  });

  it('conv2d x=[2,2,5,6] -> dW, db, dx equal finite differences of sum(y * r)', () => {
    const layer = makeLayer();
    const x = tensor([2, 2, 5, 6], testNumbers(120, 2));
    const r = testNumbers(120, 3);
    const f = () => layer.forward(x, training).data.reduce((s, v, i) => s + v * r[i], 0);
    f();
    const dx = layer.backward(tensor([2, 3, 5, 4], r), true)!;
    const eps = 0.25; // linear in every argument: no truncation error
    expect(maxAbsDifference(layer.params[0].grad.data, numericGradient(f, layer.params[0].value.data, eps))).toBeLessThan(1e-4);
    expect(maxAbsDifference(layer.params[1].grad.data, numericGradient(f, layer.params[1].value.data, eps))).toBeLessThan(1e-4);
    expect(maxAbsDifference(dx.data, numericGradient(f, x.data, eps))).toBeLessThan(1e-4);
  });

  it('conv2d backward with needInputGradient=false -> null dx, same parameter gradients', () => {
    const a = makeLayer();
    const b = makeLayer();
    const x = tensor([1, 2, 5, 6], testNumbers(60, 4));
    const dy = tensor([1, 3, 5, 4], testNumbers(60, 5));
    a.forward(x, training);
    b.forward(x, training);
    expect(a.backward(dy, false)).toBeNull();
    b.backward(dy, true);
    expect(Array.from(a.params[0].grad.data)).toEqual(Array.from(b.params[0].grad.data));
    expect(Array.from(a.params[1].grad.data)).toEqual(Array.from(b.params[1].grad.data));
  });
});
