// Step trace of conv1d for animation: every output position of one sample and one output channel,
// with its window, kernel taps, products and sum. Part of the engine: imports nothing outside src/engine.
import { checkBias, planConv1d } from '../ops/convPlan.ts';
import { planAxis } from '../plan/outputSize.ts';
import type { Tensor } from '../tensor.ts';
import type { Conv1dOptions } from '../types.ts';
import type { TraceChannels, TraceSelection, TraceSizes } from './traceCommon.ts';
import { traceConvGeometry } from './traceConv2d.ts';

/** One kernel tap of a 1-D window, with its input position and product. */
export interface Conv1dTraceTap {
  /** Input channel c. */
  channel: number;
  /** Input position read; outside 0..L-1 when the tap is in the padding. */
  index: number;
  /** Kernel tap p. */
  kernelIndex: number;
  place: 'input' | 'padding';
  /** x[n,c,index], 0 in the padding. */
  input: number;
  /** w[o,c',p]. */
  weight: number;
  product: number;
}

/** One output position of conv1d. */
export interface Conv1dTraceStep {
  outIndex: number;
  /** Input position of the window's first tap: outIndex*S - padBefore. */
  start: number;
  /** Taps ordered channel by channel, then left to right. */
  taps: Conv1dTraceTap[];
  /** Sum of the products (float64). */
  sum: number;
  bias: number;
  /** sum + bias: y[n,o,outIndex] of conv1d (up to float32 rounding). */
  output: number;
}

/** Everything a widget needs to animate conv1d for one sample and one output channel. */
export interface Conv1dTrace extends TraceSizes<number>, TraceChannels {
  op: 'conv1d';
  /** D. */
  dilation: number;
  /** Zeros added before and after (after 'same' / 'full' are resolved). */
  padding: { before: number; after: number };
  steps: Conv1dTraceStep[];
}

/**
 * Traces conv1d(x, w, b, o) for one sample and output channel (x [N,C,L], w [O,C/groups,K], b [O] or null):
 * output[i] = b[o] + sum over c in o's group, p of x[n, c, i*S - padBefore + p*D] * w[o, c', p].
 * Throws EngineError as conv1d does, for a sample or channel that does not exist, or for a trace
 * over TRACE_CELL_LIMIT taps.
 */
export function traceConv1d(
  x: Tensor,
  w: Tensor,
  b: Tensor | null = null,
  o: Conv1dOptions = {},
  selection: TraceSelection = {},
): Conv1dTrace {
  const op = 'traceConv1d';
  const g = planConv1d(op, x, w, o);
  checkBias(op, b, g.outChannels);
  const axis = planAxis(op, g.inWidth, { kernelSize: g.kernelWidth, stride: o.stride ?? 1, padding: o.padding ?? 0, dilation: o.dilation ?? 1 });
  const traced = traceConvGeometry(op, x, w, b, g, selection);
  return {
    op: 'conv1d',
    sample: traced.sample,
    outChannel: traced.outChannel,
    inChannels: traced.inChannels,
    inputSize: g.inWidth,
    kernelSize: g.kernelWidth,
    outputSize: g.outWidth,
    stride: g.strideW,
    dilation: g.dilationW,
    padding: { before: axis.padBefore, after: axis.padAfter },
    steps: traced.steps.map((step) => ({
      outIndex: step.outCol,
      start: step.colStart,
      taps: step.taps.map((t) => ({
        channel: t.channel,
        index: t.col,
        kernelIndex: t.kernelCol,
        place: t.place,
        input: t.input,
        weight: t.weight,
        product: t.product,
      })),
      sum: step.sum,
      bias: step.bias,
      output: step.output,
    })),
  };
}
