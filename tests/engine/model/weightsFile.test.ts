// Tests of weights export and import: round trips in both encodings, and a throwing test for every guard.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import type { LayerSpec } from '../../../src/engine/layers/layerSpec.ts';
import { createModel } from '../../../src/engine/model/createModel.ts';
import { exportWeights, importWeights, loadModel, type WeightsFile } from '../../../src/engine/model/weightsFile.ts';
import { sgd } from '../../../src/engine/optim/sgd.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { testNumbers } from '../numericGradient.ts';

const LAYERS: LayerSpec[] = [
  { type: 'conv2d', filters: 2, kernelSize: 3 },
  { type: 'activation', fn: 'relu' },
  { type: 'maxPool2d', poolSize: 2 },
  { type: 'flatten' },
  { type: 'dense', units: 3, init: 'normal' },
  { type: 'activation', fn: 'softmax' },
];
const x = tensor([3, 1, 6, 6], testNumbers(108, 1));

/** A model trained a few steps, so its weights and biases are all non-trivial. */
function trainedModel() {
  const model = createModel([1, 6, 6], LAYERS, { seed: 1 });
  const optimizer = sgd({ lr: 0.1, momentum: 0.9 });
  for (let i = 0; i < 3; i++) model.trainBatch(x, [0, 1, 2], optimizer);
  return model;
}

function expectError(run: () => unknown, message: string): void {
  expect(run).toThrow(EngineError);
  expect(run).toThrow(message);
}

describe('exportWeights / importWeights', () => {
  it.each(['numbers', 'base64'] as const)('%s: export, JSON round trip, import into a fresh model -> identical predictions', (encoding) => {
    const model = trainedModel();
    const file = JSON.parse(JSON.stringify(exportWeights(model, { encoding }))) as WeightsFile;
    expect(file.format).toBe('receptive-weights');
    expect(file.version).toBe(1);
    expect(file.encoding).toBe(encoding);
    expect(file.inputShape).toEqual([1, 6, 6]);
    expect(file.weights.map((w) => [w.name, w.shape])).toEqual([
      ['conv2d_1/kernel', [2, 1, 3, 3]],
      ['conv2d_1/bias', [2]],
      ['dense_1/kernel', [8, 3]],
      ['dense_1/bias', [3]],
    ]);
    const fresh = createModel([1, 6, 6], LAYERS, { seed: 99 });
    importWeights(fresh, file);
    expect(Array.from(fresh.predict(x).data)).toEqual(Array.from(model.predict(x).data));
    expect(Array.from(loadModel(file).predict(x).data)).toEqual(Array.from(model.predict(x).data));
  });

  it('base64 of conv2d_1/bias -> 8 bytes as 12 base64 characters', () => {
    const file = exportWeights(trainedModel(), { encoding: 'base64' });
    expect(typeof file.weights[1].data).toBe('string');
    expect((file.weights[1].data as string).length).toBe(12);
  });

  it('a NaN weight in the model -> EngineError naming it (JSON would save it as null)', () => {
    const model = trainedModel();
    model.parameters()[2].value.data[5] = NaN;
    expectError(() => exportWeights(model), 'exportWeights: dense_1/kernel has the value NaN at index 5 (only finite weights can be saved');
  });

  it("encoding 'hex' -> EngineError", () => {
    expectError(() => exportWeights(trainedModel(), { encoding: 'hex' as never }), `exportWeights: encoding "hex" is not known (use 'numbers' or 'base64')`);
  });
});

describe('importWeights guards', () => {
  const good = () => exportWeights(trainedModel());
  const target = () => createModel([1, 6, 6], LAYERS);

  it.each([[null], [42], ['text']])('file %j -> EngineError: not an object', (file) => {
    expectError(() => importWeights(target(), file), 'importWeights: the weights file is');
  });

  it("format 'other' -> EngineError: not a Receptive weights file", () => {
    expectError(() => importWeights(target(), { ...good(), format: 'other' }), `importWeights: format "other" is not 'receptive-weights' (this is not a Receptive weights file)`);
  });

  it('version 2 -> EngineError: not supported', () => {
    expectError(() => importWeights(target(), { ...good(), version: 2 }), 'importWeights: version 2 is not supported (this engine reads version 1)');
  });

  it('no weights list -> EngineError: damaged', () => {
    expectError(() => importWeights(target(), { ...good(), weights: undefined }), 'importWeights: the file lacks inputShape, layers or weights lists');
  });

  it('input shape [1,7,7] -> EngineError naming both shapes', () => {
    expectError(() => importWeights(target(), { ...good(), inputShape: [1, 7, 7] }), "importWeights: the file's input shape is [1,7,7] but the model's is [1,6,6]");
  });

  it('relu replaced by tanh -> EngineError naming layer 2 both ways', () => {
    const file = good();
    file.layers[1] = { type: 'activation', fn: 'tanh' };
    expectError(() => importWeights(target(), file), "importWeights: layer 2 is 'activation tanh' in the file but 'activation relu' in the model");
  });

  it('one layer fewer -> EngineError counting layers', () => {
    const file = good();
    file.layers.pop();
    expectError(() => importWeights(target(), file), 'importWeights: the file has 5 layers but the model has 6');
  });

  it('dense_1/kernel missing -> EngineError naming it', () => {
    const file = good();
    file.weights = file.weights.filter((w) => w.name !== 'dense_1/kernel');
    expectError(() => importWeights(target(), file), "importWeights: the file has no weights named 'dense_1/kernel'");
  });

  it('dense_1/kernel shape [3,8] -> EngineError naming both shapes', () => {
    const file = good();
    file.weights[2].shape = [3, 8];
    expectError(() => importWeights(target(), file), 'importWeights: dense_1/kernel has shape [3,8] in the file but [8,3] in the model (the shapes must match)');
  });

  it('conv2d_1/bias with 3 numbers -> EngineError counting them', () => {
    const file = good();
    file.weights[1].data = [1, 2, 3];
    expectError(() => importWeights(target(), file), 'importWeights: conv2d_1/bias holds 3 numbers but its shape [2] needs 2');
  });

  it('a NaN weight -> EngineError naming the index', () => {
    const file = good();
    (file.weights[3].data as number[])[1] = NaN;
    expectError(() => importWeights(target(), file), 'importWeights: dense_1/bias has the value NaN at index 1 (weights must be finite numbers)');
  });

  it('an extra weights entry -> EngineError naming it', () => {
    const file = good();
    file.weights.push({ name: 'dense_9/bias', shape: [1], data: [0] });
    expectError(() => importWeights(target(), file), "importWeights: the file has weights named 'dense_9/bias' that the model does not have");
  });

  it('bad base64 -> EngineError naming the parameter; the model stays unchanged', () => {
    const model = target();
    const before = Array.from(model.parameters()[0].value.data);
    const file = exportWeights(trainedModel(), { encoding: 'base64' });
    file.weights[3].data = 'AAAAAAAAAAAAAAA!';
    expectError(() => importWeights(model, file), 'importWeights: dense_1/bias has the character "!", which is not base64');
    expect(Array.from(model.parameters()[0].value.data)).toEqual(before);
  });

  it('a layer that is not an object -> EngineError', () => {
    expectError(() => loadModel({ ...good(), layers: [null] }), 'loadModel: layer 1 of the file is not a layer description');
  });

  it('a weights entry without a name -> EngineError', () => {
    expectError(() => importWeights(target(), { ...good(), weights: [{ shape: [1], data: [1] }] }), 'importWeights: weights entry 1 of the file has no name');
  });

  it.each([[null], ['3'], [[7]]])('a weight %j in the numbers list -> EngineError (not read as 0, 3 or 7)', (value) => {
    const file = good();
    (file.weights[3].data as unknown[])[2] = value;
    expectError(() => importWeights(target(), file), `importWeights: dense_1/bias has the value ${JSON.stringify(value)} at index 2 (weights must be numbers`);
  });

  it('a NaN weight saved as JSON (null) -> EngineError, not a silent 0', () => {
    const file = good();
    (file.weights[0].data as number[])[0] = NaN;
    const parsed = JSON.parse(JSON.stringify(file)) as unknown;
    expectError(() => importWeights(target(), parsed), 'importWeights: conv2d_1/kernel has the value null at index 0');
  });

  it('two entries named dense_1/bias -> EngineError naming the name', () => {
    const file = good();
    file.weights.push({ ...file.weights[3] });
    expectError(() => importWeights(target(), file), "importWeights: the file has two weights entries named 'dense_1/bias' (each parameter must appear once)");
  });
});
