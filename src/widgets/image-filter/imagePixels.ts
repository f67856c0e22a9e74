// Pure pixel arithmetic for turning a decoded image into a GrayImage: the size to decode to (longest
// side at most maxSide) and RGBA -> gray with the ITU-R BT.601 weights. No DOM: tested in node.
import type { GrayImage } from './grayImage.ts';

/** ITU-R BT.601 luma weights for R, G, B (the ones scripts/samples/makeSamplePhotos.py uses too). */
export const LUMA_WEIGHTS = { r: 0.299, g: 0.587, b: 0.114 } as const;

/** A pixel size. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * The size to decode a `width × height` image to so its longest side is at most `maxSide`,
 * keeping the aspect ratio: the longest side becomes maxSide, the other round(side × maxSide /
 * longest), at least 1 (the rounding scripts/samples/makeSamplePhotos.py uses too). Smaller images
 * keep their size. Examples: 4000×3000 -> 512×384; 3000×2000 -> 512×341.
 */
export function downscaledSize(width: number, height: number, maxSide: number): PixelSize {
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width, height };
  const other = (side: number) => Math.min(maxSide, Math.max(1, Math.round((side * maxSide) / longest)));
  return width >= height ? { width: maxSide, height: other(height) } : { width: other(width), height: maxSide };
}

/**
 * RGBA bytes (4 per pixel, row-major, not premultiplied, as getImageData returns them) of a
 * `width × height` image -> GrayImage. gray = round(0.299 R + 0.587 G + 0.114 B), after compositing
 * a transparent pixel over white: c' = c·a/255 + 255·(1 − a/255). Values are whole numbers 0..255.
 * Throws a RangeError when `rgba.length` is not width × height × 4.
 */
export function rgbaToGray(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): GrayImage {
  const count = width * height;
  if (rgba.length !== count * 4) {
    throw new RangeError(`rgbaToGray: ${rgba.length} bytes do not hold ${width}×${height} RGBA pixels (need ${count * 4})`);
  }
  const pixels = new Float32Array(count);
  for (let i = 0, j = 0; i < count; i += 1, j += 4) {
    const luma = LUMA_WEIGHTS.r * rgba[j] + LUMA_WEIGHTS.g * rgba[j + 1] + LUMA_WEIGHTS.b * rgba[j + 2];
    const alpha = rgba[j + 3];
    const composited = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha)) / 255;
    pixels[i] = Math.min(255, Math.max(0, Math.round(composited)));
  }
  return { width, height, pixels };
}
