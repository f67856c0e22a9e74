// loadSamplePhoto with the browser's fetch, createImageBitmap and OffscreenCanvas stubbed: the
// result's size and values, the memory of loaded photos, aborts and failed downloads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSamplePhoto } from '../../../src/widgets/image-filter/loadSamplePhoto.ts';
import { findSamplePhoto, type SamplePhoto } from '../../../src/widgets/image-filter/samplePhotos.ts';

/** A fake 2D canvas whose pixels are all the RGBA value `rgba`. */
function stubCanvas(rgba: [number, number, number, number]) {
  class FakeCanvas {
    constructor(
      readonly width: number,
      readonly height: number,
    ) {}
    getContext() {
      const { width, height } = this;
      return {
        fillStyle: '',
        fillRect: () => undefined,
        drawImage: () => undefined,
        getImageData: () => {
          const data = new Uint8ClampedArray(width * height * 4);
          for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
          return { data, width, height };
        },
      };
    }
  }
  vi.stubGlobal('OffscreenCanvas', FakeCanvas);
}

function photoWithUrl(id: string, url: string): SamplePhoto {
  const photo = findSamplePhoto(id);
  if (!photo) throw new Error(`no photo ${id}`);
  return { ...photo, url };
}

describe('loadSamplePhoto', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(() => Promise.resolve(new Response(new Uint8Array([1, 2, 3]))));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('createImageBitmap', (_: Blob, options: ImageBitmapOptions = {}) =>
      Promise.resolve({ width: options.resizeWidth ?? 600, height: options.resizeHeight ?? 400, close: () => undefined }),
    );
    stubCanvas([100, 100, 100, 255]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('chelsea (451x300) -> a 451x300 GrayImage whose values are the decoded gray', async () => {
    vi.stubGlobal('createImageBitmap', () => Promise.resolve({ width: 451, height: 300, close: () => undefined }));
    const image = await loadSamplePhoto(photoWithUrl('chelsea', '/samples/test-chelsea.png'));
    expect([image.width, image.height]).toEqual([451, 300]);
    expect(image.pixels.length).toBe(451 * 300);
    expect(image.pixels[0]).toBe(100);
    expect(fetchMock).toHaveBeenCalledWith('/samples/test-chelsea.png', expect.anything());
  });

  it('loading the same url twice fetches once', async () => {
    const photo = photoWithUrl('camera', '/samples/test-twice.png');
    vi.stubGlobal('createImageBitmap', () => Promise.resolve({ width: 512, height: 512, close: () => undefined }));
    const first = await loadSamplePhoto(photo);
    const second = await loadSamplePhoto(photo);
    expect(second).toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('an aborted signal -> rejects with AbortError and fetches nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(loadSamplePhoto(photoWithUrl('camera', '/samples/test-aborted.png'), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('HTTP 404 -> rejects with a message naming the url and the status', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(new Response('missing', { status: 404 })));
    await expect(loadSamplePhoto(photoWithUrl('brick', '/samples/test-missing.png'))).rejects.toThrow('the server answered 404 for /samples/test-missing.png');
  });

  it('a network failure -> rejects with "could not download <url>"', async () => {
    fetchMock.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(loadSamplePhoto(photoWithUrl('brick', '/samples/test-offline.png'))).rejects.toThrow('could not download /samples/test-offline.png');
  });

  it('a decode failure -> rejects with "could not decode <url>"', async () => {
    vi.stubGlobal('createImageBitmap', () => Promise.reject(new DOMException('The source image could not be decoded.', 'InvalidStateError')));
    await expect(loadSamplePhoto(photoWithUrl('coffee', '/samples/test-broken.png'))).rejects.toThrow('could not decode /samples/test-broken.png');
  });
});
