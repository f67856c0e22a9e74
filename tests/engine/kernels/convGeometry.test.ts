// Tests of tapTables (where each kernel tap reads, relative to a window's top-left pixel) and firstTap/lastTap.
import { describe, expect, it } from 'vitest';
import { firstTap, lastTap, tapTables, type ConvGeometry } from '../../../src/engine/kernels/convGeometry.ts';

const geometry: ConvGeometry = {
  batch: 1, inChannels: 4, inHeight: 5, inWidth: 6, outChannels: 2, kernelHeight: 2, kernelWidth: 3,
  strideH: 1, strideW: 1, dilationH: 2, dilationW: 1, padTop: 0, padLeft: 0, outHeight: 3, outWidth: 4, groups: 2,
};

describe('tapTables', () => {
  it('tapTables C/groups=2 k=2x3 d=[2,1] on 5x6: t = (c*KH + p)*KW + q reads c*30 + 2p*6 + q', () => {
    const taps = tapTables(geometry);
    expect(taps.count).toBe(12);
    expect(taps.offset).toEqual([0, 1, 2, 12, 13, 14, 30, 31, 32, 42, 43, 44]);
    expect(taps.row).toEqual([0, 0, 0, 2, 2, 2, 0, 0, 0, 2, 2, 2]);
    expect(taps.col).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]);
  });
});

describe('firstTap and lastTap', () => {
  it('k=3 OH=4 (input 6): every padded row r reaches outputs r - p for p = firstTap .. lastTap, exactly those in 0..3', () => {
    for (let r = 0; r < 6; r++) {
      const taps = [0, 1, 2].filter((p) => r - p >= 0 && r - p < 4);
      expect([firstTap(r, 4), lastTap(r, 3)]).toEqual([taps[0], taps[taps.length - 1]]);
    }
  });
});
