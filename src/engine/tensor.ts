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

/**
 * The most numbers one tensor or buffer of the engine may hold: 2**28 = 268,435,456 float32 values,
 * 1 GiB. Why a limit: a typo such as padding 1e6 would otherwise ask the browser tab for terabytes
 * and crash it (or throw a bare RangeError); checked once per call, before anything is allocated.
 */
export const ELEMENT_LIMIT = 2 ** 28;

/**
 * Throws EngineError unless a tensor of `shape` holds at most ELEMENT_LIMIT numbers; `what` names
 * it (e.g. `the output`), `advice` says what to make smaller.
 */
export function checkElementCount(op: string, what: string, shape: readonly number[], advice: string): void {
  const size = shapeSize(shape);
  if (size > ELEMENT_LIMIT) {
    throw new EngineError(
      `${op}: ${what} ${formatShape(shape)} would hold ${size.toExponential(1).replace('+', '')} numbers, more than the ${groupThousands(ELEMENT_LIMIT)} the engine allows (${advice})`,
    );
  }
}

/** 268435456 -> `268,435,456` (the same on every machine, unlike toLocaleString). */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
  // Why through unknown: a caller outside TypeScript may pass anything, and narrowing `shape` here would make it any[].
  const given: unknown = shape;
  if (!Array.isArray(given)) {
    throw new EngineError(
      `tensor: shape ${String(shape)} is not a list of dimensions (give the shape as an array, e.g. tensor([2, 3]))`,
    );
  }
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) {
      throw new EngineError(
        `tensor: shape ${formatShape(shape)} has dimension ${d} (every dimension must be a whole number >= 0)`,
      );
    }
  }
  checkElementCount('tensor', 'shape', shape, 'use a smaller shape');
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
