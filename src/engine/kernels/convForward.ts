// The forward convolution loop: packed weights times the input windows, read in place, 4x4 blocks.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';
import { tapTables } from './convGeometry.ts';
import { PANEL } from './microKernel.ts';
import { packPanels, packedSize } from './packPanels.ts';
import { padImage, windowBases } from './padImage.ts';
import { FloatSlot, scratch } from './scratch.ts';
import { allFinite, sparseConvForward, suitsSparseInput } from './sparseConvForward.ts';
import { windowKernel, windowKernelOneChannel } from './windowKernels.ts';

/** Output positions per block; a multiple of 4. */
const POSITION_BLOCK = 128;

/**
 * Writes y [N, O, OH, OW] = conv(x [N, C, H, W], w [O, C/groups, KH, KW]) + bias [O] (or no bias)
 * as described by `g`: per image and group, y_g[O/groups, OH*OW] = w_g[O/groups, T] * col[T, OH*OW]
 * with T = (C/groups)*KH*KW taps, the columns read straight from the (padded) input; a mostly-zero
 * input (digit images) takes the sparse path instead, with the same bits.
 */
export function convForward(
  x: Float32Array,
  w: Float32Array,
  bias: Float32Array | null,
  g: ConvGeometry,
  y: Float32Array,
): void {
  if (suitsSparseInput(x, g) && allFinite(w)) {
    sparseConvForward(x, w, bias, g, y);
    return;
  }
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
 * The forward loop: writes y[n, o, s] = bias[o] (or 0) + sum over taps t of W[o, t] * col[t, s],
 * where W is given packed in 4-row panels (`panelSize` floats per group) and col is read from the
 * windows of x. Every element of y is written once (no fill first).
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
  const biasValues = bias ?? new Float32Array(g.outChannels);
  for (let n = 0; n < g.batch; n++) {
    for (let gi = 0; gi < g.groups; gi++) {
      const xOff = (n * g.inChannels + gi * groupIn) * plane;
      const yOff = (n * g.outChannels + gi * groupOut) * positions;
      // Why blocks of positions: the windows of one block stay in the fastest cache while every
      // group of 4 output channels passes over them.
      for (let s0 = 0; s0 < positions; s0 += POSITION_BLOCK) {
        const s1 = Math.min(positions, s0 + POSITION_BLOCK);
        for (let o0 = 0; o0 < groupOut; o0 += PANEL) {
          if (groupOut - o0 === 1) {
            windowKernelOneChannel(
              packedW, gi * panelSize + o0 * taps.count, image, xOff, bases, s0, s1, taps.offset, taps.count,
              y, yOff + o0 * positions, biasValues, gi * groupOut + o0,
            );
            continue;
          }
          windowKernel(
            packedW, gi * panelSize + o0 * taps.count, image, xOff, bases, s0, s1, taps.offset, taps.count,
            y, yOff + o0 * positions, positions, Math.min(PANEL, groupOut - o0), biasValues, gi * groupOut + o0,
          );
        }
      }
    }
  }
}
