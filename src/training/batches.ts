// Keras-style data handling for training: the validation split and gathering shuffled samples into a batch.
// Uses only the engine's public face; no DOM, no Node modules.
import { tensor, type Tensor } from '../engine/index.ts';

/** Sample indices of the training and validation parts. */
export interface ValidationSplit {
  train: Uint32Array;
  validation: Uint32Array;
}

/**
 * Splits `order` (sample indices, usually shuffled) as Keras' validation_split does: the LAST
 * round(count * fraction) indices validate, the rest train. fraction must lie in [0, 1).
 */
export function splitValidation(order: Uint32Array, fraction: number): ValidationSplit {
  if (!(fraction >= 0 && fraction < 1)) {
    throw new RangeError(`splitValidation: fraction ${fraction} must be a number from 0 up to, but not including, 1`);
  }
  const trainCount = order.length - Math.round(order.length * fraction);
  return { train: order.slice(0, trainCount), validation: order.slice(trainCount) };
}

/** The indices 0 .. count-1 in order, ready for `random.shuffle`. */
export function sampleIndices(count: number): Uint32Array {
  return Uint32Array.from({ length: count }, (_, i) => i);
}

/**
 * Copies samples indices[start .. start+count-1] of x [N, ...] and their labels into a batch
 * x [count, ...] (reusing `into` when it has exactly that shape) and labels [count].
 */
export function gatherBatch(
  x: Tensor,
  labels: ArrayLike<number>,
  indices: Uint32Array,
  start: number,
  count: number,
  into?: { x: Tensor; labels: Uint8Array },
): { x: Tensor; labels: Uint8Array } {
  const sampleShape = x.shape.slice(1);
  const size = x.data.length / x.shape[0];
  const batch =
    into !== undefined && into.x.shape[0] === count && into.x.data.length === count * size
      ? into
      : { x: tensor([count, ...sampleShape]), labels: new Uint8Array(count) };
  for (let i = 0; i < count; i++) {
    const sample = indices[start + i];
    batch.x.data.set(x.data.subarray(sample * size, (sample + 1) * size), i * size);
    batch.labels[i] = labels[sample];
  }
  return batch;
}
