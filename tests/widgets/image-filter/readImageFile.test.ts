// readImageFile: the pure plan (limits, type, header) and the whole read with the browser's
// createImageBitmap and OffscreenCanvas stubbed; it never throws and never decodes a too-large image.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, MAX_PIXELS, planImageRead, readImageFile } from '../../../src/widgets/image-filter/readImageFile.ts';

const fixture = (name: string): Uint8Array<ArrayBuffer> => Uint8Array.from(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)));

function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...u32(13), 0x49, 0x48, 0x44, 0x52, ...u32(width), ...u32(height), 8, 0, 0, 0, 0]);
}

describe('planImageRead', () => {
  const png = { format: 'png' as const, size: { width: 4000, height: 3000 } };
  it.each([
    ['0 bytes', { size: 0, type: 'image/png' }, png, { problem: { kind: 'empty' } }],
    ['51 MB', { size: 51 * 1024 * 1024, type: 'image/png' }, png, { problem: { kind: 'file-too-large', bytes: 51 * 1024 * 1024, limitBytes: MAX_FILE_BYTES } }],
    ['text/plain without a known header', { size: 10, type: 'text/plain' }, undefined, { problem: { kind: 'not-an-image', type: 'text/plain' } }],
    ['image/png type but no known header (a renamed text file)', { size: 10, type: 'image/png' }, undefined, { decode: {} }],
    ['application/octet-stream with a PNG header 4000x3000', { size: 10, type: 'application/octet-stream' }, png, { decode: { knownSize: { width: 4000, height: 3000 }, target: { width: 512, height: 384 } } }],
    ['PNG 12000x12000 (144 MP)', { size: 10, type: 'image/png' }, { format: 'png' as const, size: { width: 12000, height: 12000 } }, { problem: { kind: 'too-many-pixels', width: 12000, height: 12000, limitPixels: MAX_PIXELS } }],
    ['PNG 10000x5000 (exactly 50 MP)', { size: 10, type: 'image/png' }, { format: 'png' as const, size: { width: 10000, height: 5000 } }, { decode: { knownSize: { width: 10000, height: 5000 }, target: { width: 512, height: 256 } } }],
  ])('%s -> %j', (_, file, header, expected) => {
    expect(planImageRead(file, header, 512)).toEqual(expected);
  });
});

describe('readImageFile with stubbed decoding', () => {
  const decodes: { options?: ImageBitmapOptions }[] = [];
  let decodedSize = { width: 7, height: 5 };
  beforeEach(() => {
    decodes.length = 0;
    decodedSize = { width: 7, height: 5 };
    vi.stubGlobal('createImageBitmap', async (source: Blob | { width: number; height: number }, options: ImageBitmapOptions = {}) => {
      decodes.push({ options });
      if (source instanceof Blob) {
        const head = new Uint8Array(await source.slice(0, 4).arrayBuffer());
        if (head[0] === 0x68) throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
      }
      const from = source instanceof Blob ? decodedSize : source;
      const width = options.resizeWidth ?? (options.resizeHeight ? Math.ceil((from.width * options.resizeHeight) / from.height) : from.width);
      const height = options.resizeHeight ?? (options.resizeWidth ? Math.ceil((from.height * options.resizeWidth) / from.width) : from.height);
      return { width, height, close: () => undefined };
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
          return { fillRect: () => undefined, drawImage: () => undefined, getImageData: () => ({ data: new Uint8ClampedArray(width * height * 4).fill(255) }) };
        }
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('a real 7x5 PNG -> ok, 7x5 gray, not downscaled, decoded without resizing', async () => {
    const result = await readImageFile(new File([fixture('tiny-7x5.png')], 'tiny.png', { type: 'image/png' }));
    expect(result).toMatchObject({ ok: true, name: 'tiny.png', original: { width: 7, height: 5 }, downscaled: false });
    expect(result.ok && [result.image.width, result.image.height, result.image.pixels[0]]).toEqual([7, 5, 255]);
    expect(decodes).toEqual([{ options: {} }]);
  });

  it('a 3000x2000 PNG header -> downscaled during the decode to 512x341', async () => {
    decodedSize = { width: 3000, height: 2000 };
    const result = await readImageFile(new File([pngHeader(3000, 2000)], 'wide.png', { type: 'image/png' }));
    expect(result).toMatchObject({ ok: true, original: { width: 3000, height: 2000 }, downscaled: true });
    expect(result.ok && [result.image.width, result.image.height]).toEqual([512, 341]);
    expect(decodes[0].options).toEqual({ resizeWidth: 512, resizeHeight: 341, resizeQuality: 'high' });
  });

  it('a 12000x12000 PNG header -> too-many-pixels, nothing decoded', async () => {
    const result = await readImageFile(new File([pngHeader(12000, 12000)], 'huge.png', { type: 'image/png' }));
    expect(result).toEqual({ ok: false, name: 'huge.png', problem: { kind: 'too-many-pixels', width: 12000, height: 12000, limitPixels: MAX_PIXELS } });
    expect(decodes).toEqual([]);
  });

  it('a text file renamed notes.png -> not-an-image', async () => {
    const result = await readImageFile(new File(['hello, world'], 'notes.png', { type: 'image/png' }));
    expect(result).toEqual({ ok: false, name: 'notes.png', problem: { kind: 'not-an-image', type: 'image/png' } });
  });

  it('a text file notes.txt -> not-an-image without trying to decode', async () => {
    const result = await readImageFile(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not-an-image' } });
    expect(decodes).toEqual([]);
  });

  it('a PNG header followed by garbage whose decode fails -> broken png', async () => {
    vi.stubGlobal('createImageBitmap', () => Promise.reject(new DOMException('The source image could not be decoded.', 'InvalidStateError')));
    const result = await readImageFile(new File([pngHeader(40, 30), new Uint8Array(20)], 'cut.png', { type: 'image/png' }));
    expect(result).toEqual({ ok: false, name: 'cut.png', problem: { kind: 'broken', format: 'png' } });
  });

  it('an image of unknown header that decodes to 9000x9000 (81 MP) -> too-many-pixels after the guarded decode', async () => {
    decodedSize = { width: 9000, height: 9000 };
    const result = await readImageFile(new File([new Uint8Array([0, 1, 2, 3, 4])], 'odd.svg', { type: 'image/svg+xml' }));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'too-many-pixels', width: 9000, height: 9000 } });
  });

  it('an image of unknown header that decodes to 1024x768 -> ok, second pass down to 512x384', async () => {
    decodedSize = { width: 1024, height: 768 };
    const result = await readImageFile(new File([new Uint8Array([0, 1, 2, 3, 4])], 'odd.avif', { type: 'image/avif' }));
    expect(result).toMatchObject({ ok: true, original: { width: 1024, height: 768 }, downscaled: true });
    expect(result.ok && [result.image.width, result.image.height]).toEqual([512, 384]);
  });

  it('an empty file -> empty', async () => {
    expect(await readImageFile(new File([], 'empty.png', { type: 'image/png' }))).toMatchObject({ ok: false, problem: { kind: 'empty' } });
  });

  it('no createImageBitmap in this browser -> cannot-decode', async () => {
    vi.stubGlobal('createImageBitmap', undefined);
    expect(await readImageFile(new File([fixture('tiny-7x5.png')], 'tiny.png', { type: 'image/png' }))).toMatchObject({ ok: false, problem: { kind: 'cannot-decode' } });
  });

  it('a file over 50 MB (size faked) -> file-too-large without reading it', async () => {
    const file = new File(['x'], 'big.tif', { type: 'image/tiff' });
    Object.defineProperty(file, 'size', { value: MAX_FILE_BYTES + 1 });
    file.slice = () => {
      throw new Error('must not read');
    };
    expect(await readImageFile(file)).toMatchObject({ ok: false, problem: { kind: 'file-too-large', bytes: MAX_FILE_BYTES + 1 } });
  });
});
