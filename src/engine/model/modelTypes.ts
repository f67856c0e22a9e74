// Types of the sequential model: Model, its summary rows and its results.
// Imports nothing outside src/engine.
import type { Parameter } from '../layers/layer.ts';
import type { LayerSpec } from '../layers/layerSpec.ts';
import type { Optimizer } from '../optim/optimizer.ts';
import type { Tensor } from '../tensor.ts';

/** One row of `Model.summary()`, as Keras prints it. */
export interface SummaryRow {
  /** Keras-style name: conv2d_1, activation_1, max_pooling2d_1, flatten_1, dense_1, dropout_1, ... */
  name: string;
  type: LayerSpec['type'];
  /** Output shape without the batch dimension, e.g. [4, 24, 24]. */
  outputShape: number[];
  /** Weights + biases of the layer. */
  params: number;
}

/** Mean loss (categorical cross-entropy) and accuracy (fraction of argmax = label) over samples. */
export interface LossAndAccuracy {
  loss: number;
  accuracy: number;
}

/** Options of predict and evaluate. */
export interface BatchingOptions {
  /** Samples per internal forward pass (bounds the memory of intermediate maps); default 250. */
  batchSize?: number;
}

/** A sequential model built by `createModel`. */
export interface Model {
  /** [C, H, W] of one input sample. */
  readonly inputShape: readonly [number, number, number];
  /** Shape of one output without the batch, e.g. [10]. */
  readonly outputShape: readonly number[];
  /** The layer specs the model was built from (copies). */
  readonly layers: readonly LayerSpec[];
  /** One row per layer; outputShape leaves out the batch; params counts weights + biases. */
  summary(): SummaryRow[];
  /** Total of the summary's params. */
  countParams(): number;
  /**
   * The trainable tensors in layer order (kernel, then bias, of each conv2d and dense layer), live:
   * optimisers update `value` in place; `grad` holds dLoss/dValue after the last training pass.
   */
  parameters(): readonly Parameter[];
  /** x [N,C,H,W] -> [N, ...outputShape] ([N,classes], probabilities when the last layer is softmax); dropout is off. */
  predict(x: Tensor, o?: BatchingOptions): Tensor;
  /** Outputs of every layer for x [N,C,H,W] (copies, in layer order); dropout is off. */
  layerOutputs(x: Tensor): Tensor[];
  /**
   * Forward pass in training mode (dropout on), categorical cross-entropy on class-index labels
   * (0 .. classes-1, one per sample), backward pass: fills every parameter's `grad` with the
   * gradient of the batch's mean loss, changes no weight. Returns the forward pass's mean loss and accuracy.
   */
  computeGradients(x: Tensor, labels: ArrayLike<number>): LossAndAccuracy;
  /** computeGradients, then one optimizer step; returns the loss and accuracy before the update. */
  trainBatch(x: Tensor, labels: ArrayLike<number>, optimizer: Optimizer): LossAndAccuracy;
  /** Mean loss and accuracy over all samples, dropout off, in batches. */
  evaluate(x: Tensor, labels: ArrayLike<number>, o?: BatchingOptions): LossAndAccuracy;
}
