// Two-dimensional convenience over the one-dimensional receptive-field mapping: a 2-D field is the
// product of a rows field and a cols field. Part of the engine: imports nothing outside src/engine.
import { resolvePair } from '../geometry.ts';
import type { Pair } from '../types.ts';
import { checkLayerList, inputWindowOf, outputsFedBy, type InputWindow, type OutputRange, type ReceptiveLayer } from './receptiveField.ts';

/** One conv or pool layer in 2-D; pairs are `[rows, cols]`; stride defaults to 1. */
export interface ReceptiveLayer2d {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
  ceilMode?: boolean;
}

/** Splits a 2-D chain into its rows chain and its cols chain. Throws EngineError (naming `op`) for a bad pair. */
export function splitLayers2d(op: string, layers: readonly ReceptiveLayer2d[]): [ReceptiveLayer[], ReceptiveLayer[]] {
  const rows: ReceptiveLayer[] = [];
  const cols: ReceptiveLayer[] = [];
  checkLayerList(op, layers);
  for (const layer of layers) {
    const [kh, kw] = resolvePair(op, 'kernel size', layer.kernelSize, 1);
    const [sh, sw] = resolvePair(op, 'stride', layer.stride ?? 1, 1);
    const [ph, pw] = resolvePair(op, 'padding', layer.padding ?? 0, 0);
    const [dh, dw] = resolvePair(op, 'dilation', layer.dilation ?? 1, 1);
    rows.push({ kernelSize: kh, stride: sh, padding: ph, dilation: dh, ceilMode: layer.ceilMode });
    cols.push({ kernelSize: kw, stride: sw, padding: pw, dilation: dw, ceilMode: layer.ceilMode });
  }
  return [rows, cols];
}

/**
 * Input window (rows x cols) of unit [row, col] of layer `layerIndex`: `inputWindowOf` per axis,
 * clipped to an input of `inputShape` [H, W] when given.
 */
export function inputWindowOf2d(
  layers: readonly ReceptiveLayer2d[],
  layerIndex: number,
  output: readonly [number, number],
  inputShape?: readonly [number, number],
): { rows: InputWindow; cols: InputWindow } {
  const [rows, cols] = splitLayers2d('inputWindowOf', layers);
  return {
    rows: inputWindowOf(rows, layerIndex, output[0], inputShape?.[0]),
    cols: inputWindowOf(cols, layerIndex, output[1], inputShape?.[1]),
  };
}

/**
 * Output units (rows x cols) of layer `layerIndex` fed by input pixel [row, col]: `outputsFedBy`
 * per axis, limited to the layer's outputs when `inputShape` [H, W] is given.
 */
export function outputsFedBy2d(
  layers: readonly ReceptiveLayer2d[],
  layerIndex: number,
  input: readonly [number, number],
  inputShape?: readonly [number, number],
): { rows: OutputRange; cols: OutputRange } {
  const [rows, cols] = splitLayers2d('outputsFedBy', layers);
  return {
    rows: outputsFedBy(rows, layerIndex, input[0], inputShape?.[0]),
    cols: outputsFedBy(cols, layerIndex, input[1], inputShape?.[1]),
  };
}
