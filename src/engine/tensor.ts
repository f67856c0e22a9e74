// Tensor: an immutable shape over a row-major Float32Array, and small shape helpers. Imports only EngineError.
import { EngineError } from './engineError.ts';

/** A dense row-major float32 array with a shape, e.g. `[N, C, H, W]`. */
export interface Tensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/** Product of the dimensions; 1 for a scalar shape `[]`. */
export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Writes a shape as `[2,3,4]` for messages and test names. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/**
 * Makes a tensor of `shape`: zeros when `data` is left out, else a float32 copy of `data`
 * (whose length must equal the product of the dimensions).
 */
export function tensor(shape: readonly number[], data?: ArrayLike<number>): Tensor {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new EngineError(
        `tensor: shape ${formatShape(shape)} has dimension ${d} (every dimension must be a whole number >= 0)`,
      );
    }
  }
  const size = shapeSize(shape);
  if (data !== undefined && data.length !== size) {
    throw new EngineError(
      `tensor: shape ${formatShape(shape)} holds ${size} numbers but ${data.length} were given (they must match)`,
    );
  }
  const values = data === undefined ? new Float32Array(size) : Float32Array.from(data);
  return { shape: [...shape], data: values };
}

/** Wraps an existing Float32Array without copying; internal use by ops that build their output. */
export function wrap(shape: readonly number[], data: Float32Array): Tensor {
  return { shape: [...shape], data };
}

/** Throws unless `t` has exactly `rank` dimensions; `what` names the argument, e.g. `x [N,C,H,W]`. */
export function checkRank(op: string, t: Tensor, rank: number, what: string): void {
  if (t.shape.length !== rank) {
    throw new EngineError(
      `${op}: ${what} must have ${rank} dimensions but has shape ${formatShape(t.shape)}`,
    );
  }
}
