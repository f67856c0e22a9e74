// The input gradient of a convolution, which is also the transposed convolution.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';
import { tapTables } from './convGeometry.ts';
import { scatterPositionPanel } from './col2im.ts';
import { PANEL, microKernel4x4 } from './microKernel.ts';
import { packPanels, packedSize } from './packPanels.ts';
import { regionInputGrad } from './regionInputGrad.ts';
import { FloatSlot, scratch } from './scratch.ts';
import { allFinite } from './sparseConvForward.ts';
import { SPARSE_INPUT_GRAD_DENSITY, sparseGradientDensity, sparseInputGrad } from './sparseGradient.ts';

/**
 * Writes dx [N, C, H, W] = the gradient of sum(conv(x, w) * dy) with respect to x, for
 * dy [N, O, OH, OW] and w [O, C/groups, KH, KW] as described by `g`:
 * dx[n,c,h,v] = sum of dy[n,o,i,j] * w[o,c,p,q] over every (o,i,j,p,q) with
 * h = i*strideH + p*dilationH - padTop and v = j*strideW + q*dilationW - padLeft.
 */
export function convInputGrad(dy: Float32Array, w: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  // A mostly-zero dy (after max pooling or relu) visits only its nonzero values, with the same bits.
  if (sparseGradientDensity(dy, g) <= SPARSE_INPUT_GRAD_DENSITY && allFinite(w)) sparseInputGrad(dy, w, g, dx);
  // Stride 1: a convolution of dy with the flipped kernel that skips the taps in its zero border.
  else if (g.strideH === 1 && g.strideW === 1) regionInputGrad(dy, w, g, dx);
  else scatterColumns(dy, w, g, dx);
}

/**
 * Any stride: per image and group, dcol[T, OH*OW] = w_g^T [T, O/groups] * dy_g [O/groups, OH*OW],
 * and every dcol[t, s] is added to the input pixel that col[t, s] was read from (col2im).
 */
function scatterColumns(dy: Float32Array, w: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const groupOut = g.outChannels / g.groups;
  const groupIn = g.inChannels / g.groups;
  const positions = g.outHeight * g.outWidth;
  const plane = g.inHeight * g.inWidth;
  const taps = tapTables(g);
  const tapCount = taps.count;
  const weightPanels = packedSize(tapCount, groupOut);
  const packedW = scratch(FloatSlot.packedA, g.groups * weightPanels);
  for (let gi = 0; gi < g.groups; gi++) {
    packPanels(w, gi * groupOut * tapCount, 1, tapCount, tapCount, groupOut, packedW, gi * weightPanels);
  }
  const panel = scratch(FloatSlot.packedB, groupOut * PANEL);
  const tileSize = packedSize(tapCount, PANEL);
  const tile = scratch(FloatSlot.tile, tileSize);
  dx.fill(0);
  for (let n = 0; n < g.batch; n++) {
    for (let gi = 0; gi < g.groups; gi++) {
      const xOff = (n * g.inChannels + gi * groupIn) * plane;
      const yOff = (n * g.outChannels + gi * groupOut) * positions;
      for (let s0 = 0; s0 < positions; s0 += PANEL) {
        const count = Math.min(PANEL, positions - s0);
        packPanels(dy, yOff + s0, 1, positions, count, groupOut, panel, 0);
        tile.fill(0, 0, tileSize);
        for (let t0 = 0; t0 < tapCount; t0 += PANEL) {
          microKernel4x4(packedW, gi * weightPanels + t0 * groupOut, panel, 0, groupOut, tile, t0 * PANEL, PANEL);
        }
        scatterPositionPanel(dx, xOff, g, taps, s0, count, tile);
      }
    }
  }
}
