// Receptive fields of a chain of conv/pool layers along one spatial dimension, and the mapping both
// ways: an output unit's input window, and the output units an input pixel feeds.
// Part of the engine: imports nothing outside src/engine.
import { check, EngineError } from '../engineError.ts';
import { planAxis } from './outputSize.ts';

/** One conv or pool layer along one dimension. Stride defaults to 1: give a pool's stride explicitly. */
export interface ReceptiveLayer {
  kernelSize: number;
  stride?: number;
  /** Zeros per side, p >= 0; default 0. */
  padding?: number;
  dilation?: number;
  /** Pooling's ceil mode; only changes the layer's output length (see `inputWindowOf` with inputSize). */
  ceilMode?: boolean;
}

/** The receptive field of the units of one layer, in input pixels. */
export interface ReceptiveFieldEntry {
  /** Extent of the field: input pixels from the first to the last one a unit can see (gaps included). */
  size: number;
  /** Distance in input pixels between the fields of neighbouring units. */
  jump: number;
  /** Input index of the first pixel covered by unit 0 (negative inside padding). */
  start: number;
}

/** The input window of one output unit, on the padded grid and clipped to the real input. */
export interface InputWindow {
  /** First input index of the receptive field (negative inside padding): start_L + u*jump_L. */
  start: number;
  /** Exclusive end: start + size. */
  end: number;
  /** Inclusive end: end - 1. */
  last: number;
  /** size_L, the receptive field's extent. */
  size: number;
  /**
   * The input pixels that really reach the unit: the window followed down layer by layer, clipped at
   * every layer to the units that exist (padding and pixels a layer's floor dropped are left out).
   * Inside [start, end) and inside [0, inputSize); `end` exclusive; size 0 when nothing reaches it.
   */
  clipped: { start: number; end: number; size: number };
  /** Positions of [start, end) before the input (index < 0). */
  paddingBefore: number;
  /** Positions of [start, end) after the input (index >= inputSize); 0 when inputSize is not given. */
  paddingAfter: number;
}

/** A range of output units of one layer; `end` is exclusive, `last` inclusive; empty when count is 0. */
export interface OutputRange {
  first: number;
  last: number;
  end: number;
  count: number;
}

const OP = 'receptiveField';

/**
 * Receptive field after each layer of a chain, one entry per layer (entry i is for the outputs of layer i):
 * size_i = size_{i-1} + d*(k-1)*jump_{i-1}; jump_i = jump_{i-1}*s; start_i = start_{i-1} - p*jump_{i-1},
 * starting from the input itself (size 1, jump 1, start 0).
 * Throws EngineError for an empty chain or a bad layer value.
 */
export function receptiveField(layers: readonly ReceptiveLayer[]): ReceptiveFieldEntry[] {
  return fieldsOf(OP, layers);
}

/**
 * Throws EngineError unless `layers` is a non-empty array of objects (a layer chain, 1-D or 2-D);
 * the values inside each layer are checked where they are used.
 */
export function checkLayerList(op: string, layers: unknown): void {
  check(
    Array.isArray(layers),
    op,
    `layers ${String(layers)} are not a list (give an array of layers, e.g. [{ kernelSize: 3 }, { kernelSize: 2, stride: 2 }])`,
  );
  check(layers.length > 0, op, 'the layer chain is empty (give at least one layer)');
  layers.forEach((layer: unknown, i) => {
    check(
      typeof layer === 'object' && layer !== null,
      op,
      `layer ${i} is ${String(layer)} (each layer is an object such as { kernelSize: 3, stride: 1 })`,
    );
  });
}

function fieldsOf(op: string, layers: readonly ReceptiveLayer[]): ReceptiveFieldEntry[] {
  checkLayerList(op, layers);
  let size = 1;
  let jump = 1;
  let start = 0;
  return layers.map((layer, i) => {
    const k = layer.kernelSize;
    const s = layer.stride ?? 1;
    const p = layer.padding ?? 0;
    const d = layer.dilation ?? 1;
    checkLayerValue(op, i, 'kernel size', k, 1);
    checkLayerValue(op, i, 'stride', s, 1);
    checkLayerValue(op, i, 'padding', p, 0);
    checkLayerValue(op, i, 'dilation', d, 1);
    start -= p * jump;
    size += d * (k - 1) * jump;
    jump *= s;
    return { size, jump, start };
  });
}

function checkLayerValue(op: string, index: number, name: string, value: number, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new EngineError(`${op}: layer ${index} has ${name} ${String(value)} (${name} must be a whole number >= ${min})`);
  }
}

/**
 * Output length of every layer of the chain for an input of `inputSize` pixels
 * (out_i = floor((out_{i-1} + 2p - d*(k-1) - 1)/s) + 1, see convOutputSize). Throws EngineError
 * naming `op` and the layer where the signal no longer fits.
 */
export function chainOutputSizes(op: string, layers: readonly ReceptiveLayer[], inputSize: number): number[] {
  fieldsOf(op, layers);
  const sizes: number[] = [];
  let n = inputSize;
  layers.forEach((layer, i) => {
    try {
      n = planAxis(op, n, { ...layer, padding: layer.padding ?? 0 }).outputSize;
    } catch (e) {
      if (e instanceof EngineError) throw new EngineError(`${e.message} (at layer ${i})`);
      throw e;
    }
    sizes.push(n);
  });
  return sizes;
}

function checkLayerIndex(op: string, layers: readonly ReceptiveLayer[], layerIndex: number): void {
  check(
    Number.isInteger(layerIndex) && layerIndex >= 0 && layerIndex < layers.length,
    op,
    `layer index ${layerIndex} is not in the chain (it must be a whole number from 0 to ${layers.length - 1})`,
  );
}

/**
 * Input window of unit `outputIndex` of layer `layerIndex` (0-based): on the padded grid
 * start = start_L + outputIndex*jump_L and end = start + size_L (exclusive); `clipped` follows the
 * window down the chain, at layer l keeping lower units max(a*s - p, 0) .. min(b*s - p + d*(k-1), out_{l-1} - 1),
 * so it holds exactly the pixels that feed the unit when the chain has no gaps (dilation 1, stride <= kernel).
 * Without `inputSize` only the start is clipped (at 0). With it, outputIndex must be < that layer's output length.
 * Throws EngineError for an index outside the chain or the layer's outputs.
 */
export function inputWindowOf(
  layers: readonly ReceptiveLayer[],
  layerIndex: number,
  outputIndex: number,
  inputSize?: number,
): InputWindow {
  const op = 'inputWindowOf';
  const fields = fieldsOf(op, layers);
  checkLayerIndex(op, layers, layerIndex);
  const limits = layerLimits(op, layers, inputSize);
  const count = limits[layerIndex + 1];
  check(
    Number.isInteger(outputIndex) && outputIndex >= 0 && outputIndex < count,
    op,
    `output index ${outputIndex} is not an output of layer ${layerIndex} (it must be a whole number from 0` +
      (count === Infinity ? ')' : ` to ${count - 1})`),
  );
  const { size, jump, start: first } = fields[layerIndex];
  const start = first + outputIndex * jump;
  const end = start + size;
  const n = limits[0];
  const [lo, hi] = clippedWindow(layers, limits, layerIndex, outputIndex);
  return {
    start,
    end,
    last: end - 1,
    size,
    clipped: { start: lo, end: hi, size: hi - lo },
    paddingBefore: Math.max(Math.min(end, 0) - start, 0),
    paddingAfter: Math.max(end - Math.max(start, n), 0),
  };
}

/**
 * Output units of layer `layerIndex` whose clipped input window (see `inputWindowOf`) holds input
 * pixel `inputIndex`: a contiguous range, because both ends of the clipped window grow with the unit.
 * Among first = ceil((i - start_L - size_L + 1) / jump_L) .. last = floor((i - start_L) / jump_L)
 * (the units whose receptive field covers i), limited to the layer's outputs. Empty (count 0) for a
 * pixel no unit sees. Throws EngineError for an index outside the chain or the input.
 */
export function outputsFedBy(
  layers: readonly ReceptiveLayer[],
  layerIndex: number,
  inputIndex: number,
  inputSize?: number,
): OutputRange {
  const op = 'outputsFedBy';
  const fields = fieldsOf(op, layers);
  checkLayerIndex(op, layers, layerIndex);
  const limits = layerLimits(op, layers, inputSize);
  check(
    Number.isInteger(inputIndex) && inputIndex >= 0 && inputIndex < limits[0],
    op,
    `input index ${inputIndex} is not an input pixel (it must be a whole number from 0` +
      (inputSize === undefined ? ')' : ` to ${limits[0] - 1})`),
  );
  const { size, jump, start } = fields[layerIndex];
  const from = Math.max(Math.ceil((inputIndex - start - size + 1) / jump), 0);
  const to = Math.min(Math.floor((inputIndex - start) / jump), limits[layerIndex + 1] - 1);
  let first = -1;
  let last = -2;
  for (let u = from; u <= to; u++) {
    const [lo, hi] = clippedWindow(layers, limits, layerIndex, u);
    if (inputIndex >= lo && inputIndex < hi) {
      if (first < 0) first = u;
      last = u;
    }
  }
  if (first < 0) return { first: from, last: from - 1, end: from, count: 0 };
  return { first, last, end: last + 1, count: last - first + 1 };
}

/** [input length, out_0, out_1, ...]: how many units each level has (all Infinity without inputSize). */
function layerLimits(op: string, layers: readonly ReceptiveLayer[], inputSize: number | undefined): number[] {
  if (inputSize === undefined) return new Array<number>(layers.length + 1).fill(Infinity);
  return [inputSize, ...chainOutputSizes(op, layers, inputSize)];
}

/**
 * Input range [lo, hi) that really feeds unit u of layer `layer`: walks down the chain, at each layer
 * mapping units a..b to lower units max(a*s - p, 0) .. min(b*s - p + d*(k-1), limit - 1).
 * Why clip at every layer: a lower unit outside 0..limit-1 is padding, so it carries no pixel.
 */
function clippedWindow(layers: readonly ReceptiveLayer[], limits: readonly number[], layer: number, u: number): [number, number] {
  let a = u;
  let b = u;
  for (let l = layer; l >= 0; l--) {
    const { kernelSize: k, stride: s = 1, padding: p = 0, dilation: d = 1 } = layers[l];
    a = Math.max(a * s - p, 0);
    b = Math.min(b * s - p + d * (k - 1), limits[l] - 1);
    if (a > b) return [0, 0];
  }
  return [a, b + 1];
}
