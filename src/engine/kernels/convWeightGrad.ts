// The weight and bias gradients of a convolution: dy rows times the input windows, read in place.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';
import { tapTables } from './convGeometry.ts';
import { PANEL } from './microKernel.ts';
import { padImage, windowBases } from './padImage.ts';
import { FloatSlot, scratch } from './scratch.ts';
import { allFinite, suitsSparseInput } from './sparseConvForward.ts';
import { sparseConvWeightGrad } from './sparseConvWeightGrad.ts';
import { SPARSE_WEIGHT_GRAD_DENSITY, sparseGradientDensity, sparseWeightGrad } from './sparseGradient.ts';
import { tapKernel } from './windowKernels.ts';

/** Output positions summed per kernel call, at least (whole images are never split). */
const CHUNK_POSITIONS = 1024;

/**
 * Adds to dw [O, C/groups, KH, KW] the gradient of sum(conv(x, w) * dy) with respect to w, for
 * x [N, C, H, W] and dy [N, O, OH, OW] as described by `g`:
 * dw_g[O/groups, T] += dy_g[O/groups, OH*OW] * col^T[OH*OW, T], summed over the images.
 */
export function convWeightGrad(x: Float32Array, dy: Float32Array, g: ConvGeometry, dw: Float32Array): void {
  const positions = g.outHeight * g.outWidth;
  // Why chunks of images: one kernel call sums over every position of a chunk, so small images
  // still give long sums, while a chunk's dy and x stay small enough for the fast caches.
  const chunk = Math.min(g.batch, Math.max(1, Math.floor(CHUNK_POSITIONS / positions)));
  // A mostly-zero input (digit images) takes the sparse path, with the same chunks and the same bits.
  if (suitsSparseInput(x, g) && allFinite(dy)) {
    sparseConvWeightGrad(x, dy, g, dw, chunk);
    return;
  }
  // A mostly-zero dy (after max pooling or relu) takes the other sparse path, also with the same bits.
  if (sparseGradientDensity(dy, g) <= SPARSE_WEIGHT_GRAD_DENSITY && allFinite(x)) {
    sparseWeightGrad(x, dy, g, dw, chunk);
    return;
  }
  const { data: image, geometry } = padImage(x, g);
  const imageSize = g.inChannels * geometry.inHeight * geometry.inWidth;
  const windows = windowBases(geometry);
  const bases: number[] = [];
  for (let n = 0; n < chunk; n++) {
    for (let s = 0; s < positions; s++) bases.push(n * imageSize + windows[s]);
  }
  for (let n0 = 0; n0 < g.batch; n0 += chunk) {
    const images = Math.min(chunk, g.batch - n0);
    const length = images * positions;
    if (images === 1) {
      sumWindows(dy, n0 * g.outChannels * positions, length, image, n0 * imageSize, bases, geometry, dw);
      continue;
    }
    const rows = scratch(FloatSlot.packedA, g.outChannels * length);
    for (let o = 0; o < g.outChannels; o++) {
      for (let n = 0; n < images; n++) {
        const from = ((n0 + n) * g.outChannels + o) * positions;
        rows.set(dy.subarray(from, from + positions), o * length + n * positions);
      }
    }
    sumWindows(rows, 0, length, image, n0 * imageSize, bases, geometry, dw);
  }
}

/**
 * dw[o, t] += sum over u < length of rows[rowStart + o*length + u] * image[imageStart + bases[u] + offset[t]],
 * per group: rows holds dy of a chunk of images, one output channel after the other.
 */
function sumWindows(
  rows: Float32Array,
  rowStart: number,
  length: number,
  image: Float32Array,
  imageStart: number,
  bases: readonly number[],
  g: ConvGeometry,
  dw: Float32Array,
): void {
  const groupOut = g.outChannels / g.groups;
  const groupIn = g.inChannels / g.groups;
  const plane = g.inHeight * g.inWidth;
  const { count: tapCount, offset } = tapTables(g);
  for (let gi = 0; gi < g.groups; gi++) {
    const xOff = imageStart + gi * groupIn * plane;
    const yOff = rowStart + gi * groupOut * length;
    const wOff = gi * groupOut * tapCount;
    for (let t0 = 0; t0 < tapCount; t0 += PANEL) {
      const cols = Math.min(PANEL, tapCount - t0);
      // Why clamped: a missing tap re-reads the last real one; its sums are dropped.
      const o0 = xOff + offset[t0];
      const o1 = xOff + offset[Math.min(t0 + 1, tapCount - 1)];
      const o2 = xOff + offset[Math.min(t0 + 2, tapCount - 1)];
      const o3 = xOff + offset[Math.min(t0 + 3, tapCount - 1)];
      for (let c0 = 0; c0 < groupOut; c0 += PANEL) {
        const count = Math.min(PANEL, groupOut - c0);
        tapKernel(
          rows, yOff + c0 * length, length, image, bases, o0, o1, o2, o3, length,
          dw, wOff + c0 * tapCount + t0, tapCount, count, cols,
        );
      }
    }
  }
}

/**
 * Adds to db [O] the gradient of sum(conv(x, w, b) * dy) with respect to b:
 * db[o] += sum over n, i, j of dy[n, o, i, j], for dy [N, O, OH, OW].
 */
export function convBiasGrad(dy: Float32Array, batch: number, channels: number, positions: number, db: Float32Array): void {
  // Why a double sum: dy may hold many thousands of terms; rounding once keeps float32 accuracy.
  // Why four channels at a time: each sum is a chain of dependent adds that waits on the previous
  // one; four independent chains keep the adder busy. Each still adds its terms in the same order.
  let o = 0;
  for (; o + 3 < channels; o += 4) {
    let sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0;
    for (let n = 0; n < batch; n++) {
      const start = (n * channels + o) * positions;
      const end = start + positions;
      for (let s = start; s < end; s++) {
        sum0 += dy[s];
        sum1 += dy[s + positions];
        sum2 += dy[s + 2 * positions];
        sum3 += dy[s + 3 * positions];
      }
    }
    db[o] += sum0;
    db[o + 1] += sum1;
    db[o + 2] += sum2;
    db[o + 3] += sum3;
  }
  for (; o < channels; o++) {
    let sum = 0;
    for (let n = 0; n < batch; n++) {
      const start = (n * channels + o) * positions;
      for (let s = start; s < start + positions; s++) sum += dy[s];
    }
    db[o] += sum;
  }
}
