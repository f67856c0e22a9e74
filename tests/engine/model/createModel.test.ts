// Tests of createModel: naming, determinism, batching, dropout, the whole model's gradient, guards.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import type { LayerSpec } from '../../../src/engine/layers/layerSpec.ts';
import { createModel } from '../../../src/engine/model/createModel.ts';
import { sgd } from '../../../src/engine/optim/sgd.ts';
import { tensor, type Tensor } from '../../../src/engine/tensor.ts';
import { directionalDerivative, maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const TINY: LayerSpec[] = [
  { type: 'conv2d', filters: 2, kernelSize: 3 },
  { type: 'activation', fn: 'tanh' },
  { type: 'maxPool2d', poolSize: 2 },
  { type: 'flatten' },
  { type: 'dense', units: 3 },
  { type: 'activation', fn: 'softmax' },
];

function images(count: number, seed: number, shape: [number, number, number] = [1, 6, 6]): Tensor {
  const size = shape[0] * shape[1] * shape[2];
  return tensor([count, ...shape], testNumbers(count * size, seed));
}

function expectError(run: () => unknown, message: string): void {
  expect(run).toThrow(EngineError);
  expect(run).toThrow(message);
}

describe('createModel summary', () => {
  it('conv, conv, max pool, avg pool, dropout, flatten, dense x2 -> Keras names and counts', () => {
    const model = createModel([1, 8, 8], [
      { type: 'conv2d', filters: 2, kernelSize: 3, padding: 'same' },
      { type: 'conv2d', filters: 2, kernelSize: 3 },
      { type: 'maxPool2d', poolSize: 2 },
      { type: 'avgPool2d', poolSize: 3 },
      { type: 'dropout', rate: 0.5 },
      { type: 'flatten' },
      { type: 'dense', units: 4 },
      { type: 'dense', units: 2 },
    ]);
    expect(model.summary()).toEqual([
      { name: 'conv2d_1', type: 'conv2d', outputShape: [2, 8, 8], params: 20 },
      { name: 'conv2d_2', type: 'conv2d', outputShape: [2, 6, 6], params: 38 },
      { name: 'max_pooling2d_1', type: 'maxPool2d', outputShape: [2, 3, 3], params: 0 },
      { name: 'average_pooling2d_1', type: 'avgPool2d', outputShape: [2, 1, 1], params: 0 },
      { name: 'dropout_1', type: 'dropout', outputShape: [2, 1, 1], params: 0 },
      { name: 'flatten_1', type: 'flatten', outputShape: [2], params: 0 },
      { name: 'dense_1', type: 'dense', outputShape: [4], params: 12 },
      { name: 'dense_2', type: 'dense', outputShape: [2], params: 10 },
    ]);
    expect(model.countParams()).toBe(80);
    expect(model.parameters().map((p) => p.name)).toEqual([
      'conv2d_1/kernel', 'conv2d_1/bias', 'conv2d_2/kernel', 'conv2d_2/bias',
      'dense_1/kernel', 'dense_1/bias', 'dense_2/kernel', 'dense_2/bias',
    ]);
    expect(model.outputShape).toEqual([2]);
  });

  it('layers given are copied: changing the spec array afterwards changes nothing', () => {
    const layers: LayerSpec[] = [{ type: 'flatten' }, { type: 'dense', units: 2 }];
    const model = createModel([1, 2, 2], layers);
    (layers[1] as { units: number }).units = 5;
    expect(model.layers[1]).toEqual({ type: 'dense', units: 2 });
  });
});

describe('createModel determinism', () => {
  it('seed=7 twice -> same weights bit for bit; seed=8 -> different', () => {
    const weights = (seed: number) => createModel([1, 6, 6], TINY, { seed }).parameters().flatMap((p) => Array.from(p.value.data));
    expect(weights(7)).toEqual(weights(7));
    expect(weights(8)).not.toEqual(weights(7));
  });

  it('seed=3, 3 SGD steps with dropout -> same losses and weights on a second run', () => {
    const run = () => {
      const model = createModel([1, 6, 6], [...TINY.slice(0, 4), { type: 'dropout', rate: 0.3 }, ...TINY.slice(4)], { seed: 3 });
      const optimizer = sgd({ lr: 0.1, momentum: 0.9, nesterov: true, decay: 1e-3 });
      const losses = [0, 1, 2].map((i) => model.trainBatch(images(4, 10 + i), [0, 1, 2, 1], optimizer).loss);
      return { losses, weights: model.parameters().flatMap((p) => Array.from(p.value.data)) };
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(new Set(first.losses).size).toBe(3);
  });
});

describe('createModel predict and evaluate', () => {
  it('predict x=[7,1,6,6] in batches of 3 -> same as one batch; rows of probabilities', () => {
    const model = createModel([1, 6, 6], TINY, { seed: 1 });
    const x = images(7, 2);
    const whole = model.predict(x, { batchSize: 100 });
    const chunked = model.predict(x, { batchSize: 3 });
    expect(whole.shape).toEqual([7, 3]);
    expect(Array.from(chunked.data)).toEqual(Array.from(whole.data));
    for (let n = 0; n < 7; n++) expect(whole.data[n * 3] + whole.data[n * 3 + 1] + whole.data[n * 3 + 2]).toBeCloseTo(1, 6);
  });

  it('predict twice -> independent result tensors (no shared buffers)', () => {
    const model = createModel([1, 6, 6], TINY, { seed: 1 });
    const a = model.predict(images(2, 3));
    const saved = Array.from(a.data);
    model.predict(images(2, 4));
    expect(Array.from(a.data)).toEqual(saved);
  });

  it('dropout 0.5 -> predict is deterministic (dropout off) while training passes differ', () => {
    const model = createModel([1, 6, 6], [...TINY.slice(0, 4), { type: 'dropout', rate: 0.5 }, ...TINY.slice(4)], { seed: 2 });
    const x = images(3, 5);
    expect(Array.from(model.predict(x).data)).toEqual(Array.from(model.predict(x).data));
    const first = model.computeGradients(x, [0, 1, 2]).loss;
    const second = model.computeGradients(x, [0, 1, 2]).loss;
    expect(first).not.toBe(second);
  });

  it('evaluate x=[5,1,6,6] in batches of 2 -> the loss and accuracy of computeGradients on all 5', () => {
    const model = createModel([1, 6, 6], TINY, { seed: 4 });
    const x = images(5, 6);
    const labels = Uint8Array.from([0, 1, 2, 0, 1]);
    const evaluated = model.evaluate(x, labels, { batchSize: 2 });
    const trained = model.computeGradients(x, labels);
    expect(evaluated.loss).toBeCloseTo(trained.loss, 6);
    expect(evaluated.accuracy).toBe(trained.accuracy);
  });

  it('layerOutputs x=[2,1,6,6] -> one copy per layer with its shape', () => {
    const model = createModel([1, 6, 6], TINY, { seed: 1 });
    const outputs = model.layerOutputs(images(2, 1));
    expect(outputs.map((t) => t.shape)).toEqual([[2, 2, 4, 4], [2, 2, 4, 4], [2, 2, 2, 2], [2, 8], [2, 3], [2, 3]]);
    expect(Array.from(outputs[5].data)).toEqual(Array.from(model.predict(images(2, 1)).data));
  });
});

describe('createModel training', () => {
  it('tiny net conv+pool+dense+softmax x=[4,1,6,6] -> gradients equal finite differences of the mean loss', () => {
    const model = createModel([1, 6, 6], TINY, { seed: 5 });
    const x = images(4, 7);
    const labels = [0, 2, 1, 2];
    model.computeGradients(x, labels);
    const loss = () => model.evaluate(x, labels).loss;
    for (const p of model.parameters()) {
      const grad = Array.from(p.grad.data);
      const scale = Math.max(...grad.map(Math.abs));
      const indices = Array.from({ length: Math.min(6, grad.length) }, (_, i) => Math.floor((i * grad.length) / Math.min(6, grad.length)));
      const numeric = numericGradient(loss, p.value.data, 1e-2, indices);
      expect(maxAbsDifference(indices.map((i) => grad[i]), numeric)).toBeLessThan(2e-3 * scale + 2e-5);
      // Along a direction through every entry at once the float32 rounding averages out.
      const direction = testNumbers(grad.length, 11);
      const expected = grad.reduce((s, g, i) => s + g * direction[i], 0);
      expect(directionalDerivative(loss, p.value.data, direction, 1e-2)).toBeCloseTo(expected, 4);
    }
  });

  it('sigmoid output (no softmax) x=[4,1,6,6] -> Keras cross-entropy gradient equals finite differences', () => {
    const model = createModel([1, 6, 6], [...TINY.slice(0, 5), { type: 'activation', fn: 'sigmoid' }], { seed: 6 });
    const x = images(4, 8);
    const labels = [1, 0, 2, 2];
    model.computeGradients(x, labels);
    const loss = () => model.evaluate(x, labels).loss;
    for (const p of model.parameters()) {
      const direction = testNumbers(p.grad.data.length, 12);
      const expected = Array.from(p.grad.data).reduce((s, g, i) => s + g * direction[i], 0);
      expect(directionalDerivative(loss, p.value.data, direction, 1e-2)).toBeCloseTo(expected, 4);
    }
  });

  it('trainBatch on 6 fixed images, 40 SGD steps -> loss falls below a fifth, accuracy 1', () => {
    const model = createModel([1, 6, 6], TINY, { seed: 9 });
    const x = images(6, 20);
    const labels = [0, 1, 2, 0, 1, 2];
    const optimizer = sgd({ lr: 0.5, momentum: 0.9 });
    const first = model.trainBatch(x, labels, optimizer);
    for (let i = 0; i < 40; i++) model.trainBatch(x, labels, optimizer);
    const last = model.evaluate(x, labels);
    expect(last.loss).toBeLessThan(first.loss / 5);
    expect(last.accuracy).toBe(1);
    expect(optimizer.iterations).toBe(41);
  });

  it('trainBatch returns the loss before the update: equal to evaluate just before', () => {
    const model = createModel([1, 6, 6], TINY, { seed: 10 });
    const x = images(3, 21);
    const before = model.evaluate(x, [0, 1, 2]);
    const result = model.trainBatch(x, [0, 1, 2], sgd({ lr: 0.1 }));
    expect(result.loss).toBeCloseTo(before.loss, 6);
    expect(model.evaluate(x, [0, 1, 2]).loss).not.toBeCloseTo(before.loss, 6);
  });
});

describe('createModel guards', () => {
  it.each([[[1, 28]], [[0, 28, 28]], [[1, 2.5, 3]], [null]])('inputShape %j -> EngineError naming it', (shape) => {
    expectError(() => createModel(shape as unknown as [number, number, number], TINY), 'createModel: input shape');
  });

  it('no layers -> EngineError', () => {
    expectError(() => createModel([1, 6, 6], []), 'createModel: no layers were given (a model needs at least one layer)');
  });

  it("layer 2 of type 'pool' -> EngineError naming layer 2", () => {
    expectError(() => createModel([1, 6, 6], [TINY[0], { type: 'pool' } as unknown as LayerSpec]), 'createModel: layer 2 has type "pool"');
  });

  it('x=[2,1,5,5] for a [1,6,6] model -> EngineError naming both shapes', () => {
    const model = createModel([1, 6, 6], TINY);
    expectError(() => model.predict(tensor([2, 1, 5, 5])), 'predict: x has shape [2,1,5,5] but the model takes [N,1,6,6]');
    expectError(() => model.trainBatch(tensor([2, 1, 5, 5]), [0, 1], sgd({ lr: 1 })), 'trainBatch: x has shape [2,1,5,5]');
  });

  it('flatten+dense+softmax model, x=[2,1,2,2] holding 7 numbers -> predict and trainBatch EngineError naming the data', () => {
    const model = createModel([1, 2, 2], [{ type: 'flatten' }, { type: 'dense', units: 2 }, { type: 'activation', fn: 'softmax' }]);
    const x: Tensor = { shape: [2, 1, 2, 2], data: new Float32Array(7) };
    const message = 'x has shape [2,1,2,2], that is 8 numbers, but its data holds 7 (they must match)';
    expectError(() => model.predict(x), `predict: ${message}`);
    expectError(() => model.trainBatch(x, [0, 1], sgd({ lr: 1 })), `trainBatch: ${message}`);
  });

  it.each([
    ['conv2d without kernelSize', { type: 'conv2d', filters: 2 }, 'createModel: layer 1 (conv2d_1): kernel size undefined is not allowed'],
    ['maxPool2d without poolSize', { type: 'maxPool2d' }, 'createModel: layer 1 (max_pooling2d_1): kernel size undefined is not allowed'],
    ["avgPool2d poolSize '2'", { type: 'avgPool2d', poolSize: '2' }, 'createModel: layer 1 (average_pooling2d_1): kernel size "2" is not allowed'],
  ])('%s -> EngineError naming the layer and the value', (_name, spec, message) => {
    expectError(() => createModel([1, 6, 6], [spec as unknown as LayerSpec]), message);
  });

  it('3 labels for 2 samples, label 3 of 3 classes, label 1.5 -> EngineError', () => {
    const model = createModel([1, 6, 6], TINY);
    const x = images(2, 1);
    expectError(() => model.trainBatch(x, [0, 1, 2], sgd({ lr: 1 })), 'trainBatch: 3 labels for 2 samples (give one class index per sample)');
    expectError(() => model.evaluate(x, [0, 3]), 'evaluate: label 3 of sample 1 is not a class index (labels must be whole numbers from 0 to 2)');
    expectError(() => model.trainBatch(x, [1.5, 0], sgd({ lr: 1 })), 'trainBatch: label 1.5 of sample 0 is not a class index');
  });

  it('createModel options null, predict options 5 -> EngineError naming them', () => {
    expectError(() => createModel([1, 6, 6], TINY, null as never), 'createModel: options null are not allowed (give an object of options, e.g. { seed: 1 }, or leave them out)');
    expectError(() => createModel([1, 6, 6], TINY).predict(images(1, 1), 5 as never), 'predict: options 5 are not allowed (give an object of options, e.g. { batchSize: 100 }');
  });

  it('predict batchSize 0 -> EngineError', () => {
    expectError(() => createModel([1, 6, 6], TINY).predict(images(1, 1), { batchSize: 0 }), 'predict: batchSize 0 is not allowed');
  });

  it('trainBatch without an optimizer -> EngineError saying how to make one', () => {
    const model = createModel([1, 6, 6], TINY);
    expectError(() => model.trainBatch(images(1, 1), [0], undefined as never), 'trainBatch: the optimizer is missing');
  });

  it('model ending in conv2d -> trainBatch EngineError: cross-entropy needs flat class scores', () => {
    const model = createModel([1, 6, 6], TINY.slice(0, 1));
    expectError(() => model.trainBatch(images(1, 1), [0], sgd({ lr: 1 })), "trainBatch: the model's output has shape [2,4,4]");
  });

  it('model ending in dense (negative outputs) -> trainBatch EngineError asking for softmax', () => {
    const model = createModel([1, 6, 6], TINY.slice(0, 5), { seed: 1 });
    expectError(() => model.trainBatch(images(4, 1), [0, 1, 2, 0], sgd({ lr: 1 })), 'a negative number (cross-entropy reads the outputs as probabilities: end the model with a softmax activation)');
  });
});

describe('createModel messages keep the values given', () => {
  it('dense units NaN -> EngineError naming NaN and layer 2 (dense_1)', () => {
    expectError(
      () => createModel([1, 2, 2], [{ type: 'flatten' }, { type: 'dense', units: NaN }]),
      'createModel: layer 2 (dense_1): units NaN is not allowed (units must be a whole number >= 1)',
    );
  });

  it('kernelSize [2,2] array given -> model keeps its own copy', () => {
    const kernelSize: [number, number] = [2, 2];
    const model = createModel([1, 3, 3], [{ type: 'conv2d', filters: 1, kernelSize }]);
    kernelSize[0] = 3;
    expect(model.layers[0]).toEqual({ type: 'conv2d', filters: 1, kernelSize: [2, 2] });
  });
});
