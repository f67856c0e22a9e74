// Tests of padImage and windowBases: the zero border, the crop, the no-copy case, window offsets.
import { describe, expect, it } from 'vitest';
import type { ConvGeometry } from '../../../src/engine/kernels/convGeometry.ts';
import { padImage, windowBases } from '../../../src/engine/kernels/padImage.ts';

function geometry(o: Partial<ConvGeometry>): ConvGeometry {
  return {
    batch: 1, inChannels: 1, inHeight: 2, inWidth: 3, outChannels: 1, kernelHeight: 2, kernelWidth: 2,
    strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, padTop: 0, padLeft: 0, outHeight: 1, outWidth: 2, groups: 1,
    ...o,
  };
}

describe('padImage', () => {
  it('padImage x=[1,1,2,3] k=2 p=1 -> a 4x5 image with a zero border and padding 0', () => {
    const x = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const { data, geometry: g } = padImage(x, geometry({ padTop: 1, padLeft: 1, outHeight: 3, outWidth: 4 }));
    expect([g.inHeight, g.inWidth, g.padTop, g.padLeft]).toEqual([4, 5, 0, 0]);
    expect([...data.subarray(0, 20)]).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0]);
  });

  it('padImage with only bottom/right padding (same, stride 2) copies into a larger image', () => {
    const x = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const { data, geometry: g } = padImage(x, geometry({ strideH: 2, strideW: 2, outHeight: 1, outWidth: 2 }));
    expect([g.inHeight, g.inWidth]).toEqual([2, 4]);
    expect([...data.subarray(0, 8)]).toEqual([1, 2, 3, 0, 4, 5, 6, 0]);
  });

  it('padImage with negative padding crops: padTop=-1 padLeft=-1 keeps rows 1.., cols 1..', () => {
    const x = Float32Array.from({ length: 12 }, (_, i) => i);
    const g0 = geometry({ inHeight: 3, inWidth: 4, kernelHeight: 1, kernelWidth: 2, padTop: -1, padLeft: -1, outHeight: 2, outWidth: 2 });
    const { data, geometry: g } = padImage(x, g0);
    expect([g.inHeight, g.inWidth]).toEqual([2, 3]);
    expect([...data.subarray(0, 6)]).toEqual([5, 6, 7, 9, 10, 11]);
  });

  it('padImage returns x itself when every window already lies inside (valid)', () => {
    const x = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const g0 = geometry({});
    const padded = padImage(x, g0);
    expect(padded.data).toBe(x);
    expect(padded.geometry).toBe(g0);
  });

  it('padImage pads every plane of a batch: x=[2,2,1,1] p=1 -> four 3x3 planes with the value in the centre', () => {
    const x = Float32Array.from([1, 2, 3, 4]);
    const g0 = geometry({ batch: 2, inChannels: 2, inHeight: 1, inWidth: 1, kernelHeight: 3, kernelWidth: 3, padTop: 1, padLeft: 1, outHeight: 1, outWidth: 1 });
    const { data } = padImage(x, g0);
    for (let plane = 0; plane < 4; plane++) {
      const values = [...data.subarray(plane * 9, plane * 9 + 9)];
      expect(values).toEqual([0, 0, 0, 0, plane + 1, 0, 0, 0, 0]);
    }
  });
});

describe('windowBases', () => {
  it('windowBases out=2x3 stride=[2,1] on width 5 -> (i*2)*5 + j', () => {
    const g = geometry({ inHeight: 4, inWidth: 5, strideH: 2, outHeight: 2, outWidth: 3 });
    expect(windowBases(g)).toEqual([0, 1, 2, 10, 11, 12]);
  });
});
