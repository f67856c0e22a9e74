// Step trace of conv2d for animation: every output position of one sample and one output channel,
// with its window, kernel taps, products and sum. Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from '../kernels/convGeometry.ts';
import { checkBias, planConv2d } from '../ops/convPlan.ts';
import { planWindow2d } from '../plan/planWindow2d.ts';
import type { Tensor } from '../tensor.ts';
import type { Conv2dOptions } from '../types.ts';
import {
  checkTraceSize,
  resolveSelection,
  type TraceChannels,
  type TraceSelection,
  type TraceSizes,
} from './traceCommon.ts';

/** One kernel tap of one window: where it reads, what it multiplies. */
export interface ConvTraceTap {
  /** Input channel c. */
  channel: number;
  /** Input row and column read; outside 0..H-1 / 0..W-1 when the tap is in the padding. */
  row: number;
  col: number;
  /** Kernel tap (p, q). */
  kernelRow: number;
  kernelCol: number;
  place: 'input' | 'padding';
  /** x[n,c,row,col], 0 in the padding. */
  input: number;
  /** w[o,c',p,q] (c' = c's index within its group). */
  weight: number;
  /** input * weight. */
  product: number;
}

/** One output position: its window's taps and their sum. */
export interface ConvTraceStep {
  outRow: number;
  outCol: number;
  /** Input row and column of the window's top-left tap: outRow*SH - padTop, outCol*SW - padLeft. */
  rowStart: number;
  colStart: number;
  /** Taps ordered channel by channel, then row by row, left to right. */
  taps: ConvTraceTap[];
  /** Sum of the products (float64). */
  sum: number;
  /** b[o], 0 without a bias. */
  bias: number;
  /** sum + bias: y[n,o,outRow,outCol] of conv2d (up to float32 rounding). */
  output: number;
}

/** Everything a widget needs to animate conv2d for one sample and one output channel. */
export interface Conv2dTrace extends TraceSizes<[number, number]>, TraceChannels {
  op: 'conv2d';
  /** [DH, DW]. */
  dilation: [number, number];
  /** Zeros added on each side (after 'same' / 'full' are resolved). */
  padding: { top: number; bottom: number; left: number; right: number };
  /** One step per output position, row by row, left to right. */
  steps: ConvTraceStep[];
}

/**
 * Traces conv2d(x, w, b, o) for sample `selection.sample` and output channel `selection.channel`
 * (x [N,C,H,W], w [O,C/groups,KH,KW], b [O] or null): for every output position (i, j),
 * output = b[o] + sum over c in o's group, p, q of x[n, c, i*SH - padTop + p*DH, j*SW - padLeft + q*DW] * w[o, c', p, q].
 * Throws EngineError as conv2d does, for a sample or channel that does not exist, or for a trace
 * over TRACE_CELL_LIMIT taps.
 */
export function traceConv2d(
  x: Tensor,
  w: Tensor,
  b: Tensor | null = null,
  o: Conv2dOptions = {},
  selection: TraceSelection = {},
): Conv2dTrace {
  const op = 'traceConv2d';
  const g = planConv2d(op, x, w, o);
  checkBias(op, b, g.outChannels);
  const { rows, cols } = planWindow2d(op, g.inHeight, g.inWidth, {
    kernelSize: [g.kernelHeight, g.kernelWidth],
    stride: o.stride ?? 1,
    padding: o.padding ?? 0,
    dilation: o.dilation ?? 1,
  });
  const { sample, outChannel, inChannels, steps } = traceConvGeometry(op, x, w, b, g, selection);
  return {
    op: 'conv2d',
    sample,
    outChannel,
    inChannels,
    inputSize: [g.inHeight, g.inWidth],
    kernelSize: [g.kernelHeight, g.kernelWidth],
    outputSize: [g.outHeight, g.outWidth],
    stride: [g.strideH, g.strideW],
    dilation: [g.dilationH, g.dilationW],
    padding: { top: rows.padBefore, bottom: rows.padAfter, left: cols.padBefore, right: cols.padAfter },
    steps,
  };
}

/**
 * The steps of a planned convolution (shared with traceConv1d, which is a conv of height 1):
 * walks every output position of one sample and one output channel, reading every tap.
 */
export function traceConvGeometry(
  op: string,
  x: Tensor,
  w: Tensor,
  b: Tensor | null,
  g: ConvGeometry,
  selection: TraceSelection,
): { sample: number; outChannel: number; inChannels: number[]; steps: ConvTraceStep[] } {
  const { sample, channel: outChannel } = resolveSelection(op, selection, g.batch, g.outChannels, 'output channel');
  const groupIn = g.inChannels / g.groups;
  const groupOut = g.outChannels / g.groups;
  const firstIn = Math.floor(outChannel / groupOut) * groupIn;
  const inChannels = Array.from({ length: groupIn }, (_, c) => firstIn + c);
  const kernelTaps = groupIn * g.kernelHeight * g.kernelWidth;
  checkTraceSize(op, g.outHeight * g.outWidth * kernelTaps);
  const bias = b ? b.data[outChannel] : 0;
  const plane = g.inHeight * g.inWidth;
  const steps: ConvTraceStep[] = [];
  for (let i = 0; i < g.outHeight; i++) {
    for (let j = 0; j < g.outWidth; j++) {
      const rowStart = i * g.strideH - g.padTop;
      const colStart = j * g.strideW - g.padLeft;
      const taps: ConvTraceTap[] = [];
      let sum = 0;
      for (let c = 0; c < groupIn; c++) {
        const channel = firstIn + c;
        const channelBase = (sample * g.inChannels + channel) * plane;
        for (let p = 0; p < g.kernelHeight; p++) {
          const row = rowStart + p * g.dilationH;
          for (let q = 0; q < g.kernelWidth; q++) {
            const col = colStart + q * g.dilationW;
            const inside = row >= 0 && row < g.inHeight && col >= 0 && col < g.inWidth;
            const input = inside ? x.data[channelBase + row * g.inWidth + col] : 0;
            const weight = w.data[((outChannel * groupIn + c) * g.kernelHeight + p) * g.kernelWidth + q];
            const product = input * weight;
            sum += product;
            taps.push({ channel, row, col, kernelRow: p, kernelCol: q, place: inside ? 'input' : 'padding', input, weight, product });
          }
        }
      }
      steps.push({ outRow: i, outCol: j, rowStart, colStart, taps, sum, bias, output: sum + bias });
    }
  }
  return { sample, outChannel, inChannels, steps };
}
