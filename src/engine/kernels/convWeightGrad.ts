// The weight and bias gradients of a convolution: dy rows times the input windows, read in place.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';
import { tapTables } from './convGeometry.ts';
import { PANEL } from './microKernel.ts';
import { padImage, windowBases } from './padImage.ts';
import { tapKernel } from './windowKernels.ts';

/**
 * Adds to dw [O, C/groups, KH, KW] the gradient of sum(conv(x, w) * dy) with respect to w, for
 * x [N, C, H, W] and dy [N, O, OH, OW] as described by `g`:
 * dw_g[O/groups, T] += dy_g[O/groups, OH*OW] * col^T[OH*OW, T], summed over the images.
 */
export function convWeightGrad(x: Float32Array, dy: Float32Array, g: ConvGeometry, dw: Float32Array): void {
  const { data: image, geometry } = padImage(x, g);
  const groupOut = g.outChannels / g.groups;
  const groupIn = g.inChannels / g.groups;
  const positions = g.outHeight * g.outWidth;
  const plane = geometry.inHeight * geometry.inWidth;
  const taps = tapTables(geometry);
  const tapCount = taps.count;
  const bases = windowBases(geometry);
  const offset = taps.offset;
  for (let n = 0; n < g.batch; n++) {
    for (let gi = 0; gi < g.groups; gi++) {
      const xOff = (n * g.inChannels + gi * groupIn) * plane;
      const yOff = (n * g.outChannels + gi * groupOut) * positions;
      const wOff = gi * groupOut * tapCount;
      for (let t0 = 0; t0 < tapCount; t0 += PANEL) {
        const cols = Math.min(PANEL, tapCount - t0);
        // Why clamped: a missing tap re-reads the last real one; its sums are dropped.
        const o0 = xOff + offset[t0];
        const o1 = xOff + offset[Math.min(t0 + 1, tapCount - 1)];
        const o2 = xOff + offset[Math.min(t0 + 2, tapCount - 1)];
        const o3 = xOff + offset[Math.min(t0 + 3, tapCount - 1)];
        for (let c0 = 0; c0 < groupOut; c0 += PANEL) {
          const rows = Math.min(PANEL, groupOut - c0);
          tapKernel(
            dy, yOff + c0 * positions, positions, image, bases, o0, o1, o2, o3, positions,
            dw, wOff + c0 * tapCount + t0, tapCount, rows, cols,
          );
        }
      }
    }
  }
}

/**
 * Adds to db [O] the gradient of sum(conv(x, w, b) * dy) with respect to b:
 * db[o] += sum over n, i, j of dy[n, o, i, j], for dy [N, O, OH, OW].
 */
export function convBiasGrad(dy: Float32Array, batch: number, channels: number, positions: number, db: Float32Array): void {
  for (let o = 0; o < channels; o++) {
    // Why a double sum: dy may hold many thousands of terms; rounding once keeps float32 accuracy.
    let sum = 0;
    for (let n = 0; n < batch; n++) {
      const start = (n * channels + o) * positions;
      for (let s = start; s < start + positions; s++) sum += dy[s];
    }
    db[o] += sum;
  }
}
