// The filter against its definition: a naive nested-loop cross-correlation with zero padding and
// 'same' output (fast-check property on small random images and kernels), plus the output range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterImage, valueRange } from '../../../src/widgets/image-filter/filterImage.ts';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import type { KernelSpec } from '../../../src/widgets/image-filter/kernelParam.ts';
import { presetKernel } from '../../../src/widgets/image-filter/kernelPresets.ts';

/** out(x, y) = sum_r sum_c k[r][c] * in(x + c - h, y + r - h), 0 outside: the plain definition. */
function naive(image: GrayImage, kernel: KernelSpec): number[] {
  const { width, height, pixels } = image;
  const h = (kernel.size - 1) / 2;
  const out: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let r = 0; r < kernel.size; r++) {
        for (let c = 0; c < kernel.size; c++) {
          const ix = x + c - h;
          const iy = y + r - h;
          if (ix >= 0 && ix < width && iy >= 0 && iy < height) sum += kernel.values[r * kernel.size + c] * pixels[iy * width + ix];
        }
      }
      out.push(sum);
    }
  }
  return out;
}

const imageArb = fc
  .record({ width: fc.integer({ min: 1, max: 9 }), height: fc.integer({ min: 1, max: 9 }) })
  .chain(({ width, height }) =>
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: width * height, maxLength: width * height }).map((values): GrayImage => ({ width, height, pixels: Float32Array.from(values) })),
  );
const kernelArb = fc.constantFrom(3 as const, 5 as const).chain((size) =>
  fc
    .array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: size * size, maxLength: size * size })
    .map((values): KernelSpec => ({ size, values, preset: undefined })),
);

describe('filterImage', () => {
  it('equals the naive cross-correlation with zero padding (random images up to 9x9, 3x3 and 5x5 kernels)', () => {
    fc.assert(
      fc.property(imageArb, kernelArb, (image, kernel) => {
        const output = filterImage(image, kernel);
        const expected = naive(image, kernel);
        expect(output.width).toBe(image.width);
        expect(output.height).toBe(image.height);
        const scale = Math.max(1, ...expected.map(Math.abs));
        output.values.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(1e-5 * scale));
      }),
      { numRuns: 150 },
    );
  });

  it('sobel-x on a left-dark/right-bright step 0|255 -> positive at the edge (brightness rises to the right), not flipped', () => {
    const width = 4;
    const image: GrayImage = { width, height: 3, pixels: Float32Array.from([0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255]) };
    const output = filterImage(image, { size: 3, values: presetKernel('sobel-x', 3), preset: 'sobel-x' });
    // Middle row, x = 1: (255 - 0) * (1 + 2 + 1) = 1020.
    expect(output.values[width + 1]).toBe(1020);
    expect(output.values[width + 2]).toBe(1020);
    expect(output.max).toBe(1020);
  });

  it('identity 3x3 and 5x5 give the image back', () => {
    const image: GrayImage = { width: 3, height: 2, pixels: Float32Array.from([1, 2, 3, 4, 5, 6]) };
    for (const size of [3, 5] as const) {
      expect(Array.from(filterImage(image, { size, values: presetKernel('identity', size), preset: 'identity' }).values)).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });

  it('valueRange([3, -2, 7, 0]) -> -2..7; empty -> 0..0', () => {
    expect(valueRange(Float32Array.from([3, -2, 7, 0]))).toEqual({ min: -2, max: 7 });
    expect(valueRange(new Float32Array(0))).toEqual({ min: 0, max: 0 });
  });
});
