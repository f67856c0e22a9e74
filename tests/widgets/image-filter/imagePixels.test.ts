// The pure pixel arithmetic: the downscaled size (longest side maxSide, aspect kept) and RGBA -> gray
// with the BT.601 weights, transparent pixels over white.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downscaledSize, LUMA_WEIGHTS, rgbaToGray } from '../../../src/widgets/image-filter/imagePixels.ts';

describe('downscaledSize', () => {
  it.each([
    [4000, 3000, 512, 512, 384],
    [3000, 2000, 512, 512, 341],
    [2000, 3000, 512, 341, 512],
    [12000, 12000, 512, 512, 512],
    [600, 400, 512, 512, 341],
    [1024, 768, 512, 512, 384],
    [512, 512, 512, 512, 512],
    [451, 300, 512, 451, 300],
    [100000, 1, 512, 512, 1],
  ])('%ix%i maxSide %i -> %ix%i', (width, height, maxSide, expectedWidth, expectedHeight) => {
    expect(downscaledSize(width, height, maxSide)).toEqual({ width: expectedWidth, height: expectedHeight });
  });

  it('any size: longest side min(longest, maxSide), the other the scaled side rounded, >= 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50000 }), fc.integer({ min: 1, max: 50000 }), fc.integer({ min: 16, max: 2048 }), (width, height, maxSide) => {
        const out = downscaledSize(width, height, maxSide);
        expect(Math.max(out.width, out.height)).toBe(Math.min(Math.max(width, height), maxSide));
        expect(Math.min(out.width, out.height)).toBeGreaterThanOrEqual(1);
        const scale = Math.max(out.width, out.height) / Math.max(width, height);
        expect(Math.abs(out.width - width * scale)).toBeLessThanOrEqual(1);
        expect(Math.abs(out.height - height * scale)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('rgbaToGray', () => {
  it('weights are BT.601 0.299, 0.587, 0.114 and sum to 1', () => {
    expect(LUMA_WEIGHTS).toEqual({ r: 0.299, g: 0.587, b: 0.114 });
    expect(LUMA_WEIGHTS.r + LUMA_WEIGHTS.g + LUMA_WEIGHTS.b).toBeCloseTo(1, 12);
  });

  it('2x2: red, green, blue, gray 128 -> 76, 150, 29, 128', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 128, 128, 128, 255]);
    const gray = rgbaToGray(rgba, 2, 2);
    expect([gray.width, gray.height]).toEqual([2, 2]);
    expect(Array.from(gray.pixels)).toEqual([76, 150, 29, 128]);
  });

  it('any gray r=g=b=v, opaque -> v exactly (the sample photos keep their values)', () => {
    for (let v = 0; v <= 255; v += 1) {
      expect(rgbaToGray(new Uint8Array([v, v, v, 255]), 1, 1).pixels[0]).toBe(v);
    }
  });

  it('black with alpha 0 -> white 255; black with alpha 128 -> 127', () => {
    expect(Array.from(rgbaToGray(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 128]), 2, 1).pixels)).toEqual([255, 127]);
  });

  it('3 pixels of bytes for 2x2 -> RangeError naming the sizes', () => {
    expect(() => rgbaToGray(new Uint8Array(12), 2, 2)).toThrow('12 bytes do not hold 2×2 RGBA pixels (need 16)');
  });
});
