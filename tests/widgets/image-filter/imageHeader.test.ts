// readImageHeader on real tiny files (tests/fixtures/images, written by PIL) and on hand-built
// headers with large sizes: format and pixel size without decoding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../src/widgets/image-filter/imageHeader.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/images/${name}`, import.meta.url)));

function bytes(...parts: (string | number[])[]): Uint8Array {
  return new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part)));
}
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const u16le = (n: number) => [n & 255, (n >>> 8) & 255];
const u24le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];

function pngHeader(width: number, height: number): Uint8Array {
  return bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], u32be(13), 'IHDR', u32be(width), u32be(height), [8, 0, 0, 0, 0]);
}

describe('readImageHeader on real files 7x5', () => {
  it.each([
    ['tiny-7x5.png', 'png'],
    ['tiny-7x5.jpg', 'jpeg'],
    ['tiny-7x5-progressive.jpg', 'jpeg'],
    ['tiny-7x5.gif', 'gif'],
    ['tiny-7x5-lossy.webp', 'webp'],
    ['tiny-7x5-lossless.webp', 'webp'],
    ['tiny-7x5-alpha.webp', 'webp'],
    ['tiny-7x5.bmp', 'bmp'],
  ])('%s -> %s 7x5', (name, format) => {
    expect(readImageHeader(fixture(name))).toEqual({ format, size: { width: 7, height: 5 } });
  });
});

describe('readImageHeader: JPEG EXIF orientation (stored 7x5)', () => {
  it.each([
    ['tiny-7x5-exif-rotate90.jpg', 6, 5, 7],
    ['tiny-7x5-exif-rotate180.jpg', 3, 7, 5],
    ['tiny-7x5-exif-rotate270.jpg', 8, 5, 7],
  ])('%s (orientation %i) -> shown as %ix%i', (name, _, width, height) => {
    expect(readImageHeader(fixture(name))).toEqual({ format: 'jpeg', size: { width, height } });
  });

  it('little-endian (II) EXIF with orientation 5 before SOF0 4000x3000 -> 3000x4000', () => {
    const exif = bytes('Exif', [0, 0], 'II', [0x2a, 0], u32le(8), u16le(1), u16le(0x0112), u16le(3), u32le(1), u16le(5), [0, 0], u32le(0));
    const app1 = [0xff, 0xe1, ...[(exif.length + 2) >> 8, (exif.length + 2) & 255], ...exif];
    const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x0b, 0xb8, 0x0f, 0xa0, 3];
    expect(readImageHeader(bytes([0xff, 0xd8], app1, sof0))?.size).toEqual({ width: 3000, height: 4000 });
  });

  it('an APP1 that is not EXIF (XMP) -> orientation ignored, 7x5 kept', () => {
    const xmp = bytes('http://ns.adobe.com/xap/1.0/', [0]);
    const app1 = [0xff, 0xe1, 0, xmp.length + 2, ...xmp];
    const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, 0, 5, 0, 7, 3];
    expect(readImageHeader(bytes([0xff, 0xd8], app1, sof0))?.size).toEqual({ width: 7, height: 5 });
  });
});

describe('readImageHeader on built headers', () => {
  it('PNG 12000x12000 -> size read from IHDR', () => {
    expect(readImageHeader(pngHeader(12000, 12000))).toEqual({ format: 'png', size: { width: 12000, height: 12000 } });
  });

  it('PNG 3000000000x1 (over 2^31) -> width read as unsigned', () => {
    expect(readImageHeader(pngHeader(3_000_000_000, 1))?.size).toEqual({ width: 3_000_000_000, height: 1 });
  });

  it('PNG signature cut after 8 bytes -> png without size', () => {
    expect(readImageHeader(pngHeader(10, 10).subarray(0, 8))).toEqual({ format: 'png' });
  });

  it('JPEG with fill bytes, an APP1 block and SOF2 4000x3000 -> 4000x3000', () => {
    const app1 = [0xff, 0xe1, ...[0x01, 0x02], ...new Array<number>(0x0100).fill(0)];
    const sof2 = [0xff, 0xff, 0xc2, 0x00, 0x11, 0x08, 0x0b, 0xb8, 0x0f, 0xa0, 3];
    expect(readImageHeader(bytes([0xff, 0xd8], app1, sof2))).toEqual({ format: 'jpeg', size: { width: 4000, height: 3000 } });
  });

  it('JPEG whose DHT (C4) comes before SOF0 -> C4 skipped, size from SOF0 640x480', () => {
    const dht = [0xff, 0xc4, 0x00, 0x04, 0, 0];
    const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 3];
    expect(readImageHeader(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0], dht, sof0))?.size).toEqual({ width: 640, height: 480 });
  });

  it('JPEG cut before its frame header -> jpeg without size', () => {
    expect(readImageHeader(bytes([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 0, 0, 0]))).toEqual({ format: 'jpeg' });
  });

  it('GIF89a 300x200 -> 300x200', () => {
    expect(readImageHeader(bytes('GIF89a', u16le(300), u16le(200), [0]))).toEqual({ format: 'gif', size: { width: 300, height: 200 } });
  });

  it('WebP VP8X canvas 20000x15000 -> 20000x15000', () => {
    const header = bytes('RIFF', u32le(30), 'WEBP', 'VP8X', u32le(10), [0, 0, 0, 0], u24le(19999), u24le(14999));
    expect(readImageHeader(header)).toEqual({ format: 'webp', size: { width: 20000, height: 15000 } });
  });

  it('WebP VP8L 16384x16384 (largest) -> 16384x16384', () => {
    const bits = 16383 | (16383 << 14);
    const header = bytes('RIFF', u32le(30), 'WEBP', 'VP8L', u32le(10), [0x2f], u32le(bits), [0]);
    expect(readImageHeader(header)).toEqual({ format: 'webp', size: { width: 16384, height: 16384 } });
  });

  it('WebP VP8 1000x750 with scale bits set -> the 14-bit sizes 1000x750', () => {
    const header = bytes('RIFF', u32le(30), 'WEBP', 'VP8 ', u32le(10), [0, 0, 0, 0x9d, 0x01, 0x2a], u16le(1000 | 0x4000), u16le(750 | 0x8000));
    expect(readImageHeader(header)).toEqual({ format: 'webp', size: { width: 1000, height: 750 } });
  });

  it('BMP top-down (height -480) 640 wide -> 640x480', () => {
    const header = bytes('BM', u32le(0), u32le(0), u32le(54), u32le(40), u32le(640), u32le(-480 >>> 0), [1, 0, 24, 0]);
    expect(readImageHeader(header)).toEqual({ format: 'bmp', size: { width: 640, height: 480 } });
  });

  it('AVIF ftyp -> avif without size (decoded with the guard)', () => {
    expect(readImageHeader(bytes(u32be(28), 'ftyp', 'avif', u32be(0)))).toEqual({ format: 'avif' });
  });

  it.each([
    ['plain text', bytes('hello, this is not an image\n')],
    ['an empty file', new Uint8Array(0)],
    ['a PDF', bytes('%PDF-1.7\n')],
    ['a zip', bytes('PK', [3, 4, 0, 0])],
  ])('%s -> undefined', (_, data) => {
    expect(readImageHeader(data)).toBeUndefined();
  });

  it('PNG with width 0 -> png without size', () => {
    expect(readImageHeader(pngHeader(0, 10))).toEqual({ format: 'png' });
  });
});
