// Shared pieces of the step traces: where a window cell lands, which slice is traced, the size limit.
// Part of the engine: imports nothing outside src/engine.
import { check, checkOptions } from '../engineError.ts';

/**
 * Where a window cell lands: on an input pixel, in the padding, or (a ceil-mode pooling window
 * only) past the padding, where nothing is and nothing is counted.
 */
export type TracePlace = 'input' | 'padding' | 'beyond';

/** Which slice of a batch a trace follows; both default to 0. */
export interface TraceSelection {
  /** Sample n of the batch. */
  sample?: number;
  /** Output channel (conv, transposed conv) or channel (pooling). */
  channel?: number;
}

/**
 * The sizes every trace reports, per spatial dimension: `S` is `number` for 1-D traces and
 * `[rows, cols]` for 2-D ones. inputSize H, kernelSize K, outputSize O, stride S of the traced op.
 */
export interface TraceSizes<S> {
  /** The traced sample n of the batch. */
  sample: number;
  inputSize: S;
  kernelSize: S;
  outputSize: S;
  stride: S;
}

/** The channels of a convolution trace: the traced output channel and the input channels its group sums. */
export interface TraceChannels {
  outChannel: number;
  inChannels: number[];
}

/** Traces are for small examples a widget animates: at most this many cells in one trace. */
export const TRACE_CELL_LIMIT = 100_000;

/** Checks and returns `index` as an index into `count` things called `name` (e.g. 'sample'). */
export function checkIndex(op: string, name: string, index: number, count: number): number {
  check(
    Number.isInteger(index) && index >= 0 && index < count,
    op,
    `${name} ${index} does not exist (${name} must be a whole number from 0 to ${count - 1})`,
  );
  return index;
}

/** Throws unless a trace of `cells` window cells stays within TRACE_CELL_LIMIT. */
export function checkTraceSize(op: string, cells: number): void {
  check(
    cells <= TRACE_CELL_LIMIT,
    op,
    `the trace would hold ${cells} window cells (traces are for small examples: at most ${TRACE_CELL_LIMIT}; use the op itself for big tensors)`,
  );
}

/**
 * Checks a trace's selection (an object, or left out) against a batch of `batch` samples and
 * `channels` channels and returns the sample and channel it names, 0 for each left out.
 * `channelName` says what the channel is, e.g. 'output channel'.
 */
export function resolveSelection(
  op: string,
  selection: TraceSelection | undefined,
  batch: number,
  channels: number,
  channelName: string,
): { sample: number; channel: number } {
  checkOptions(op, selection, false, '{ sample: 0, channel: 1 }');
  return {
    sample: checkIndex(op, 'sample', selection?.sample ?? 0, batch),
    channel: checkIndex(op, channelName, selection?.channel ?? 0, channels),
  };
}
