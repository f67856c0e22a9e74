// Tests of the seed's reference network: the 35,754-parameter summary table and its training settings.
import { describe, expect, it } from 'vitest';
import { createModel } from '../../../src/engine/model/createModel.ts';
import { referenceInputShape, referenceNetworkSpec, referenceTraining } from '../../../src/engine/model/referenceNetwork.ts';
import { NORMAL_INIT_STD } from '../../../src/engine/layers/initializers.ts';

describe('referenceNetworkSpec', () => {
  it('[1,28,28] -> the seed README table, 35,754 params', () => {
    const model = createModel(referenceInputShape, referenceNetworkSpec, { seed: 1 });
    expect(model.summary().map((row) => [row.name, row.outputShape, row.params])).toEqual([
      ['conv2d_1', [4, 24, 24], 104],
      ['activation_1', [4, 24, 24], 0],
      ['conv2d_2', [8, 22, 22], 296],
      ['activation_2', [8, 22, 22], 0],
      ['max_pooling2d_1', [8, 11, 11], 0],
      ['conv2d_3', [16, 9, 9], 1168],
      ['activation_3', [16, 9, 9], 0],
      ['max_pooling2d_2', [16, 4, 4], 0],
      ['flatten_1', [256], 0],
      ['dense_1', [128], 32896],
      ['activation_4', [128], 0],
      ['dense_2', [10], 1290],
      ['activation_5', [10], 0],
    ]);
    expect(model.countParams()).toBe(35754);
  });

  it("dense layers use init 'normal' (std 0.05); conv kernels glorotUniform within sqrt(6/(25+100))", () => {
    const params = createModel(referenceInputShape, referenceNetworkSpec, { seed: 2 }).parameters();
    const dense = params.find((p) => p.name === 'dense_1/kernel')!.value.data;
    const std = Math.sqrt(dense.reduce((s, v) => s + v * v, 0) / dense.length);
    expect(std).toBeCloseTo(NORMAL_INIT_STD, 2);
    const conv = params.find((p) => p.name === 'conv2d_1/kernel')!.value.data;
    expect(Math.max(...conv.map(Math.abs))).toBeLessThan(Math.sqrt(6 / 125));
    expect(Array.from(params.find((p) => p.name === 'conv2d_1/bias')!.value.data)).toEqual([0, 0, 0, 0]);
  });

  it('referenceTraining -> SGD lr 0.05 decay 1e-6 momentum 0.9 Nesterov, batch 100, 10 epochs, 20% validation', () => {
    expect(referenceTraining).toEqual({ lr: 0.05, decay: 1e-6, momentum: 0.9, nesterov: true, batchSize: 100, epochs: 10, validationSplit: 0.2 });
  });
});
