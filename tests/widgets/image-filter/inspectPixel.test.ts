// The inspector's numbers: the window (zeros outside), the products, and their sum equal to the
// filtered output pixel, for every preset at both sizes, inside and at the borders.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterImage } from '../../../src/widgets/image-filter/filterImage.ts';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import { clampIndex, inspectPixel } from '../../../src/widgets/image-filter/inspectPixel.ts';
import { KERNEL_SIZES, PRESET_WORDS, presetKernel } from '../../../src/widgets/image-filter/kernelPresets.ts';

const image: GrayImage = { width: 7, height: 6, pixels: Float32Array.from({ length: 42 }, (_, i) => (i * 37) % 256) };

describe('inspectPixel', () => {
  describe.each(KERNEL_SIZES.map((size) => [size] as const))('size %i', (size) => {
    it.each(PRESET_WORDS.map((word) => [word] as const))(`%s: products and sum equal the output pixel at every (x, y) of a 7x6 image`, (word) => {
      const kernel = { size, values: presetKernel(word, size), preset: word };
      const output = filterImage(image, kernel);
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const inspection = inspectPixel(image, kernel, x, y);
          expect(inspection.taps).toHaveLength(size * size);
          const products = inspection.taps.reduce((sum, tap) => sum + tap.input * tap.weight, 0);
          expect(inspection.sum).toBeCloseTo(products, 9);
          expect(Math.abs(inspection.sum - output.values[y * image.width + x])).toBeLessThanOrEqual(1e-3);
        }
      }
    });
  });

  it('corner (0, 0), 3x3: the top row and left column lie outside and read 0', () => {
    const inspection = inspectPixel(image, { size: 3, values: presetKernel('box-blur', 3), preset: 'box-blur' }, 0, 0);
    const outside = inspection.taps.filter((tap) => !tap.inside);
    expect(outside.map((tap) => [tap.row, tap.column])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [2, 0],
    ]);
    expect(outside.every((tap) => tap.input === 0 && tap.product === 0)).toBe(true);
    expect(inspection.taps[4]).toMatchObject({ x: 0, y: 0, inside: true, input: image.pixels[0] });
  });

  it('x, y outside the image are clamped: (99, -4) -> (6, 0)', () => {
    const inspection = inspectPixel(image, { size: 3, values: presetKernel('identity', 3), preset: 'identity' }, 99, -4);
    expect([inspection.x, inspection.y]).toEqual([6, 0]);
  });

  it('clampIndex rounds and clamps any number into [0, n-1], NaN -> 0', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 1, max: 600 }), (value, n) => {
        const index = clampIndex(value, n);
        expect(Number.isInteger(index) && index >= 0 && index < n).toBe(true);
      }),
    );
    expect(clampIndex(Number.NaN, 5)).toBe(0);
  });
});
