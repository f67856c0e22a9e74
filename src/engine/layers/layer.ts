// Layer: the internal interface every built layer implements (forward, backward, parameters).
// Imports nothing outside src/engine.
import type { Random } from '../random.ts';
import type { Tensor } from '../tensor.ts';
import type { LayerSpec } from './layerSpec.ts';

/** A trainable tensor and the gradient of the loss with respect to it (same shape), e.g. `dense_1/kernel`. */
export interface Parameter {
  /** `layerName/kernel` or `layerName/bias`. */
  readonly name: string;
  /** The values, updated in place by optimisers. */
  readonly value: Tensor;
  /** dLoss/dValue after the last backward pass, overwritten by each pass. */
  readonly grad: Tensor;
}

/** What a forward pass needs besides its input. */
export interface ForwardContext {
  /** True inside trainBatch: dropout drops and layers keep what backward needs. */
  readonly training: boolean;
  /** The model's seeded generator (dropout masks). */
  readonly random: Random;
}

/**
 * A built layer of a sequential model. Shapes leave out the batch: forward maps
 * x [N, ...inputShape] -> y [N, ...outputShape]. The tensors it returns may be buffers it reuses
 * on the next call with the same batch size, so callers copy what they keep.
 */
export interface Layer {
  /** Keras-style name, e.g. `conv2d_1`. */
  readonly name: string;
  readonly spec: LayerSpec;
  readonly inputShape: readonly number[];
  readonly outputShape: readonly number[];
  /** Kernel then bias for conv and dense; empty for the others. */
  readonly params: readonly Parameter[];
  /** y = layer(x); when training, remembers what backward needs. */
  forward(x: Tensor, context: ForwardContext): Tensor;
  /**
   * Given dy = dLoss/dy [N, ...outputShape] of the last training forward pass, writes the
   * parameter gradients and returns dx = dLoss/dx [N, ...inputShape]; returns null when
   * `needInputGradient` is false and the layer could skip it (the first layer).
   */
  backward(dy: Tensor, needInputGradient: boolean): Tensor | null;
}

/** Returns `buffer` when it already holds exactly `length` numbers, else a new zeroed Float32Array. */
export function reuseBuffer(buffer: Float32Array | null, length: number): Float32Array {
  return buffer !== null && buffer.length === length ? buffer : new Float32Array(length);
}
