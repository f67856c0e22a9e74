// The weight gradient of a convolution whose input is mostly zero: each nonzero pixel meets the dy values of its windows.
// Part of the engine: imports nothing outside src/engine.
import { firstTap, lastTap, type ConvGeometry } from './convGeometry.ts';

// Why the same bits as the dense loop (convWeightGrad): per chunk of images it sums, in float64,
// dy[n,o,i,j] * x[n,c,i+p-padTop,j+q-padLeft] over the chunk's positions in order (image, row, column),
// then adds the sum to dw[o,c,p,q] once. Visiting a chunk's nonzero pixels image by image, row by row,
// left to right reaches the positions of every tap in that order; a skipped pixel only leaves out an
// exact 0 (dy is checked to be finite).

let sumsBuffer = new Float64Array(0);

/**
 * Adds to dw [O, C, KH, KW] the gradient of sum(conv(x, w) * dy) with respect to w, for x [N, C, H, W]
 * and dy [N, O, OH, OW] of a stride-1, dilation-1, one-group geometry `g`, in chunks of `chunk`
 * images: dw[o,c,p,q] += sum over the chunk's n, i, j of dy[n,o,i,j] * x[n, c, i+p-padTop, j+q-padLeft].
 * The same numbers as convWeightGrad with the same chunks, bit for bit (see above).
 */
export function sparseConvWeightGrad(
  x: Float32Array,
  dy: Float32Array,
  g: ConvGeometry,
  dw: Float32Array,
  chunk: number,
): void {
  const taps = g.inChannels * g.kernelHeight * g.kernelWidth;
  const positions = g.outHeight * g.outWidth;
  if (sumsBuffer.length < 4 * taps) sumsBuffer = new Float64Array(4 * taps);
  const sums = sumsBuffer;
  for (let o0 = 0; o0 < g.outChannels; o0 += 4) {
    const channels = Math.min(4, g.outChannels - o0);
    for (let n0 = 0; n0 < g.batch; n0 += chunk) {
      sums.fill(0, 0, 4 * taps);
      for (let n = n0; n < Math.min(g.batch, n0 + chunk); n++) {
        // Why clamped: a missing channel (O not a multiple of 4) re-reads channel o0; its sums are dropped.
        const dy0 = (n * g.outChannels + o0) * positions;
        const step = channels > 1 ? positions : 0;
        const dy3 = dy0 + (channels > 3 ? 3 * positions : 0);
        const dy2 = dy0 + (channels > 2 ? 2 * positions : 0);
        gatherImage(x, n * g.inChannels * g.inHeight * g.inWidth, dy, dy0, dy0 + step, dy2, dy3, g, sums);
      }
      for (let k = 0; k < channels; k++) {
        const row = (o0 + k) * taps;
        for (let t = 0; t < taps; t++) dw[row + t] += sums[4 * t + k];
      }
    }
  }
}

/**
 * sums[4t + k] += dy[dyK + position] * x[pixel] for every nonzero pixel of one image (from x[xOff]),
 * every tap t = (c*KH + p)*KW + q whose output position (r + padTop - p, v + padLeft - q) exists,
 * and the 4 dy rows starting at dy0 .. dy3.
 */
function gatherImage(
  x: Float32Array,
  xOff: number,
  dy: Float32Array,
  dy0: number,
  dy1: number,
  dy2: number,
  dy3: number,
  g: ConvGeometry,
  sums: Float64Array,
): void {
  const { inChannels, inHeight, inWidth, outHeight, outWidth, kernelHeight, kernelWidth, padTop, padLeft } = g;
  for (let c = 0, rowStart = xOff; c < inChannels; c++) {
    for (let r = 0; r < inHeight; r++, rowStart += inWidth) {
      const row = r + padTop;
      const p0 = firstTap(row, outHeight);
      const p1 = lastTap(row, kernelHeight);
      for (let v = 0; v < inWidth; v++) {
        const value = x[rowStart + v];
        if (value === 0) continue;
        const col = v + padLeft;
        // Why firstTap/lastTap written out: a call per pixel measured 1.3x slower (per row it costs nothing).
        const q0 = col - outWidth + 1 > 0 ? col - outWidth + 1 : 0;
        const q1 = col < kernelWidth - 1 ? col : kernelWidth - 1;
        for (let p = p0; p <= p1; p++) {
          let at = (row - p) * outWidth + col - q0;
          let st = ((c * kernelHeight + p) * kernelWidth + q0) * 4;
          for (let q = q0; q <= q1; q++, at--, st += 4) {
            sums[st] += dy[dy0 + at] * value;
            sums[st + 1] += dy[dy1 + at] * value;
            sums[st + 2] += dy[dy2 + at] * value;
            sums[st + 3] += dy[dy3 + at] * value;
          }
        }
      }
    }
  }
}
