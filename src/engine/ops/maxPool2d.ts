// Max pooling over NCHW tensors (PyTorch's max_pool2d) and its backward pass.
// Part of the engine: imports nothing outside src/engine.
import { check } from '../engineError.ts';
import { planPool2d, type Window2dPlan } from '../plan/planWindow2d.ts';
import { checkRank, formatShape, shapeSize, wrap, type Tensor } from '../tensor.ts';
import type { MaxPool2dOptions } from '../types.ts';
import { checkGradient, checkSizes } from './convPlan.ts';
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
  const plan = planInput(OP, x, o);
  const [n, c, h, w] = x.shape;
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
  const plan = planInput(OP_BACKWARD, x, o);
  checkRank(OP_BACKWARD, dy, 4, 'dy [N,C,OH,OW]');
  const [n, c, h, w] = x.shape;
  checkGradient(OP_BACKWARD, dy, [n, c, plan.rows.outputSize, plan.cols.outputSize], OP);
  const argmax = new Int32Array(dy.data.length);
  scanMaxima(x.data, n * c, h, w, plan, null, argmax);
  const dx = new Float32Array(x.data.length);
  scatterToMaxima(argmax, dy.data, dx);
  return wrap(x.shape, dx);
}

/**
 * maxPool2d into buffers a layer keeps: writes y [N,C,OH,OW] into `out` and, per output element,
 * the flat index into x of its window's first maximum into `indices` (-1 for a window with no input
 * tap), as `maxPool2dBackward` finds them; returns y over `out`. For a layer that keeps the indices
 * of its training pass instead of scanning again in backward.
 */
export function maxPool2dWithIndices(x: Tensor, o: MaxPool2dOptions, out: Float32Array, indices: Int32Array): Tensor {
  const plan = planInput(OP, x, o);
  const [n, c, h, w] = x.shape;
  const oh = plan.rows.outputSize;
  const ow = plan.cols.outputSize;
  const size = n * c * oh * ow;
  check(
    out.length === size && indices.length === size,
    OP,
    `the buffers hold ${out.length} outputs and ${indices.length} indices but the output [${n},${c},${oh},${ow}] has ${size} elements (one of each per element)`,
  );
  scanMaxima(x.data, n * c, h, w, plan, out, indices);
  return wrap([n, c, oh, ow], out);
}

/**
 * The gradient of max pooling from the indices `maxPool2dWithIndices` recorded, written into `dx`
 * (x's size, overwritten): dx [N,C,H,W] of `xShape` with dx[indices[i]] += dy[i] for every output
 * element i of dy [N,C,OH,OW] (-1 skipped), 0 elsewhere.
 */
export function maxPool2dBackwardFromIndices(
  xShape: readonly number[],
  dy: Tensor,
  indices: Int32Array,
  dx: Float32Array,
): Tensor {
  const gradient = { shape: xShape, data: dx };
  checkRank(OP_BACKWARD, gradient, 4, 'x [N,C,H,W]');
  checkRank(OP_BACKWARD, dy, 4, 'dy [N,C,OH,OW]');
  checkSizes(OP_BACKWARD, dy, 'dy', true);
  check(
    indices.length === dy.data.length && dx.length === shapeSize(xShape),
    OP_BACKWARD,
    `dy has ${dy.data.length} numbers, ${indices.length} indices were recorded and dx holds ${dx.length} for x ${formatShape(xShape)} (dy must match the recorded output, dx the input)`,
  );
  checkSizes(OP_BACKWARD, gradient, 'dx', true);
  dx.fill(0);
  scatterToMaxima(indices, dy.data, dx);
  return wrap(xShape, dx);
}

/** dx[indices[i]] += dyData[i] for every i, in order (-1 skipped). */
function scatterToMaxima(indices: Int32Array, dyData: Float32Array, dx: Float32Array): void {
  for (let i = 0; i < indices.length; i++) {
    const at = indices[i];
    if (at >= 0) dx[at] += dyData[i];
  }
}

/**
 * Checks x [N,C,H,W] (rank, whole sizes, data to match) and plans the pooling window over it;
 * EngineError naming `op` otherwise, or when the output [N,C,OH,OW] is over ELEMENT_LIMIT numbers.
 */
function planInput(op: string, x: Tensor, o: MaxPool2dOptions): Window2dPlan {
  checkRank(op, x, 4, 'x [N,C,H,W]');
  checkSizes(op, x, 'x', true);
  const [n, c, h, w] = x.shape;
  return planPool2d(op, h, w, o, [n, c]);
}

/**
 * Walks every window of `planes` planes of `h x w` and writes, per output index, the maximum into
 * `values` and the flat input index of the first maximum (-1 for a window with no input tap) into
 * `indices`, each when given. Recomputing the argmax in the backward pass keeps the op pure:
 * nothing is cached between calls (a layer may keep them: see maxPool2dWithIndices).
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
 * the four taps are read directly. Same result as the general loop's scan order and NaN rule: the
 * first maximum wins, a NaN beats every number and a later NaN an earlier one.
 * Why a tournament of 0/1 numbers and no if: the winner of each comparison of random activations
 * is a coin toss, so branches are mispredicted half the time (2.4x slower measured). The pairs
 * (top-left, top-right) and (bottom-left, bottom-right) are decided first, then their winners;
 * strict > keeps the earlier tap on ties at each step, as the row-by-row scan does.
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
        const v0 = src[a];
        const v1 = src[a + 1];
        const v2 = src[a + w];
        const v3 = src[a + w + 1];
        // `v !== v` is NaN; | (not ||) keeps both comparisons free of branches.
        const topPick = +(v1 > v0) | +(v1 !== v1);
        const bottomPick = w + (+(v3 > v2) | +(v3 !== v3));
        const topBest = src[a + topPick];
        const bottomBest = src[a + bottomPick];
        const pickBottom = +(bottomBest > topBest) | +(bottomBest !== bottomBest);
        const at = a + topPick + pickBottom * (bottomPick - topPick);
        if (values !== null) values[outIndex] = src[at];
        if (indices !== null) indices[outIndex] = at;
        outIndex++;
      }
    }
  }
}
