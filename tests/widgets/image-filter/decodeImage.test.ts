// decodeImage with createImageBitmap and OffscreenCanvas stubbed: resize options from the known size,
// the guard on an unknown size, the second pass, and a canvas without a 2D context.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canDecodeImages, decodeImage, TooManyPixelsError } from '../../../src/widgets/image-filter/decodeImage.ts';

describe('decodeImage', () => {
  const calls: ImageBitmapOptions[] = [];
  const closed: number[] = [];
  let decoded = { width: 800, height: 600 };
  let hasContext = true;
  beforeEach(() => {
    calls.length = 0;
    closed.length = 0;
    decoded = { width: 800, height: 600 };
    hasContext = true;
    vi.stubGlobal('createImageBitmap', (source: unknown, options: ImageBitmapOptions = {}) => {
      calls.push(options);
      const from = source instanceof Blob ? decoded : (source as { width: number; height: number });
      const ratio = from.width / from.height;
      const width = options.resizeWidth ?? (options.resizeHeight ? Math.ceil(options.resizeHeight * ratio) : from.width);
      const height = options.resizeHeight ?? (options.resizeWidth ? Math.ceil(options.resizeWidth / ratio) : from.height);
      return Promise.resolve({ width, height, close: () => closed.push(calls.length) });
    });
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          readonly width: number,
          readonly height: number,
        ) {}
        getContext() {
          const { width, height } = this;
          if (!hasContext) return null;
          return { fillRect: () => undefined, drawImage: () => undefined, getImageData: () => ({ data: new Uint8ClampedArray(width * height * 4).fill(255) }) };
        }
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('known size 800x600, maxSide 512 -> one decode with resizeWidth 512 and resizeHeight 384, result 512x384', async () => {
    const { image, original } = await decodeImage(new Blob(['x']), { maxSide: 512, knownSize: { width: 800, height: 600 } });
    expect(calls).toEqual([{ resizeWidth: 512, resizeHeight: 384, resizeQuality: 'high' }]);
    expect([image.width, image.height, original]).toEqual([512, 384, { width: 800, height: 600 }]);
  });

  it('known size 600x800 (portrait) -> resizeWidth 384, resizeHeight 512', async () => {
    decoded = { width: 600, height: 800 };
    await decodeImage(new Blob(['x']), { maxSide: 512, knownSize: { width: 600, height: 800 } });
    expect(calls).toEqual([{ resizeWidth: 384, resizeHeight: 512, resizeQuality: 'high' }]);
  });

  it('unknown size decoding to 1200x900 -> a second pass to 512x384', async () => {
    decoded = { width: 1200, height: 900 };
    const { image, original } = await decodeImage(new Blob(['x']), { maxSide: 512 });
    expect([image.width, image.height, original]).toEqual([512, 384, { width: 1200, height: 900 }]);
    expect(calls).toEqual([{}, { resizeWidth: 512, resizeHeight: 384, resizeQuality: 'high' }]);
  });

  it('unknown size decoding to 8000x8000 with limit 50 MP -> TooManyPixelsError 8000x8000, bitmap closed', async () => {
    decoded = { width: 8000, height: 8000 };
    const error = await decodeImage(new Blob(['x']), { maxSide: 512, limitPixels: 50_000_000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TooManyPixelsError);
    expect(error).toMatchObject({ width: 8000, height: 8000 });
    expect(closed).toHaveLength(1);
  });

  it('no 2D context -> rejects with "no 2D canvas context"', async () => {
    hasContext = false;
    await expect(decodeImage(new Blob(['x']), { maxSide: 1024 })).rejects.toThrow('no 2D canvas context');
  });

  it('canDecodeImages: true with createImageBitmap and OffscreenCanvas, false without createImageBitmap', () => {
    expect(canDecodeImages()).toBe(true);
    vi.stubGlobal('createImageBitmap', undefined);
    expect(canDecodeImages()).toBe(false);
  });
});
