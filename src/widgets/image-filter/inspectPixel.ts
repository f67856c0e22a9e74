// The pixel inspector's numbers: for one output pixel (x, y), the k x k input neighbourhood (0 outside
// the image), the kernel, their products and the sum, which is the output pixel. Pure.
import type { GrayImage } from './grayImage.ts';
import type { KernelSpec } from './kernelParam.ts';

/** One tap of the window: kernel position (row, column), image position, and the numbers. */
export interface InspectorTap {
  row: number;
  column: number;
  /** The image pixel under this tap; outside the image when x or y leaves [0, width) / [0, height). */
  x: number;
  y: number;
  inside: boolean;
  /** The input value (0 outside: zero padding). */
  input: number;
  weight: number;
  product: number;
}

/** Everything the inspector shows for (x, y). */
export interface PixelInspection {
  x: number;
  y: number;
  size: number;
  /** size * size taps, row by row. */
  taps: InspectorTap[];
  /** The sum of the products: the output at (x, y), in double precision. */
  sum: number;
}

/** `value` rounded to a whole number and clamped into [0, limit - 1]. */
export function clampIndex(value: number, limit: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(limit - 1, Math.max(0, Math.round(value)));
}

/**
 * The window of output pixel (x, y) (clamped to the image): tap (r, c) reads in(x + c - h, y + r - h),
 * h = (k - 1) / 2, times kernel[r, c]; sum = the sum of the k*k products (the cross-correlation).
 */
export function inspectPixel(image: GrayImage, kernel: KernelSpec, x: number, y: number): PixelInspection {
  const px = clampIndex(x, image.width);
  const py = clampIndex(y, image.height);
  const half = (kernel.size - 1) / 2;
  const taps: InspectorTap[] = [];
  let sum = 0;
  for (let row = 0; row < kernel.size; row++) {
    for (let column = 0; column < kernel.size; column++) {
      const tx = px + column - half;
      const ty = py + row - half;
      const inside = tx >= 0 && tx < image.width && ty >= 0 && ty < image.height;
      const input = inside ? image.pixels[ty * image.width + tx] : 0;
      const weight = kernel.values[row * kernel.size + column];
      const product = input * weight;
      sum += product;
      taps.push({ row, column, x: tx, y: ty, inside, input, weight, product });
    }
  }
  return { x: px, y: py, size: kernel.size, taps, sum };
}
