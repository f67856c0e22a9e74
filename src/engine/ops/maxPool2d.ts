// Max pooling over NCHW tensors (PyTorch's max_pool2d) and its backward pass.
// Part of the engine: imports nothing outside src/engine.
import { check } from '../engineError.ts';
import { planPool2d, type Window2dPlan } from '../plan/planWindow2d.ts';
import { checkRank, formatShape, wrap, type Tensor } from '../tensor.ts';
import type { MaxPool2dOptions } from '../types.ts';
import { poolAxisWindows } from './poolWindows.ts';

const OP = 'maxPool2d';
const OP_BACKWARD = 'maxPool2dBackward';

/**
 * Max pooling: x [N,C,H,W] -> [N,C,OH,OW] with
 * y[n,c,i,j] = max over a<KH, b<KW of x[n,c, i*SH - PH + a*DH, j*SW - PW + b*DW],
 * padding counting as -infinity (it never wins). Stride defaults to kernelSize, padding to 0
 * (at most half the kernel), dilation to 1; OH = floor((H + 2*PH - DH*(KH-1) - 1)/SH) + 1
 * (ceil with ceilMode, the last window starting inside the input or left padding).
 * A NaN in a window makes its output NaN, as in PyTorch.
 */
export function maxPool2d(x: Tensor, o: MaxPool2dOptions): Tensor {
  checkRank(OP, x, 4, 'x [N,C,H,W]');
  const [n, c, h, w] = x.shape;
  const plan = planPool2d(OP, h, w, o);
  const oh = plan.rows.outputSize;
  const ow = plan.cols.outputSize;
  const out = new Float32Array(n * c * oh * ow);
  scanMaxima(x.data, n * c, h, w, plan, out, null);
  return wrap([n, c, oh, ow], out);
}

/**
 * Gradient of sum(maxPool2d(x, o) * dy) with respect to x: dx [N,C,H,W], same shape as x, where each
 * dy[n,c,i,j] (dy [N,C,OH,OW]) goes to the first maximum of its window in PyTorch's scan order
 * (row by row, left to right); overlapping windows add up.
 */
export function maxPool2dBackward(x: Tensor, dy: Tensor, o: MaxPool2dOptions): Tensor {
  checkRank(OP_BACKWARD, x, 4, 'x [N,C,H,W]');
  checkRank(OP_BACKWARD, dy, 4, 'dy [N,C,OH,OW]');
  const [n, c, h, w] = x.shape;
  const plan = planPool2d(OP_BACKWARD, h, w, o);
  const expected = [n, c, plan.rows.outputSize, plan.cols.outputSize];
  check(
    dy.shape.every((d, i) => d === expected[i]),
    OP_BACKWARD,
    `dy has shape ${formatShape(dy.shape)} but the pooling output has shape ${formatShape(expected)} (dy must match the output of maxPool2d)`,
  );
  const argmax = new Int32Array(dy.data.length);
  scanMaxima(x.data, n * c, h, w, plan, null, argmax);
  const dx = new Float32Array(x.data.length);
  const g = dy.data;
  for (let i = 0; i < argmax.length; i++) {
    const at = argmax[i];
    if (at >= 0) dx[at] += g[i];
  }
  return wrap(x.shape, dx);
}

/**
 * Walks every window of `planes` planes of `h x w` and writes, per output index, the maximum into
 * `values` and the flat input index of the first maximum (-1 for a window with no input tap) into
 * `indices`, each when given. Recomputing the argmax in the backward pass keeps the op pure:
 * nothing is cached between calls.
 */
function scanMaxima(
  src: Float32Array,
  planes: number,
  h: number,
  w: number,
  plan: Window2dPlan,
  values: Float32Array | null,
  indices: Int32Array | null,
): void {
  if (isPlainTwoByTwo(plan)) {
    scanTwoByTwo(src, planes, h, w, plan.rows.outputSize, plan.cols.outputSize, values, indices);
    return;
  }
  const rows = poolAxisWindows(plan.rows);
  const cols = poolAxisWindows(plan.cols);
  const oh = plan.rows.outputSize;
  const ow = plan.cols.outputSize;
  const dh = plan.rows.dilation;
  const dw = plan.cols.dilation;
  let outIndex = 0;
  for (let p = 0; p < planes; p++) {
    const base = p * h * w;
    for (let i = 0; i < oh; i++) {
      const r0 = rows.first[i];
      const r1 = rows.end[i];
      for (let j = 0; j < ow; j++) {
        const c0 = cols.first[j];
        const c1 = cols.end[j];
        let best = -Infinity;
        let bestIndex = -1;
        for (let r = r0; r < r1; r += dh) {
          const rowBase = base + r * w;
          for (let col = c0; col < c1; col += dw) {
            const v = src[rowBase + col];
            // Why: strict > keeps the first maximum; `v !== v` lets NaN win, as PyTorch does.
            if (v > best || v !== v || bestIndex < 0) {
              best = v;
              bestIndex = rowBase + col;
            }
          }
        }
        if (values !== null) values[outIndex] = best;
        if (indices !== null) indices[outIndex] = bestIndex;
        outIndex++;
      }
    }
  }
}

/** True for the reference network's pooling: 2x2 windows, stride 2, no padding, no dilation, floor mode. */
function isPlainTwoByTwo(plan: Window2dPlan): boolean {
  const { rows, cols } = plan;
  return [rows, cols].every(
    (a) => a.kernelSize === 2 && a.stride === 2 && a.dilation === 1 && a.padBefore === 0 && a.padAfter === 0 && !a.ceilMode,
  );
}

/**
 * `scanMaxima` for 2x2 windows at stride 2 with no padding: every window lies inside the input, so
 * the four taps are read directly. Same scan order and NaN rule as the general loop.
 */
function scanTwoByTwo(
  src: Float32Array,
  planes: number,
  h: number,
  w: number,
  oh: number,
  ow: number,
  values: Float32Array | null,
  indices: Int32Array | null,
): void {
  let outIndex = 0;
  for (let p = 0; p < planes; p++) {
    const base = p * h * w;
    for (let i = 0; i < oh; i++) {
      const top = base + 2 * i * w;
      for (let j = 0; j < ow; j++) {
        const a = top + 2 * j;
        let at = a;
        let best = src[a];
        // Why unrolled: the three remaining taps in scan order, with no array per window.
        let v = src[a + 1];
        if (v > best || v !== v) {
          best = v;
          at = a + 1;
        }
        v = src[a + w];
        if (v > best || v !== v) {
          best = v;
          at = a + w;
        }
        v = src[a + w + 1];
        if (v > best || v !== v) {
          best = v;
          at = a + w + 1;
        }
        if (values !== null) values[outIndex] = best;
        if (indices !== null) indices[outIndex] = at;
        outIndex++;
      }
    }
  }
}
