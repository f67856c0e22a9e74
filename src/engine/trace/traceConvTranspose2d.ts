// Step trace of convTranspose2d for animation, taught as a scatter: each input pixel adds a copy of
// the kernel, scaled by its value, into the output at stride steps. Part of the engine: imports nothing outside src/engine.
import { checkBias } from '../ops/convPlan.ts';
import { planConvTranspose2d } from '../ops/convTranspose2d.ts';
import type { Tensor } from '../tensor.ts';
import type { ConvTranspose2dOptions } from '../types.ts';
import {
  checkTraceSize,
  resolveSelection,
  type TraceChannels,
  type TraceSelection,
  type TraceSizes,
} from './traceCommon.ts';

/** One kernel-weighted value an input pixel writes. */
export interface ScatterWrite {
  /** Kernel tap (p, q). */
  kernelRow: number;
  kernelCol: number;
  /** w[c, o', p, q] (o' = o's index within its group). */
  weight: number;
  /** Output row and column written: row*SH - padTop + p*DH, col*SW - padLeft + q*DW. */
  outRow: number;
  outCol: number;
  /** input * weight. */
  product: number;
  /** False when (outRow, outCol) falls outside the output: padding crops it away. */
  kept: boolean;
}

/** One input pixel of one input channel scattering its copy of the kernel. */
export interface ScatterStep {
  /** Input channel c. */
  channel: number;
  /** Input row and column. */
  row: number;
  col: number;
  /** x[n,c,row,col]. */
  input: number;
  /** Output row and column of the copy's top-left tap: row*SH - padTop, col*SW - padLeft. */
  outRowStart: number;
  outColStart: number;
  /** One write per kernel tap, row by row, left to right. */
  writes: ScatterWrite[];
}

/** Everything a widget needs to animate convTranspose2d for one sample and one output channel. */
export interface ConvTranspose2dTrace extends TraceSizes<[number, number]>, TraceChannels {
  op: 'convTranspose2d';
  /** [DH, DW], padding [PH, PW] cropped per side, outputPadding [AH, AW]; inChannels scatter into outChannel. */
  dilation: [number, number];
  padding: [number, number];
  outputPadding: [number, number];
  /** b[o], 0 without a bias. */
  bias: number;
  /** Input channel by channel, row by row, left to right. */
  steps: ScatterStep[];
  /** The finished output plane [OH*OW], row-major: bias + the sum of every kept write at each position. */
  output: number[];
}

/**
 * Traces convTranspose2d(x, w, b, o) (x [N,Cin,H,W], w [Cin,O/groups,KH,KW], b [O] or null) for one
 * sample and output channel o as a scatter: input pixel (c, i, j) adds x[n,c,i,j] * w[c,o',p,q] at
 * output (i*SH - PH + p*DH, j*SW - PW + q*DW); OH = (H-1)*SH - 2*PH + DH*(KH-1) + AH + 1.
 * Throws EngineError as convTranspose2d does, for a sample or channel that does not exist, or for a
 * trace over TRACE_CELL_LIMIT writes.
 */
export function traceConvTranspose2d(
  x: Tensor,
  w: Tensor,
  b: Tensor | null = null,
  o: ConvTranspose2dOptions = {},
  selection: TraceSelection = {},
): ConvTranspose2dTrace {
  const op = 'traceConvTranspose2d';
  const g = planConvTranspose2d(op, x, w, o);
  // Named as the transposed convolution sees them: x [N,Cin,H,W] in, [N,O,OH,OW] out.
  const { batch, groups, kernelHeight: kh, kernelWidth: kw } = g;
  const [channels, h, wd] = [g.outChannels, g.outHeight, g.outWidth];
  const [outChannels, oh, ow] = [g.inChannels, g.inHeight, g.inWidth];
  const [sh, sw, ph, pw, dh, dw] = [g.strideH, g.strideW, g.padTop, g.padLeft, g.dilationH, g.dilationW];
  const groupOut = outChannels / groups;
  // Why derived: the output padding is what the output size adds beyond the plain formula.
  const ah = oh - ((h - 1) * sh - 2 * ph + dh * (kh - 1) + 1);
  const aw = ow - ((wd - 1) * sw - 2 * pw + dw * (kw - 1) + 1);
  checkBias(op, b, outChannels);
  const { sample, channel: outChannel } = resolveSelection(op, selection, batch, outChannels, 'output channel');
  const groupIn = channels / groups;
  const group = Math.floor(outChannel / groupOut);
  const inChannels = Array.from({ length: groupIn }, (_, c) => group * groupIn + c);
  checkTraceSize(op, groupIn * h * wd * kh * kw);
  const bias = b ? b.data[outChannel] : 0;
  const output = new Array<number>(oh * ow).fill(bias);
  const steps: ScatterStep[] = [];
  for (const channel of inChannels) {
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < wd; j++) {
        const input = x.data[((sample * channels + channel) * h + i) * wd + j];
        const outRowStart = i * sh - ph;
        const outColStart = j * sw - pw;
        const writes: ScatterWrite[] = [];
        for (let p = 0; p < kh; p++) {
          const outRow = outRowStart + p * dh;
          for (let q = 0; q < kw; q++) {
            const outCol = outColStart + q * dw;
            const weight = w.data[((channel * groupOut + (outChannel - group * groupOut)) * kh + p) * kw + q];
            const product = input * weight;
            const kept = outRow >= 0 && outRow < oh && outCol >= 0 && outCol < ow;
            if (kept) output[outRow * ow + outCol] += product;
            writes.push({ kernelRow: p, kernelCol: q, weight, outRow, outCol, product, kept });
          }
        }
        steps.push({ channel, row: i, col: j, input, outRowStart, outColStart, writes });
      }
    }
  }
  return {
    op: 'convTranspose2d',
    sample,
    outChannel,
    inChannels,
    inputSize: [h, wd],
    kernelSize: [kh, kw],
    outputSize: [oh, ow],
    stride: [sh, sw],
    dilation: [dh, dw],
    padding: [ph, pw],
    outputPadding: [ah, aw],
    bias,
    steps,
    output,
  };
}
