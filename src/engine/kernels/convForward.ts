// The forward convolution loop: packed weights times the input windows, read in place, 4x4 blocks.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';
import { tapTables } from './convGeometry.ts';
import { PANEL } from './microKernel.ts';
import { packPanels, packedSize } from './packPanels.ts';
import { padImage, windowBases } from './padImage.ts';
import { FloatSlot, scratch } from './scratch.ts';
import { windowKernel } from './windowKernels.ts';

/**
 * Writes y [N, O, OH, OW] = conv(x [N, C, H, W], w [O, C/groups, KH, KW]) + bias [O] (or no bias)
 * as described by `g`: per image and group, y_g[O/groups, OH*OW] = w_g[O/groups, T] * col[T, OH*OW]
 * with T = (C/groups)*KH*KW taps, the columns read straight from the (padded) input.
 */
export function convForward(
  x: Float32Array,
  w: Float32Array,
  bias: Float32Array | null,
  g: ConvGeometry,
  y: Float32Array,
): void {
  const groupOut = g.outChannels / g.groups;
  const depth = (g.inChannels / g.groups) * g.kernelHeight * g.kernelWidth;
  const panelSize = packedSize(groupOut, depth);
  const packedW = scratch(FloatSlot.packedA, g.groups * panelSize);
  for (let gi = 0; gi < g.groups; gi++) {
    packPanels(w, gi * groupOut * depth, depth, 1, groupOut, depth, packedW, gi * panelSize);
  }
  convolveWindows(x, g, packedW, panelSize, bias, y);
}

/**
 * The shared loop of the forward pass and the stride-1 input gradient: writes
 * y[n, o, s] = bias[o] (or 0) + sum over taps t of W[o, t] * col[t, s], where W is given packed
 * in 4-row panels (`panelSize` floats per group) and col is read from the windows of x.
 */
export function convolveWindows(
  x: Float32Array,
  g: ConvGeometry,
  packedW: Float32Array,
  panelSize: number,
  bias: Float32Array | null,
  y: Float32Array,
): void {
  const { data: image, geometry } = padImage(x, g);
  const groupOut = g.outChannels / g.groups;
  const groupIn = g.inChannels / g.groups;
  const positions = g.outHeight * g.outWidth;
  const plane = geometry.inHeight * geometry.inWidth;
  const taps = tapTables(geometry);
  const bases = windowBases(geometry);
  const last = positions - 1;
  for (let n = 0; n < g.batch; n++) {
    for (let gi = 0; gi < g.groups; gi++) {
      const xOff = (n * g.inChannels + gi * groupIn) * plane;
      const yOff = (n * g.outChannels + gi * groupOut) * positions;
      for (let o = 0; o < groupOut; o++) {
        const start = yOff + o * positions;
        y.fill(bias === null ? 0 : bias[gi * groupOut + o], start, start + positions);
      }
      for (let s0 = 0; s0 < positions; s0 += PANEL) {
        const count = Math.min(PANEL, positions - s0);
        // Why clamped: a partial last panel re-reads the last window; those sums are dropped.
        const b0 = xOff + bases[s0];
        const b1 = xOff + bases[Math.min(s0 + 1, last)];
        const b2 = xOff + bases[Math.min(s0 + 2, last)];
        const b3 = xOff + bases[Math.min(s0 + 3, last)];
        for (let o0 = 0; o0 < groupOut; o0 += PANEL) {
          const rows = Math.min(PANEL, groupOut - o0);
          windowKernel(
            packedW, gi * panelSize + o0 * taps.count, image, b0, b1, b2, b3, taps.offset, taps.count,
            y, yOff + o0 * positions + s0, positions, rows, count,
          );
        }
      }
    }
  }
}
