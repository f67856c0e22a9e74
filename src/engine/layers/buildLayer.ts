// Builds one layer from its LayerSpec: checks the spec and the incoming shape, plans the output shape.
// Imports nothing outside src/engine.
import { EngineError } from '../engineError.ts';
import { planPool2d, planWindow2d } from '../plan/planWindow2d.ts';
import type { Random } from '../random.ts';
import { formatShape, shapeSize } from '../tensor.ts';
import { createActivationLayer } from './activationLayer.ts';
import { createConv2dLayer } from './conv2dLayer.ts';
import { createDenseLayer } from './denseLayer.ts';
import { createDropoutLayer } from './dropoutLayer.ts';
import { createFlattenLayer } from './flattenLayer.ts';
import type { Layer } from './layer.ts';
import type { LayerSpec } from './layerSpec.ts';
import { createPool2dLayer } from './pool2dLayer.ts';

const LAYER_TYPES = ['conv2d', 'maxPool2d', 'avgPool2d', 'activation', 'flatten', 'dense', 'dropout'];
const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'softmax'];
const INITIALIZERS = ['glorotUniform', 'normal', 'heNormal', 'zeros'];

/** Keras' name stem of each layer type: conv2d_1, max_pooling2d_1, dense_1, ... */
export const LAYER_NAME_STEMS: Readonly<Record<LayerSpec['type'], string>> = {
  conv2d: 'conv2d',
  maxPool2d: 'max_pooling2d',
  avgPool2d: 'average_pooling2d',
  activation: 'activation',
  flatten: 'flatten',
  dense: 'dense',
  dropout: 'dropout',
};

/** Throws EngineError unless `spec` is an object with one of the known layer types. */
export function checkLayerType(spec: unknown, position: number): asserts spec is LayerSpec {
  const type = typeof spec === 'object' && spec !== null ? (spec as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !LAYER_TYPES.includes(type)) {
    throw new EngineError(
      `createModel: layer ${position} has type ${JSON.stringify(type) ?? 'undefined'} (a layer's type must be one of ${LAYER_TYPES.join(', ')})`,
    );
  }
}

/**
 * Builds the layer `spec` named `name` (the `position`-th layer, counting from 1) on inputs of
 * `inputShape` (without the batch), drawing initial weights from `random`.
 * Throws EngineError naming the layer when the spec or the chain of shapes is impossible,
 * e.g. dense after a [C,H,W] map without flatten, or a kernel larger than its padded input.
 */
export function buildLayer(
  spec: LayerSpec,
  position: number,
  name: string,
  inputShape: readonly number[],
  random: Random,
): Layer {
  const op = `createModel: layer ${position} (${name})`;
  const fail = (message: string): never => {
    throw new EngineError(`${op}: ${message}`);
  };
  const needMap = (what: string): [number, number, number] => {
    if (inputShape.length !== 3) {
      fail(`${what} needs a [C,H,W] feature map but gets shape ${formatShape(inputShape)} (it cannot follow flatten or dense)`);
    }
    return [inputShape[0], inputShape[1], inputShape[2]];
  };
  const needWhole = (field: string, value: unknown): void => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      fail(`${field} ${String(value)} is not allowed (${field} must be a whole number >= 1)`);
    }
  };
  const needInit = (init: unknown): void => {
    if (init !== undefined && (typeof init !== 'string' || !INITIALIZERS.includes(init))) {
      fail(`init ${JSON.stringify(init)} is not known (use one of ${INITIALIZERS.join(', ')})`);
    }
  };

  switch (spec.type) {
    case 'conv2d': {
      const [, height, width] = needMap('conv2d');
      needWhole('filters', spec.filters);
      needInit(spec.init);
      const plan = planWindow2d(op, height, width, {
        kernelSize: spec.kernelSize,
        stride: spec.stride ?? 1,
        padding: spec.padding ?? 'valid',
        dilation: spec.dilation ?? 1,
      });
      const outputShape = [spec.filters, plan.rows.outputSize, plan.cols.outputSize];
      const kernelSize: [number, number] = [plan.rows.kernelSize, plan.cols.kernelSize];
      return createConv2dLayer(name, spec, inputShape, outputShape, kernelSize, random);
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      const [channels, height, width] = needMap(spec.type);
      const plan = planPool2d(op, height, width, {
        kernelSize: spec.poolSize,
        stride: spec.stride ?? spec.poolSize,
        padding: spec.padding ?? 0,
      });
      return createPool2dLayer(name, spec, inputShape, [channels, plan.rows.outputSize, plan.cols.outputSize]);
    }
    case 'activation':
      if (!ACTIVATIONS.includes(spec.fn)) {
        fail(`activation fn ${JSON.stringify(spec.fn)} is not known (use one of ${ACTIVATIONS.join(', ')})`);
      }
      if (spec.fn === 'softmax' && inputShape.length !== 1) {
        fail(`softmax needs a flat vector per sample but gets shape ${formatShape(inputShape)} (put a { type: 'flatten' } layer before it)`);
      }
      return createActivationLayer(name, spec, inputShape);
    case 'flatten':
      return createFlattenLayer(name, spec, inputShape);
    case 'dense':
      if (inputShape.length !== 1) {
        fail(`dense gets a feature map of shape ${formatShape(inputShape)} but needs a flat vector per sample (put a { type: 'flatten' } layer before it)`);
      }
      needWhole('units', spec.units);
      needInit(spec.init);
      return createDenseLayer(name, spec, shapeSize(inputShape), random);
    case 'dropout':
      if (typeof spec.rate !== 'number' || !(spec.rate >= 0 && spec.rate < 1)) {
        fail(`rate ${String(spec.rate)} is not allowed (the dropout rate is a fraction from 0 up to, but not including, 1)`);
      }
      return createDropoutLayer(name, spec, inputShape);
  }
}
