// The model of sparse-vs-dense: params -> output count, parameter counts of the three modes, and
// which neurons a picked neuron is connected to (its receptive field, or the outputs it feeds).
// Pure; receptive fields come from the engine. Tested without a DOM.
import { convOutputSize, inputWindowOf, outputsFedBy } from '../../engine/index.ts';
import type { ParamValues } from '../../state/paramTable.ts';
import { INPUTS_RANGE, KERNEL_RANGE, SPARSE_DEFAULTS, SPARSE_MODES, type SparseMode, type SparseVsDenseParams } from './paramLimits.ts';

/** A whole number in [low, high] from `value`, or `fallback` when it is not a finite number. */
function wholeIn(value: unknown, low: number, high: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(high, Math.max(low, Math.round(value))) : fallback;
}

/** True for one of the three mode words. */
export function isSparseMode(value: unknown): value is SparseMode {
  return typeof value === 'string' && (SPARSE_MODES as readonly string[]).includes(value);
}

/** The params from a widget's values, defensively: missing or mistyped values take the defaults; k is kept <= n. */
export function readParams(values: ParamValues): SparseVsDenseParams {
  const inputs = wholeIn(values.inputs, INPUTS_RANGE.min, INPUTS_RANGE.max, SPARSE_DEFAULTS.inputs);
  return {
    inputs,
    kernel: wholeIn(values.kernel, KERNEL_RANGE.min, inputs, Math.min(SPARSE_DEFAULTS.kernel, inputs)),
    mode: isSparseMode(values.mode) ? values.mode : SPARSE_DEFAULTS.mode,
  };
}

/** Outputs of the layer: n - k + 1 (valid borders, stride 1), by the engine's convOutputSize. */
export function outputCount(inputs: number, kernel: number): number {
  return convOutputSize(inputs, { kernelSize: kernel, padding: 'valid' });
}

/** A layer's parameters: weights, biases and their sum. */
export interface ParameterCount {
  weights: number;
  biases: number;
  total: number;
}

/**
 * Parameters of the layer with n inputs and kernel width k, m = n - k + 1 outputs, one bias per
 * output in dense and local mode (untied biases), one shared bias in conv mode:
 * dense n*m + m; local k*m + m; conv k + 1.
 */
export function parameterCounts(inputs: number, kernel: number): Record<SparseMode, ParameterCount> {
  const m = outputCount(inputs, kernel);
  const count = (weights: number, biases: number): ParameterCount => ({ weights, biases, total: weights + biases });
  return { dense: count(inputs * m, m), local: count(kernel * m, m), conv: count(kernel, 1) };
}

/** A range of neurons of one row, 0-based, `last` inclusive. */
export interface NeuronRange {
  first: number;
  last: number;
  count: number;
}

/** The neuron picked: a row and a 0-based index. */
export interface NeuronSelection {
  row: 'input' | 'output';
  index: number;
}

/** The one conv layer of the graph, as the engine's receptive-field functions read it. */
function layerChain(kernel: number) {
  return [{ kernelSize: kernel }];
}

/** The inputs output `j` sees: all n in dense mode, x_j..x_{j+k-1} otherwise (engine: inputWindowOf). */
export function receptiveFieldOf(params: SparseVsDenseParams, j: number): NeuronRange {
  if (params.mode === 'dense') return { first: 0, last: params.inputs - 1, count: params.inputs };
  const window = inputWindowOf(layerChain(params.kernel), 0, j, params.inputs).clipped;
  return { first: window.start, last: window.end - 1, count: window.size };
}

/** The outputs input `i` feeds: all m in dense mode, y_{max(1, i-k+1)}..y_{min(i, m)} otherwise (engine: outputsFedBy). */
export function outputsFedByInput(params: SparseVsDenseParams, i: number): NeuronRange {
  const m = outputCount(params.inputs, params.kernel);
  if (params.mode === 'dense') return { first: 0, last: m - 1, count: m };
  const range = outputsFedBy(layerChain(params.kernel), 0, i, params.inputs);
  return { first: range.first, last: range.last, count: range.count };
}

/** Whether `selection` names a neuron that exists for `params`. */
export function selectionExists(params: SparseVsDenseParams, selection: NeuronSelection | null): selection is NeuronSelection {
  if (!selection || !Number.isInteger(selection.index) || selection.index < 0) return false;
  const count = selection.row === 'input' ? params.inputs : outputCount(params.inputs, params.kernel);
  return selection.index < count;
}

/** What lights up for a picked neuron: the inputs and outputs connected to it (itself included). */
export interface Connections {
  inputs: NeuronRange;
  outputs: NeuronRange;
}

/** The neurons connected to `selection`, or null when nothing (or a neuron that does not exist) is picked. */
export function connectionsOf(params: SparseVsDenseParams, selection: NeuronSelection | null): Connections | null {
  if (!selectionExists(params, selection)) return null;
  const self = { first: selection.index, last: selection.index, count: 1 };
  return selection.row === 'output'
    ? { inputs: receptiveFieldOf(params, selection.index), outputs: self }
    : { inputs: self, outputs: outputsFedByInput(params, selection.index) };
}

/** Whether `index` lies in `range`. */
export function inRange(range: NeuronRange, index: number): boolean {
  return index >= range.first && index <= range.last;
}
