// Pair and padding resolution shared by every conv/pool op and shape planner. Imports only EngineError.
import { EngineError } from './engineError.ts';
import type { Padding, Pair, PaddingWord } from './types.ts';

/**
 * Resolves a `Pair` (a number, or `[rows, cols]`) to `[rows, cols]`, checking each is a whole
 * number >= `min`. Anything else (left out, a string, a list of another length) throws EngineError.
 */
export function resolvePair(op: string, name: string, value: Pair, min: number): [number, number] {
  const pair: unknown[] | null =
    typeof value === 'number' ? [value, value] : Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : null;
  if (pair === null) {
    throw new EngineError(
      `${op}: ${name} ${shownPair(value)} is not allowed (${name} must be a whole number >= ${min} or a pair [rows, cols] of them)`,
    );
  }
  for (const v of pair) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
      throw new EngineError(
        `${op}: ${name} ${formatPair(value)} is not allowed (${name} must be a whole number >= ${min})`,
      );
    }
  }
  return pair as [number, number];
}

/** A value that is not a pair as a message shows it: lists and strings as JSON, the rest as String. */
function shownPair(value: unknown): string {
  return Array.isArray(value) || typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Writes a pair as `3` or `3x2` for messages. */
export function formatPair(value: Pair | number[]): string {
  if (typeof value === 'number') return String(value);
  return value[0] === value[1] ? String(value[0]) : `${value[0]}x${value[1]}`;
}

/** Zeros added before (top/left) and after (bottom/right) one spatial dimension. */
export interface SidePadding {
  before: number;
  after: number;
}

/**
 * Padding of one dimension of length `n` for a kernel of `k` taps, stride `s`, dilation `d`.
 * - a number p: p on each side
 * - 'valid': 0
 * - 'same': total P = max((ceil(n/s) - 1)*s + d*(k-1) + 1 - n, 0), floor(P/2) before, the rest after
 * - 'full': d*(k-1) on each side
 */
export function resolveSidePadding(
  op: string,
  padding: number | PaddingWord,
  n: number,
  k: number,
  s: number,
  d: number,
): SidePadding {
  if (padding === 'valid') return { before: 0, after: 0 };
  if (padding === 'full') return { before: d * (k - 1), after: d * (k - 1) };
  if (padding === 'same') {
    const out = Math.ceil(n / s);
    const total = Math.max((out - 1) * s + d * (k - 1) + 1 - n, 0);
    const before = Math.floor(total / 2);
    return { before, after: total - before };
  }
  if (typeof padding !== 'number' || !Number.isInteger(padding) || padding < 0) {
    throw new EngineError(
      `${op}: padding ${String(padding)} is not allowed (padding must be a whole number >= 0, or 'valid', 'same' or 'full')`,
    );
  }
  return { before: padding, after: padding };
}

/** Splits a 2-D `Padding` into the per-dimension values `resolveSidePadding` takes. */
export function splitPadding(op: string, padding: Padding): [number | PaddingWord, number | PaddingWord] {
  if (padding === 'valid' || padding === 'same' || padding === 'full') return [padding, padding];
  if (typeof padding === 'number') return [padding, padding];
  if (Array.isArray(padding) && padding.length === 2) return [padding[0], padding[1]];
  throw new EngineError(
    `${op}: padding ${String(padding)} is not allowed (use a number, [rows, cols], 'valid', 'same' or 'full')`,
  );
}
