// Decodes an image Blob in the browser into a GrayImage no larger than maxSide on its longest side:
// createImageBitmap (downscaling during decode), drawn on an (Offscreen)canvas over white, then gray.
import type { GrayImage } from './grayImage.ts';
import { downscaledSize, rgbaToGray, type PixelSize } from './imagePixels.ts';

/** A decoded image: the gray pixels and the size of the image before any downscaling. */
export interface DecodedImage {
  image: GrayImage;
  original: PixelSize;
}

/** Thrown when the decoded image has more than `limitPixels` pixels (only checked when the size was not known before decoding). */
export class TooManyPixelsError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`decodeImage: ${width}×${height} pixels is too many`);
    this.name = 'TooManyPixelsError';
  }
}

/** Whether this environment can decode images (createImageBitmap and a canvas exist). */
export function canDecodeImages(): boolean {
  return typeof createImageBitmap === 'function' && (typeof OffscreenCanvas === 'function' || typeof document !== 'undefined');
}

/** Options of decodeImage. */
export interface DecodeImageOptions {
  /** Longest side of the result; larger images are downscaled to it. */
  maxSide: number;
  /** The size read from the file's header, when known: the decode downscales at once. */
  knownSize?: PixelSize;
  /** Refuse (TooManyPixelsError) a decoded image over this many pixels; used when the size was unknown. */
  limitPixels?: number;
}

function resizeOptions(from: PixelSize, maxSide: number): ImageBitmapOptions {
  const target = downscaledSize(from.width, from.height, maxSide);
  if (target.width === from.width && target.height === from.height) return {};
  // Both sides are given: a side left out is computed by the browser, in single precision in
  // Chromium (4000×3000 -> 512×385). `from` is the size as shown (EXIF orientation applied), which
  // is what the resize applies to.
  return { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high' };
}

function grayFromBitmap(bitmap: ImageBitmap): GrayImage {
  const { width, height } = bitmap;
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('decodeImage: no 2D canvas context to read the pixels');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0);
  return rgbaToGray(context.getImageData(0, 0, width, height).data, width, height);
}

/**
 * Decodes `blob` and returns it as gray, longest side at most `maxSide` (downscaled during the
 * decode when `knownSize` is given). Rejects when the browser cannot decode it, and with
 * TooManyPixelsError when the decoded size exceeds `limitPixels`. Transparent pixels are put over white.
 */
export async function decodeImage(blob: Blob, options: DecodeImageOptions): Promise<DecodedImage> {
  const { maxSide, knownSize, limitPixels } = options;
  let bitmap = await createImageBitmap(blob, knownSize ? resizeOptions(knownSize, maxSide) : {});
  let original = knownSize;
  try {
    if (!original) {
      original = { width: bitmap.width, height: bitmap.height };
      if (limitPixels !== undefined && original.width * original.height > limitPixels) {
        throw new TooManyPixelsError(original.width, original.height);
      }
    }
    if (Math.max(bitmap.width, bitmap.height) > maxSide) {
      const smaller = await createImageBitmap(bitmap, resizeOptions({ width: bitmap.width, height: bitmap.height }, maxSide));
      bitmap.close();
      bitmap = smaller;
    }
    return { image: grayFromBitmap(bitmap), original };
  } finally {
    bitmap.close();
  }
}
