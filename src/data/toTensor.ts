// Turns a slice of a DigitSet into engine input: x [N,1,rows,cols] floats in [0,1] and the labels.
// Imports only the engine's public face and the digits parser's types.
import { tensor } from '../engine/index.ts';
import type { Tensor } from '../engine/index.ts';
import type { DigitSet } from './digits.ts';

/** A batch ready for the model: images and their class indices. */
export interface DigitBatch {
  /** x [N,1,rows,cols], pixel / 255 so values lie in [0,1]. */
  readonly x: Tensor;
  /** labels [N], each 0..9 (a copy, not a view into the set). */
  readonly labels: Uint8Array;
}

/**
 * Images `start .. start+count-1` of `set` as x [count,1,rows,cols] with x = pixel / 255,
 * and their labels [count]. Throws when the range is not whole numbers inside the set.
 */
export function toTensor(set: DigitSet, start: number, count: number): DigitBatch {
  if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 0) {
    throw new Error(
      `toTensor: start ${start} and count ${count} must be whole numbers >= 0`,
    );
  }
  if (start + count > set.count) {
    throw new Error(
      `toTensor: images ${start}..${start + count - 1} run past the end of the set (it has ${set.count} images, 0..${set.count - 1})`,
    );
  }
  const size = set.rows * set.cols;
  const x = tensor([count, 1, set.rows, set.cols]);
  const source = set.pixels.subarray(start * size, (start + count) * size);
  // Multiplying by a precomputed 1/255 differs from dividing by 255 in the last float32 bit for some
  // values; dividing keeps 255 -> exactly 1 and matches what other frameworks feed.
  for (let i = 0; i < source.length; i++) x.data[i] = source[i] / 255;
  return { x, labels: set.labels.slice(start, start + count) };
}
