// createModel: a Keras-style sequential model (summary, predict, evaluate, trainBatch) on the engine's layers.
// Imports nothing outside src/engine.
import { checkOptions, EngineError } from '../engineError.ts';
import { buildLayer, checkLayerType, LAYER_NAME_STEMS } from '../layers/buildLayer.ts';
import { reuseBuffer, type ForwardContext, type Layer } from '../layers/layer.ts';
import type { LayerSpec } from '../layers/layerSpec.ts';
import type { Optimizer } from '../optim/optimizer.ts';
import { createRandom } from '../random.ts';
import { shapeSize, tensor, wrap, type Tensor } from '../tensor.ts';
import {
  checkBatchSize,
  checkClassOutput,
  checkInputShape,
  checkLabels,
  checkProbabilities,
  checkSamples,
} from './checkInputs.ts';
import { crossEntropyGradient, crossEntropyTally, softmaxCrossEntropyGradient } from './crossEntropy.ts';
import type { BatchingOptions, LossAndAccuracy, Model, SummaryRow } from './modelTypes.ts';

/** Options of `createModel`. */
export interface CreateModelOptions {
  /** Seed of the model's generator (initial weights, then dropout masks); default 0. */
  seed?: number;
}

/** The seed used when none is given. */
export const DEFAULT_MODEL_SEED = 0;

/** Samples per internal forward pass of predict and evaluate when none is given. */
const DEFAULT_PREDICT_BATCH = 250;

/**
 * Builds a sequential model on inputs [C,H,W] from `layers`, as Keras' Sequential: shapes are
 * inferred layer by layer (EngineError for an impossible chain, naming the layer), kernels drawn
 * in layer order from a generator seeded with `o.seed` (same seed, same weights, bit for bit),
 * biases zero. Layer names follow Keras: conv2d_1, activation_1, max_pooling2d_1, flatten_1, dense_1.
 * Training minimises the mean categorical cross-entropy; when the last layer is softmax its
 * backward pass is fused with the loss: dL/dz = (p - onehot) / N.
 */
export function createModel(
  inputShape: readonly [number, number, number],
  layers: readonly LayerSpec[],
  o: CreateModelOptions = {},
): Model {
  checkInputShape(inputShape);
  checkOptions('createModel', o, false, '{ seed: 1 }');
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new EngineError('createModel: no layers were given (a model needs at least one layer)');
  }
  const random = createRandom(o.seed ?? DEFAULT_MODEL_SEED);
  const counters = new Map<string, number>();
  const built: Layer[] = [];
  let shape: readonly number[] = [...inputShape];
  layers.forEach((spec: unknown, index) => {
    checkLayerType(spec, index + 1);
    const stem = LAYER_NAME_STEMS[spec.type];
    const ordinal = (counters.get(stem) ?? 0) + 1;
    counters.set(stem, ordinal);
    const layer = buildLayer(copySpec(spec), index + 1, `${stem}_${ordinal}`, shape, random);
    built.push(layer);
    shape = layer.outputShape;
  });

  const outputShape = shape;
  const outputSize = shapeSize(outputShape);
  const lastSpec = built[built.length - 1].spec;
  const fusedSoftmax = lastSpec.type === 'activation' && lastSpec.fn === 'softmax';
  const parameters = built.flatMap((layer) => layer.params);
  const firstTrainable = built.findIndex((layer) => layer.params.length > 0);
  const predicting: ForwardContext = { training: false, random };
  const training: ForwardContext = { training: true, random };
  let lossGradient: Float32Array | null = null;

  function forward(x: Tensor, context: ForwardContext): Tensor {
    let t = x;
    for (const layer of built) t = layer.forward(t, context);
    return t;
  }

  /** Backward from dOut, the gradient at the output of layer `top`, down to the first trainable layer. */
  function backward(dOut: Tensor, top: number): void {
    if (firstTrainable < 0) return;
    let gradient = dOut;
    for (let i = top; i >= firstTrainable; i--) {
      const dx = built[i].backward(gradient, i > firstTrainable);
      if (dx !== null) gradient = dx;
    }
  }

  /** Runs `visit(chunkOutput, start, count)` over x in chunks of batchSize samples, dropout off. */
  function forEachChunk(
    op: string,
    x: Tensor,
    o: BatchingOptions,
    visit: (output: Tensor, start: number, count: number) => void,
  ): number {
    const samples = checkSamples(op, x, inputShape);
    checkOptions(op, o, false, '{ batchSize: 100 }');
    const batchSize = checkBatchSize(op, o.batchSize ?? DEFAULT_PREDICT_BATCH);
    const sampleSize = shapeSize(inputShape);
    for (let start = 0; start < samples; start += batchSize) {
      const count = Math.min(batchSize, samples - start);
      const chunk = wrap(
        [count, ...inputShape],
        x.data.subarray(start * sampleSize, (start + count) * sampleSize),
      );
      visit(forward(chunk, predicting), start, count);
    }
    return samples;
  }

  function computeGradients(x: Tensor, labels: ArrayLike<number>): LossAndAccuracy {
    const op = 'trainBatch';
    const samples = checkSamples(op, x, inputShape);
    const classes = checkClassOutput(op, outputShape);
    checkLabels(op, labels, samples, classes);
    const output = forward(x, training);
    if (!fusedSoftmax) checkProbabilities(op, output.data, samples, classes);
    const { lossSum, correct } = crossEntropyTally(output.data, labels, samples, classes);
    lossGradient = reuseBuffer(lossGradient, samples * classes);
    if (fusedSoftmax) {
      softmaxCrossEntropyGradient(output.data, labels, samples, classes, lossGradient);
      backward(wrap([samples, classes], lossGradient), built.length - 2);
    } else {
      crossEntropyGradient(output.data, labels, samples, classes, lossGradient);
      backward(wrap([samples, classes], lossGradient), built.length - 1);
    }
    return { loss: lossSum / samples, accuracy: correct / samples };
  }

  return {
    inputShape: [inputShape[0], inputShape[1], inputShape[2]],
    outputShape,
    layers: built.map((layer) => layer.spec),
    summary(): SummaryRow[] {
      return built.map((layer) => ({
        name: layer.name,
        type: layer.spec.type,
        outputShape: [...layer.outputShape],
        params: layer.params.reduce((sum, p) => sum + p.value.data.length, 0),
      }));
    },
    countParams(): number {
      return parameters.reduce((sum, p) => sum + p.value.data.length, 0);
    },
    parameters: () => parameters,
    predict(x: Tensor, o: BatchingOptions = {}): Tensor {
      const samples = checkSamples('predict', x, inputShape);
      const result = new Float32Array(samples * outputSize);
      forEachChunk('predict', x, o, (output, start) => result.set(output.data, start * outputSize));
      return wrap([samples, ...outputShape], result);
    },
    layerOutputs(x: Tensor): Tensor[] {
      checkSamples('layerOutputs', x, inputShape);
      const outputs: Tensor[] = [];
      let t = x;
      for (const layer of built) {
        t = layer.forward(t, predicting);
        outputs.push(tensor(t.shape, t.data));
      }
      return outputs;
    },
    computeGradients,
    trainBatch(x: Tensor, labels: ArrayLike<number>, optimizer: Optimizer): LossAndAccuracy {
      if (optimizer === null || typeof optimizer !== 'object' || typeof optimizer.step !== 'function') {
        throw new EngineError(
          'trainBatch: the optimizer is missing or is not an optimizer (make one with sgd({ lr: 0.05 }), adagrad() or adadelta())',
        );
      }
      const result = computeGradients(x, labels);
      optimizer.step(
        parameters.map((p) => p.value),
        parameters.map((p) => p.grad),
      );
      return result;
    },
    evaluate(x: Tensor, labels: ArrayLike<number>, o: BatchingOptions = {}): LossAndAccuracy {
      const op = 'evaluate';
      const samples = checkSamples(op, x, inputShape);
      const classes = checkClassOutput(op, outputShape);
      checkLabels(op, labels, samples, classes);
      let lossSum = 0;
      let correct = 0;
      forEachChunk(op, x, o, (output, start, count) => {
        if (!fusedSoftmax) checkProbabilities(op, output.data, count, classes);
        const tally = crossEntropyTally(output.data, labels, count, classes, start);
        lossSum += tally.lossSum;
        correct += tally.correct;
      });
      return { loss: lossSum / samples, accuracy: correct / samples };
    },
  };
}

/** A copy of a layer spec (pairs copied too), so later changes to the caller's objects change nothing. */
function copySpec(spec: LayerSpec): LayerSpec {
  const copy: Record<string, unknown> = { ...spec };
  for (const [key, value] of Object.entries(copy)) {
    if (Array.isArray(value)) copy[key] = [...(value as unknown[])];
  }
  return copy as unknown as LayerSpec;
}
