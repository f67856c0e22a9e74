// Average pooling over NCHW tensors (PyTorch's avg_pool2d) and its backward pass.
// Part of the engine: imports nothing outside src/engine.
import { check, checkBoolean, checkOptions } from '../engineError.ts';
import { formatPair } from '../geometry.ts';
import { planPool2d, type Window2dPlan } from '../plan/planWindow2d.ts';
import { checkRank, wrap, type Tensor } from '../tensor.ts';
import type { AvgPool2dOptions, Pair } from '../types.ts';
import { checkGradient, checkSizes } from './convPlan.ts';
import { poolAxisWindows } from './poolWindows.ts';

const OP = 'avgPool2d';
const OP_BACKWARD = 'avgPool2dBackward';

/**
 * Average pooling: x [N,C,H,W] -> [N,C,OH,OW] with
 * y[n,c,i,j] = (sum of x over the window's input pixels) / divisor, where the window is
 * rows i*SH - PH .. i*SH - PH + KH - 1 and cols j*SW - PW .. j*SW - PW + KW - 1, and
 * divisor = the window's size counting the padding (countIncludePad, the default) or only the
 * input pixels it covers. Stride defaults to kernelSize, padding to 0 (at most half the kernel);
 * OH = floor((H + 2*PH - KH)/SH) + 1 (ceil with ceilMode). As in PyTorch, the part of a ceil-mode
 * window past the padding is never counted. Average pooling has no dilation (PyTorch's neither):
 * a `dilation` other than 1 throws EngineError.
 */
export function avgPool2d(x: Tensor, o: AvgPool2dOptions): Tensor {
  const plan = planInput(OP, x, o);
  const [n, c, h, w] = x.shape;
  const oh = plan.rows.outputSize;
  const ow = plan.cols.outputSize;
  const src = x.data;
  const out = new Float32Array(n * c * oh * ow);
  const divisors = windowDivisors(plan, checkBoolean(OP, 'countIncludePad', o.countIncludePad, true));
  const rows = poolAxisWindows(plan.rows);
  const cols = poolAxisWindows(plan.cols);
  let outIndex = 0;
  for (let p = 0; p < n * c; p++) {
    const base = p * h * w;
    for (let i = 0; i < oh; i++) {
      const r0 = rows.first[i];
      const r1 = rows.end[i];
      for (let j = 0; j < ow; j++) {
        const c0 = cols.first[j];
        const c1 = cols.end[j];
        // Why: a float64 sum, rounded once to float32, keeps the mean as exact as float32 allows.
        let sum = 0;
        for (let r = r0; r < r1; r++) {
          const rowBase = base + r * w;
          for (let col = c0; col < c1; col++) sum += src[rowBase + col];
        }
        const divisor = divisors[i * ow + j];
        out[outIndex++] = divisor > 0 ? sum / divisor : 0;
      }
    }
  }
  return wrap([n, c, oh, ow], out);
}

/**
 * Gradient of sum(avgPool2d(x, o) * dy) with respect to x: dx [N,C,H,W], same shape as x, with
 * dx[n,c,r,q] = sum over the windows (i,j) holding pixel (r,q) of dy[n,c,i,j] / divisor(i,j),
 * for dy [N,C,OH,OW].
 */
export function avgPool2dBackward(x: Tensor, dy: Tensor, o: AvgPool2dOptions): Tensor {
  const plan = planInput(OP_BACKWARD, x, o);
  checkRank(OP_BACKWARD, dy, 4, 'dy [N,C,OH,OW]');
  const [n, c, h, w] = x.shape;
  const oh = plan.rows.outputSize;
  const ow = plan.cols.outputSize;
  checkGradient(OP_BACKWARD, dy, [n, c, oh, ow], OP);
  const dyData = dy.data;
  const dx = new Float32Array(x.data.length);
  const divisors = windowDivisors(plan, checkBoolean(OP_BACKWARD, 'countIncludePad', o.countIncludePad, true));
  const rows = poolAxisWindows(plan.rows);
  const cols = poolAxisWindows(plan.cols);
  let outIndex = 0;
  for (let p = 0; p < n * c; p++) {
    const base = p * h * w;
    for (let i = 0; i < oh; i++) {
      const r0 = rows.first[i];
      const r1 = rows.end[i];
      for (let j = 0; j < ow; j++) {
        const divisor = divisors[i * ow + j];
        const share = divisor > 0 ? dyData[outIndex] / divisor : 0;
        outIndex++;
        const c0 = cols.first[j];
        const c1 = cols.end[j];
        for (let r = r0; r < r1; r++) {
          const rowBase = base + r * w;
          for (let col = c0; col < c1; col++) dx[rowBase + col] += share;
        }
      }
    }
  }
  return wrap(x.shape, dx);
}

/**
 * Divisor of every window (i,j) of a plane, row-major [OH*OW]: the padded window size when
 * `countIncludePad`, else the number of input pixels it covers (0 for a window with none).
 */
export function windowDivisors(plan: Window2dPlan, countIncludePad: boolean): Int32Array {
  const rows = poolAxisWindows(plan.rows);
  const cols = poolAxisWindows(plan.cols);
  const oh = plan.rows.outputSize;
  const ow = plan.cols.outputSize;
  const divisors = new Int32Array(oh * ow);
  for (let i = 0; i < oh; i++) {
    const inRows = Math.max(rows.end[i] - rows.first[i], 0);
    for (let j = 0; j < ow; j++) {
      const inCols = Math.max(cols.end[j] - cols.first[j], 0);
      const covered = inRows * inCols;
      // Why: PyTorch outputs 0 for a window holding no input pixel, whatever the padding count.
      divisors[i * ow + j] = covered === 0 ? 0 : countIncludePad ? rows.paddedCount[i] * cols.paddedCount[j] : covered;
    }
  }
  return divisors;
}

/**
 * Checks x [N,C,H,W] (rank, whole sizes, data to match) and plans average pooling over it: the
 * options must be an object with no dilation other than 1. EngineError naming `op` otherwise, or
 * when the output [N,C,OH,OW] is over ELEMENT_LIMIT numbers.
 */
function planInput(op: string, x: Tensor, o: AvgPool2dOptions): Window2dPlan {
  checkRank(op, x, 4, 'x [N,C,H,W]');
  checkSizes(op, x, 'x', true);
  return planAvgPool2d(op, x.shape[2], x.shape[3], o, [x.shape[0], x.shape[1]]);
}

/**
 * Plans average pooling over an input of `height x width` as planPool2d does, refusing a
 * `dilation` other than 1 (or [1, 1]): average pooling has none, in PyTorch as here.
 * `outer` are the output's dimensions before OH, OW, for the size check.
 */
export function planAvgPool2d(
  op: string,
  height: number,
  width: number,
  o: AvgPool2dOptions,
  outer: readonly number[] = [],
): Window2dPlan {
  checkOptions(op, o, true, '{ kernelSize: 2 }');
  const dilation = (o as { dilation?: Pair }).dilation;
  const none = dilation === undefined || dilation === 1 || (Array.isArray(dilation) && dilation[0] === 1 && dilation[1] === 1);
  check(
    none,
    op,
    `dilation ${typeof dilation === 'number' || Array.isArray(dilation) ? formatPair(dilation) : JSON.stringify(dilation)} is not allowed (average pooling has no dilation: leave it out, or use maxPool2d or a dilated conv2d)`,
  );
  const { kernelSize, stride, padding, ceilMode } = o;
  return planPool2d(op, height, width, { kernelSize, stride, padding, ceilMode }, outer);
}
