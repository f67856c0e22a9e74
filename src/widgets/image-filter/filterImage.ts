// The filter itself: a grayscale image cross-correlated with a kernel by the engine's conv2d (padding
// 'same', zero borders, batch 1, channel 1), and the output's range. Pure; no per-pixel objects.
import { conv2d, tensor, type Tensor } from '../../engine/index.ts';
import type { GrayImage } from './grayImage.ts';
import type { KernelSpec } from './kernelParam.ts';

/** A filtered image: width x height values row-major (any sign), with their smallest and largest value. */
export interface FilterOutput {
  readonly width: number;
  readonly height: number;
  readonly values: Float32Array;
  readonly min: number;
  readonly max: number;
}

/** The smallest and largest of `values` in one pass ([0, 0] when empty). */
export function valueRange(values: Float32Array): { min: number; max: number } {
  if (values.length === 0) return { min: 0, max: 0 };
  let min = values[0];
  let max = values[0];
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  return { min, max };
}

/**
 * out(x, y) = sum over r, c in [0, k) of kernel[r, c] * in(x + c - (k-1)/2, y + r - (k-1)/2), with
 * pixels outside the image read as 0; output [H, W] like the input. The kernel is not flipped
 * (cross-correlation, as a CNN layer computes it). conv2d x [1,1,H,W], w [1,1,k,k], padding 'same'.
 */
export function filterImage(image: GrayImage, kernel: KernelSpec): FilterOutput {
  const { width, height } = image;
  // The image's own pixels as the input tensor: no copy (conv2d reads, never writes its input).
  const input: Tensor = { shape: [1, 1, height, width], data: image.pixels };
  const weights = tensor([1, 1, kernel.size, kernel.size], kernel.values);
  const values = conv2d(input, weights, null, { padding: 'same' }).data;
  return { width, height, values, ...valueRange(values) };
}
