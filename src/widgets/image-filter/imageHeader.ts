// Reads an image file's format and pixel size from its first bytes, without decoding it: PNG (IHDR),
// JPEG (SOFn marker, turned by its EXIF orientation), GIF, WebP (VP8, VP8L, VP8X) and BMP. Pure:
// tested in node with byte fixtures.

/** The image formats recognised by their magic bytes. */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'avif' | 'heic' | 'ico' | 'tiff';

/** What the header says: the format, and the pixel size when it could be read from the given bytes. */
export interface ImageHeader {
  format: ImageFormat;
  /**
   * The size as the image is shown: a JPEG whose EXIF orientation turns it a quarter (5 to 8) has
   * its stored width and height swapped, as browsers decode it. Undefined when the bytes end before
   * the size (a JPEG with a large EXIF block) or the format keeps it deeper (AVIF).
   */
  size?: { width: number; height: number };
}

/** How many leading bytes of a file readImageHeader wants (enough for a JPEG's SOF after big EXIF blocks). */
export const HEADER_BYTES = 512 * 1024;

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return at + length > bytes.length ? '' : String.fromCharCode(...bytes.subarray(at, at + length));
}

function u16be(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 8) | bytes[at + 1];
}

function u16le(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u24le(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
}

function u32be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) >>> 0) + ((bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]);
}

function i32le(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
}

function sized(format: ImageFormat, width: number, height: number): ImageHeader {
  return width > 0 && height > 0 ? { format, size: { width, height } } : { format };
}

function pngHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return { format: 'png' };
  return sized('png', u32be(bytes, 16), u32be(bytes, 20));
}

/** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * The EXIF orientation (1 to 8) in an APP1 segment whose data starts at `at` ('Exif\0\0', then a TIFF
 * header and IFD0), or 1 when absent or unreadable. 5 to 8 turn the image a quarter.
 */
function exifOrientation(bytes: Uint8Array, at: number, end: number): number {
  if (ascii(bytes, at, 6) !== 'Exif\u0000\u0000') return 1;
  const tiff = at + 6;
  const little = ascii(bytes, tiff, 2) === 'II';
  if (!little && ascii(bytes, tiff, 2) !== 'MM') return 1;
  const u16 = (offset: number) => (little ? u16le(bytes, offset) : u16be(bytes, offset));
  const u32 = (offset: number) => (little ? (u16le(bytes, offset) | (u16le(bytes, offset + 2) << 16)) >>> 0 : u32be(bytes, offset));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

function jpegHeader(bytes: Uint8Array): ImageHeader {
  let orientation = 1;
  let at = 2;
  while (at + 3 < bytes.length) {
    if (bytes[at] !== 0xff) return { format: 'jpeg' };
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return { format: 'jpeg' }; // end of image or scan before any frame header
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return { format: 'jpeg' };
      const width = u16be(bytes, at + 7);
      const height = u16be(bytes, at + 5);
      return orientation >= 5 ? sized('jpeg', height, width) : sized('jpeg', width, height);
    }
    const length = u16be(bytes, at + 2);
    if (marker === 0xe1 && orientation === 1) orientation = exifOrientation(bytes, at + 4, Math.min(bytes.length, at + 2 + length));
    at += 2 + length;
  }
  return { format: 'jpeg' };
}

function webpHeader(bytes: Uint8Array): ImageHeader {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ' && bytes.length >= 30 && bytes[23] === 0x9d && bytes[24] === 0x01 && bytes[25] === 0x2a) {
    return sized('webp', u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff);
  }
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const [b0, b1, b2, b3] = bytes.subarray(21, 25);
    return sized('webp', 1 + (((b1 & 0x3f) << 8) | b0), 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)));
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    return sized('webp', 1 + u24le(bytes, 24), 1 + u24le(bytes, 27));
  }
  return { format: 'webp' };
}

function bmpHeader(bytes: Uint8Array): ImageHeader {
  if (bytes.length < 26) return { format: 'bmp' };
  const dibSize = i32le(bytes, 14);
  if (dibSize === 12) return sized('bmp', u16le(bytes, 18), u16le(bytes, 20));
  // A negative height means the rows are stored top-down.
  return sized('bmp', Math.abs(i32le(bytes, 18)), Math.abs(i32le(bytes, 22)));
}

function isoMediaFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  const brand = ascii(bytes, 8, 4);
  if (brand === 'avif' || brand === 'avis') return 'avif';
  if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  return undefined;
}

/**
 * The format and, when present in `bytes`, the pixel size of the image whose file starts with
 * `bytes` (pass its first HEADER_BYTES). Undefined when the bytes match no known image format.
 * PNG: IHDR width/height (big-endian u32 at 16, 20); JPEG: the first SOFn segment (height, width
 * as u16 at +5, +7); GIF: logical screen u16le at 6, 8; WebP: VP8 frame size (14 bits), VP8L
 * (14-bit fields minus one), VP8X canvas (24-bit fields minus one); BMP: DIB width/height (|height|).
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG' && bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a) {
    return pngHeader(bytes);
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegHeader(bytes);
  const gif = ascii(bytes, 0, 6);
  if (gif === 'GIF87a' || gif === 'GIF89a') return bytes.length >= 10 ? sized('gif', u16le(bytes, 6), u16le(bytes, 8)) : { format: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webpHeader(bytes);
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 18) return bmpHeader(bytes);
  const isoMedia = isoMediaFormat(bytes);
  if (isoMedia) return { format: isoMedia };
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0) return { format: 'ico' };
  const tiff = ascii(bytes, 0, 4);
  if (tiff === 'II*\u0000' || tiff === 'MM\u0000*') return { format: 'tiff' };
  return undefined;
}
