// Tests of scatterPositionPanel (col2im): panel values go back onto the pixels their windows read.
import { describe, expect, it } from 'vitest';
import { scatterPositionPanel } from '../../../src/engine/kernels/col2im.ts';
import { tapTables, type ConvGeometry } from '../../../src/engine/kernels/convGeometry.ts';

// x [1,1,4,5], k=2x2, stride 2, padding 1 -> out 3x3.
const g: ConvGeometry = {
  batch: 1, inChannels: 1, inHeight: 4, inWidth: 5, outChannels: 1, kernelHeight: 2, kernelWidth: 2,
  strideH: 2, strideW: 2, dilationH: 1, dilationW: 1, padTop: 1, padLeft: 1, outHeight: 3, outWidth: 3, groups: 1,
};

/** The plain col2im: for position s and tap (p, q), the pixel (i*2 + p - 1, j*2 + q - 1) gets tile[4t + (s - s0)]. */
function plainScatter(s0: number, count: number, tile: Float32Array): Float32Array {
  const dx = new Float32Array(20);
  for (let j = 0; j < count; j++) {
    const s = s0 + j;
    const [i, v] = [Math.floor(s / 3), s % 3];
    for (let p = 0; p < 2; p++) {
      for (let q = 0; q < 2; q++) {
        const [r, c] = [i * 2 + p - 1, v * 2 + q - 1];
        if (r >= 0 && r < 4 && c >= 0 && c < 5) dx[r * 5 + c] += tile[4 * (p * 2 + q) + j];
      }
    }
  }
  return dx;
}

describe('scatterPositionPanel', () => {
  it.each([[0, 4], [4, 4], [8, 1]])('scatterPositionPanel x=[1,1,4,5] k=2 s=2 p=1 positions %i.. (count %i) skips the padding', (s0, count) => {
    const tile = Float32Array.from({ length: 16 }, (_, i) => i + 1);
    const dx = new Float32Array(20);
    scatterPositionPanel(dx, 0, g, tapTables(g), s0, count, tile);
    expect([...dx]).toEqual([...plainScatter(s0, count, tile)]);
  });

  it('scatterPositionPanel takes the fast path for windows inside the image and adds (not writes)', () => {
    const inside: ConvGeometry = { ...g, padTop: 0, padLeft: 0, strideH: 1, strideW: 1, outHeight: 3, outWidth: 4 };
    const dx = new Float32Array(20).fill(1);
    scatterPositionPanel(dx, 0, inside, tapTables(inside), 0, 4, new Float32Array(16).fill(1));
    expect([...dx]).toEqual([2, 3, 3, 3, 2, 2, 3, 3, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });
});
