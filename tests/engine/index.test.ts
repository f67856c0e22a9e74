// Tests of the engine's public face: every name of the engine contract is exported from
// src/engine/index.ts and behaves as the contract's own examples say.
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';
import type { LayerSpec, Model, Optimizer, Padding, Pair, Tensor } from '../../src/engine/index.ts';

const contractFunctions = [
  'tensor',
  'conv2d',
  'conv2dBackward',
  'conv1d',
  'convTranspose2d',
  'maxPool2d',
  'avgPool2d',
  'convOutputSize',
  'receptiveField',
  'createModel',
  'sgd',
] as const;

describe('engine index', () => {
  it.each(contractFunctions)('exports the contract function %s', (name) => {
    expect(typeof engine[name]).toBe('function');
  });

  it('exports EngineError, a subclass of Error named EngineError', () => {
    const error = new engine.EngineError('x: y');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EngineError');
  });

  it('contract types compose: createModel([1,8,8], conv+pool+flatten+dense+softmax).trainBatch -> loss, accuracy', () => {
    const padding: Padding = 'same';
    const pair: Pair = [2, 2];
    const layers: LayerSpec[] = [
      { type: 'conv2d', filters: 2, kernelSize: 3, padding },
      { type: 'maxPool2d', poolSize: pair },
      { type: 'flatten' },
      { type: 'dense', units: 3 },
      { type: 'activation', fn: 'softmax' },
    ];
    const model: Model = engine.createModel([1, 8, 8], layers, { seed: 3 });
    const optimizer: Optimizer = engine.sgd({ lr: 0.1, momentum: 0.9, nesterov: true, decay: 1e-6 });
    const x: Tensor = engine.tensor([2, 1, 8, 8], Array.from({ length: 128 }, (_, i) => (i % 7) / 7));
    expect(model.summary().map((row) => row.outputShape)).toEqual([[2, 8, 8], [2, 4, 4], [32], [3], [3]]);
    const { loss, accuracy } = model.trainBatch(x, [0, 2], optimizer);
    expect(Number.isFinite(loss)).toBe(true);
    expect(accuracy).toBeGreaterThanOrEqual(0);
    expect(accuracy).toBeLessThanOrEqual(1);
    expect(model.predict(x).shape).toEqual([2, 3]);
  });

  it('the seed network: 35,754 parameters with the shapes of the 2016 Keras example', () => {
    const model = engine.createModel(engine.referenceInputShape, engine.referenceNetworkSpec, { seed: 1 });
    const rows = model.summary();
    expect(rows.map((row) => row.outputShape)).toEqual([
      [4, 24, 24], [4, 24, 24], [8, 22, 22], [8, 22, 22], [8, 11, 11], [16, 9, 9], [16, 9, 9],
      [16, 4, 4], [256], [128], [128], [10], [10],
    ]);
    expect(rows.map((row) => row.params)).toEqual([104, 0, 296, 0, 0, 1168, 0, 0, 0, 32896, 0, 1290, 0]);
    expect(rows.reduce((sum, row) => sum + row.params, 0)).toBe(35754);
  });
});
