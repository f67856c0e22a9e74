// Tests of buildLayer: shape inference for every layer type and a throwing test for every guard.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { buildLayer, checkLayerType, LAYER_NAME_STEMS } from '../../../src/engine/layers/buildLayer.ts';
import type { LayerSpec } from '../../../src/engine/layers/layerSpec.ts';
import { createRandom } from '../../../src/engine/random.ts';

function build(spec: LayerSpec, inputShape: number[]) {
  return buildLayer(spec, 3, 'layer_x', inputShape, createRandom(0));
}

function expectError(run: () => unknown, message: string): void {
  expect(run).toThrow(EngineError);
  expect(run).toThrow(message);
}

describe('buildLayer shapes', () => {
  it.each<[string, number[], number[], number, LayerSpec]>([
    ['conv2d filters=4 k=5 valid', [1, 28, 28], [4, 24, 24], 104, { type: 'conv2d', filters: 4, kernelSize: 5 }],
    ['conv2d filters=2 k=3 same s=2', [3, 7, 8], [2, 4, 4], 56, { type: 'conv2d', filters: 2, kernelSize: 3, padding: 'same', stride: 2 }],
    ['conv2d filters=1 k=3 full', [1, 4, 4], [1, 6, 6], 10, { type: 'conv2d', filters: 1, kernelSize: 3, padding: 'full' }],
    ['conv2d filters=2 k=3 dilation=2', [1, 9, 9], [2, 5, 5], 20, { type: 'conv2d', filters: 2, kernelSize: 3, dilation: 2 }],
    ['maxPool2d 2', [8, 22, 22], [8, 11, 11], 0, { type: 'maxPool2d', poolSize: 2 }],
    ['avgPool2d 3 stride 1 padding 1', [2, 5, 5], [2, 5, 5], 0, { type: 'avgPool2d', poolSize: 3, stride: 1, padding: 1 }],
    ['flatten', [16, 4, 4], [256], 0, { type: 'flatten' }],
    ['dense 128', [256], [128], 32896, { type: 'dense', units: 128 }],
    ['activation tanh', [4, 24, 24], [4, 24, 24], 0, { type: 'activation', fn: 'tanh' }],
    ['activation softmax', [10], [10], 0, { type: 'activation', fn: 'softmax' }],
    ['dropout 0.5', [3, 2, 2], [3, 2, 2], 0, { type: 'dropout', rate: 0.5 }],
  ])('%s on %j -> %j with %i params', (_, inputShape, outputShape, params, spec) => {
    const layer = build(spec, inputShape);
    expect(layer.outputShape).toEqual(outputShape);
    expect(layer.params.reduce((sum, p) => sum + p.value.data.length, 0)).toBe(params);
  });

  it('LAYER_NAME_STEMS -> Keras stems', () => {
    expect(LAYER_NAME_STEMS.maxPool2d).toBe('max_pooling2d');
    expect(LAYER_NAME_STEMS.avgPool2d).toBe('average_pooling2d');
  });
});

describe('buildLayer guards', () => {
  it('dense after [16,4,4] without flatten -> EngineError asking for flatten', () => {
    expectError(
      () => build({ type: 'dense', units: 10 }, [16, 4, 4]),
      "createModel: layer 3 (layer_x): dense gets a feature map of shape [16,4,4] but needs a flat vector per sample (put a { type: 'flatten' } layer before it)",
    );
  });

  it.each(['conv2d', 'maxPool2d', 'avgPool2d'] as const)('%s after flat [256] -> EngineError naming the shape', (type) => {
    const spec: LayerSpec =
      type === 'conv2d' ? { type, filters: 2, kernelSize: 3 } : { type, poolSize: 2 };
    expectError(() => build(spec, [256]), `createModel: layer 3 (layer_x): ${type} needs a [C,H,W] feature map but gets shape [256]`);
  });

  it('conv2d k=5 on [1,3,3] -> EngineError: kernel larger than the padded input', () => {
    expectError(
      () => build({ type: 'conv2d', filters: 1, kernelSize: 5 }, [1, 3, 3]),
      'createModel: layer 3 (layer_x): kernel 5x5 is larger than the padded input 3x3 (the kernel must fit inside the input plus its padding)',
    );
  });

  it('maxPool2d poolSize=3 on [1,2,2] -> EngineError: kernel larger than the padded input', () => {
    expectError(() => build({ type: 'maxPool2d', poolSize: 3 }, [1, 2, 2]), 'createModel: layer 3 (layer_x): kernel 3x3 is larger than the padded input 2x2');
  });

  it.each([0, -1, 2.5, NaN])('conv2d filters=%s -> EngineError naming filters', (filters) => {
    expectError(() => build({ type: 'conv2d', filters, kernelSize: 3 }, [1, 5, 5]), `createModel: layer 3 (layer_x): filters ${filters} is not allowed`);
  });

  it.each([0, 1.5])('dense units=%s -> EngineError naming units', (units) => {
    expectError(() => build({ type: 'dense', units }, [4]), `createModel: layer 3 (layer_x): units ${units} is not allowed`);
  });

  it('conv2d stride 0 -> EngineError from the window planner naming the layer', () => {
    expectError(() => build({ type: 'conv2d', filters: 1, kernelSize: 3, stride: 0 }, [1, 5, 5]), 'createModel: layer 3 (layer_x): stride 0 is not allowed');
  });

  it("dense init 'uniform' -> EngineError listing the initialisers", () => {
    const spec = { type: 'dense', units: 2, init: 'uniform' } as unknown as LayerSpec;
    expectError(() => build(spec, [4]), 'createModel: layer 3 (layer_x): init "uniform" is not known (use one of glorotUniform, normal, heNormal, zeros)');
  });

  it("activation fn 'prelu' -> EngineError listing the functions", () => {
    const spec = { type: 'activation', fn: 'prelu' } as unknown as LayerSpec;
    expectError(() => build(spec, [4]), 'createModel: layer 3 (layer_x): activation fn "prelu" is not known (use one of relu, tanh, sigmoid, softmax)');
  });

  it('softmax on [4,24,24] -> EngineError asking for flatten', () => {
    expectError(
      () => build({ type: 'activation', fn: 'softmax' }, [4, 24, 24]),
      'createModel: layer 3 (layer_x): softmax needs a flat vector per sample but gets shape [4,24,24]',
    );
  });

  it.each([1, -0.1, 1.5, NaN])('dropout rate=%s -> EngineError naming the rate', (rate) => {
    expectError(() => build({ type: 'dropout', rate }, [4]), `createModel: layer 3 (layer_x): rate ${rate} is not allowed`);
  });

  it.each([[{ type: 'conv3d' }], [null], [{}], ['dense']])('checkLayerType(%j) -> EngineError listing the types', (spec) => {
    expectError(() => checkLayerType(spec, 2), 'createModel: layer 2 has type');
    expectError(() => checkLayerType(spec, 2), '(a layer\'s type must be one of conv2d, maxPool2d, avgPool2d, activation, flatten, dense, dropout)');
  });
});
