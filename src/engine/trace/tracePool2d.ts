// Step traces of maxPool2d and avgPool2d for animation: every output position of one sample and one
// channel, with its window cells, and the max (which one) or the mean with its divisor.
// Part of the engine: imports nothing outside src/engine.
import { checkBoolean } from '../engineError.ts';
import { planAvgPool2d, windowDivisors } from '../ops/avgPool2d.ts';
import { checkSizes } from '../ops/convPlan.ts';
import { planPool2d, type Window2dPlan } from '../plan/planWindow2d.ts';
import { checkRank, type Tensor } from '../tensor.ts';
import type { AvgPool2dOptions, MaxPool2dOptions } from '../types.ts';
import { checkTraceSize, resolveSelection, type TracePlace, type TraceSelection, type TraceSizes } from './traceCommon.ts';

/** One cell of a pooling window, on the input or in the padding. */
export interface PoolTraceCell {
  /** Input row and column (outside the input in the padding or beyond it). */
  row: number;
  col: number;
  /** Window cell (a, b), a < KH, b < KW. */
  kernelRow: number;
  kernelCol: number;
  /** 'beyond' only for a ceil-mode window hanging past the padding. */
  place: TracePlace;
  /** x[n,c,row,col] on an input pixel; elsewhere -Infinity (max pooling) or 0 (average pooling). */
  value: number;
}

/** One output position of max pooling. */
export interface MaxPoolTraceStep {
  outRow: number;
  outCol: number;
  /** Input row and column of the window's top-left cell: outRow*SH - padTop, outCol*SW - padLeft. */
  rowStart: number;
  colStart: number;
  /** Cells row by row, left to right (PyTorch's scan order). */
  cells: PoolTraceCell[];
  /** Index in `cells` of the first maximum (the one that gets the gradient); -1 with no input cell. */
  argmax: number;
  /** The maximum: y[n,c,outRow,outCol] of maxPool2d. */
  output: number;
}

/** One output position of average pooling. */
export interface AvgPoolTraceStep {
  outRow: number;
  outCol: number;
  rowStart: number;
  colStart: number;
  cells: PoolTraceCell[];
  /** Sum of the input cells (float64). */
  sum: number;
  /** Cells counted: input and padding cells (countIncludePad) or input cells only; 0 with no input cell. */
  divisor: number;
  /** sum / divisor (0 when divisor is 0): y[n,c,outRow,outCol] of avgPool2d (up to float32 rounding). */
  output: number;
}

/** Fields both pooling traces share. */
interface PoolTraceBase extends TraceSizes<[number, number]> {
  channel: number;
  padding: [number, number];
  ceilMode: boolean;
}

/** Everything a widget needs to animate maxPool2d for one sample and one channel. */
export interface MaxPool2dTrace extends PoolTraceBase {
  op: 'maxPool2d';
  dilation: [number, number];
  steps: MaxPoolTraceStep[];
}

/** Everything a widget needs to animate avgPool2d for one sample and one channel. */
export interface AvgPool2dTrace extends PoolTraceBase {
  op: 'avgPool2d';
  countIncludePad: boolean;
  steps: AvgPoolTraceStep[];
}

/**
 * Traces maxPool2d(x, o) (x [N,C,H,W]) for one sample and channel: every window's cells and
 * output = max over the input cells, the first maximum in scan order winning (NaN wins, as in PyTorch).
 * Throws EngineError as maxPool2d does, for a sample or channel that does not exist, or for a trace
 * over TRACE_CELL_LIMIT cells.
 */
export function traceMaxPool2d(x: Tensor, o: MaxPool2dOptions, selection: TraceSelection = {}): MaxPool2dTrace {
  const op = 'traceMaxPool2d';
  const { plan, base, plane } = preparePool(op, x, selection, (h, w) => planPool2d(op, h, w, o));
  const steps = walkWindows(x, plan, plane, -Infinity).map(({ cells, ...at }): MaxPoolTraceStep => {
    let argmax = -1;
    cells.forEach((cell, index) => {
      if (cell.place !== 'input') return;
      const v = cell.value;
      if (argmax < 0 || v > cells[argmax].value || Number.isNaN(v)) argmax = index;
    });
    return { ...at, cells, argmax, output: argmax < 0 ? -Infinity : cells[argmax].value };
  });
  return { op: 'maxPool2d', ...base, dilation: [plan.rows.dilation, plan.cols.dilation], steps };
}

/**
 * Traces avgPool2d(x, o) (x [N,C,H,W]) for one sample and channel: every window's cells, their sum,
 * the divisor (the window's cells inside the padded input with countIncludePad, the default, else its
 * input cells) and output = sum / divisor. Throws EngineError as avgPool2d does, for a sample or
 * channel that does not exist, or for a trace over TRACE_CELL_LIMIT cells.
 */
export function traceAvgPool2d(x: Tensor, o: AvgPool2dOptions, selection: TraceSelection = {}): AvgPool2dTrace {
  const op = 'traceAvgPool2d';
  const { plan, base, plane } = preparePool(op, x, selection, (h, w) => planAvgPool2d(op, h, w, o));
  const countIncludePad = checkBoolean(op, 'countIncludePad', o.countIncludePad, true);
  // Why the op's own divisors: one rule for the numbers and their animation.
  const divisors = windowDivisors(plan, countIncludePad);
  const steps = walkWindows(x, plan, plane, 0).map(({ cells, ...at }, index): AvgPoolTraceStep => {
    let sum = 0;
    for (const cell of cells) if (cell.place === 'input') sum += cell.value;
    const divisor = divisors[index];
    return { ...at, cells, sum, divisor, output: divisor === 0 ? 0 : sum / divisor };
  });
  return { op: 'avgPool2d', ...base, countIncludePad, steps };
}

/** Checks x and the selection and plans the windows with `planFor` (given the input's height and width). */
function preparePool(
  op: string,
  x: Tensor,
  selection: TraceSelection,
  planFor: (height: number, width: number) => Window2dPlan,
): { plan: Window2dPlan; base: PoolTraceBase; plane: number } {
  checkRank(op, x, 4, 'x [N,C,H,W]');
  checkSizes(op, x, 'x', true);
  const [n, c, h, w] = x.shape;
  const plan = planFor(h, w);
  const { sample, channel } = resolveSelection(op, selection, n, c, 'channel');
  const { rows, cols } = plan;
  checkTraceSize(op, rows.outputSize * cols.outputSize * rows.kernelSize * cols.kernelSize);
  return {
    plan,
    plane: sample * c + channel,
    base: {
      sample,
      channel,
      inputSize: [h, w],
      kernelSize: [rows.kernelSize, cols.kernelSize],
      outputSize: [rows.outputSize, cols.outputSize],
      stride: [rows.stride, cols.stride],
      padding: [rows.padBefore, cols.padBefore],
      ceilMode: rows.ceilMode,
    },
  };
}

/** Every window of plane `plane` with its cells; cells off the input get `fill` as their value. */
function walkWindows(
  x: Tensor,
  plan: Window2dPlan,
  plane: number,
  fill: number,
): { outRow: number; outCol: number; rowStart: number; colStart: number; cells: PoolTraceCell[] }[] {
  const { rows, cols } = plan;
  const h = rows.inputSize;
  const w = cols.inputSize;
  const placeOf = (index: number, n: number, pad: number): TracePlace =>
    index >= 0 && index < n ? 'input' : index >= -pad && index < n + pad ? 'padding' : 'beyond';
  const windows = [];
  for (let i = 0; i < rows.outputSize; i++) {
    for (let j = 0; j < cols.outputSize; j++) {
      const rowStart = i * rows.stride - rows.padBefore;
      const colStart = j * cols.stride - cols.padBefore;
      const cells: PoolTraceCell[] = [];
      for (let a = 0; a < rows.kernelSize; a++) {
        const row = rowStart + a * rows.dilation;
        const rowPlace = placeOf(row, h, rows.padBefore);
        for (let b = 0; b < cols.kernelSize; b++) {
          const col = colStart + b * cols.dilation;
          const colPlace = placeOf(col, w, cols.padBefore);
          const place: TracePlace =
            rowPlace === 'beyond' || colPlace === 'beyond' ? 'beyond' : rowPlace === 'input' && colPlace === 'input' ? 'input' : 'padding';
          const value = place === 'input' ? x.data[(plane * h + row) * w + col] : fill;
          cells.push({ row, col, kernelRow: a, kernelCol: b, place, value });
        }
      }
      windows.push({ outRow: i, outCol: j, rowStart, colStart, cells });
    }
  }
  return windows;
}
