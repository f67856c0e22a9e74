// Guards of the model's entry points: input shape, batches of samples, labels and batch sizes.
// Imports nothing outside src/engine.
import { EngineError } from '../engineError.ts';
import { checkSizes } from '../ops/convPlan.ts';
import { formatShape, type Tensor } from '../tensor.ts';

/** Throws unless `inputShape` is [C,H,W] of whole numbers >= 1. */
export function checkInputShape(inputShape: unknown): asserts inputShape is readonly [number, number, number] {
  const ok =
    Array.isArray(inputShape) &&
    inputShape.length === 3 &&
    inputShape.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 1);
  if (!ok) {
    const shown = Array.isArray(inputShape) ? formatShape(inputShape as number[]) : String(inputShape);
    throw new EngineError(
      `createModel: input shape ${shown} is not allowed (the input shape is [C,H,W]: three whole numbers >= 1, e.g. [1,28,28])`,
    );
  }
}

/** Throws unless x is [N, ...sampleShape] with N a whole number >= 1 and data to match the shape; returns N. */
export function checkSamples(op: string, x: Tensor, sampleShape: readonly number[]): number {
  const shape = x.shape;
  const ok =
    shape.length === sampleShape.length + 1 &&
    shape[0] >= 1 &&
    sampleShape.every((d, i) => shape[i + 1] === d);
  if (!ok) {
    throw new EngineError(
      `${op}: x has shape ${formatShape(shape)} but the model takes [N,${sampleShape.join(',')}] (N samples of shape ${formatShape(sampleShape)}, N >= 1)`,
    );
  }
  checkSizes(op, x, 'x', true);
  return shape[0];
}

/** Throws unless there is one label per sample, each a whole number in 0 .. classes-1. */
export function checkLabels(op: string, labels: ArrayLike<number>, samples: number, classes: number): void {
  if (labels === null || typeof labels !== 'object' || labels.length !== samples) {
    const count = labels !== null && typeof labels === 'object' ? labels.length : String(labels);
    throw new EngineError(`${op}: ${count} labels for ${samples} samples (give one class index per sample)`);
  }
  for (let n = 0; n < samples; n++) {
    const label = labels[n];
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new EngineError(
        `${op}: label ${String(label)} of sample ${n} is not a class index (labels must be whole numbers from 0 to ${classes - 1})`,
      );
    }
  }
}

/** Throws unless the model's output is one flat vector of class scores per sample; returns the class count. */
export function checkClassOutput(op: string, outputShape: readonly number[]): number {
  if (outputShape.length !== 1) {
    throw new EngineError(
      `${op}: the model's output has shape ${formatShape(outputShape)} but cross-entropy needs one flat vector of class scores per sample (end the model with dense and softmax)`,
    );
  }
  return outputShape[0];
}

/** Throws unless batchSize is a whole number >= 1; returns it. */
export function checkBatchSize(op: string, batchSize: unknown): number {
  if (typeof batchSize !== 'number' || !Number.isInteger(batchSize) || batchSize < 1) {
    throw new EngineError(`${op}: batchSize ${String(batchSize)} is not allowed (batchSize must be a whole number >= 1)`);
  }
  return batchSize;
}

/** Throws when outputs read as probabilities hold a negative number or a row sums to 0. */
export function checkProbabilities(op: string, p: Float32Array, samples: number, classes: number): void {
  for (let n = 0; n < samples; n++) {
    let sum = 0;
    for (let k = 0; k < classes; k++) {
      const v = p[n * classes + k];
      if (v < 0) {
        throw new EngineError(
          `${op}: output ${k} of sample ${n} is ${v}, a negative number (cross-entropy reads the outputs as probabilities: end the model with a softmax activation)`,
        );
      }
      sum += v;
    }
    if (sum === 0) {
      throw new EngineError(
        `${op}: the outputs of sample ${n} are all 0 (cross-entropy reads the outputs as probabilities: end the model with a softmax activation)`,
      );
    }
  }
}
