// The shipped digits file format and its parser: plain bytes in, labels and pixels out.
// Imports nothing; no DOM, no Node modules, so the browser, workers, Node scripts and tests share it.

/** A set of grayscale digit images with their labels, as stored in public/data/digits-*.bin.gz. */
export interface DigitSet {
  /** Number of images N. */
  readonly count: number;
  /** Image height in pixels (28 for MNIST). */
  readonly rows: number;
  /** Image width in pixels (28 for MNIST). */
  readonly cols: number;
  /** labels [N], each 0..9. */
  readonly labels: Uint8Array;
  /** pixels [N, rows, cols] row-major, 0 = background, 255 = full ink. */
  readonly pixels: Uint8Array;
}

/** Which shipped subset: 12,000 training images or 2,000 test images. */
export type DigitsSplit = 'train' | 'test';

/** The four magic bytes that open a digits file: ASCII "RDIG". */
export const DIGITS_MAGIC = Uint8Array.of(0x52, 0x44, 0x49, 0x47);
/** The one format version this parser reads. */
export const DIGITS_VERSION = 1;
/** Header size in bytes: five big-endian uint32 (magic, version, count, rows, cols). */
export const DIGITS_HEADER_BYTES = 20;

/** File name of a shipped subset inside public/data/, e.g. `digits-train.bin.gz`. */
export function digitsFileName(split: DigitsSplit): string {
  return `digits-${split}.bin.gz`;
}

/** True when `bytes` start with the gzip magic bytes 1f 8b (the data still needs inflating). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function hexBytes(bytes: Uint8Array, n: number): string {
  return Array.from(bytes.subarray(0, n), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/**
 * Reads an inflated digits file. Layout (version 1): header of big-endian uint32
 * magic "RDIG", version, count N, rows, cols; then N uint8 labels; then N*rows*cols uint8 pixels.
 * Total length = 20 + N + N*rows*cols bytes. The returned labels and pixels are views into `bytes`
 * (no copy). Throws an Error that says what is wrong when the bytes are not such a file.
 */
export function parseDigits(bytes: Uint8Array): DigitSet {
  if (isGzip(bytes)) {
    throw new Error(
      'digits: the data is still gzip-compressed (it starts with 1f 8b); inflate it before parsing',
    );
  }
  if (bytes.length < DIGITS_HEADER_BYTES) {
    throw new Error(
      `digits: the file has ${bytes.length} bytes, fewer than the ${DIGITS_HEADER_BYTES}-byte header (it is truncated or not a digits file)`,
    );
  }
  if (DIGITS_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error(
      `digits: the file starts with bytes ${hexBytes(bytes, 4)}, not the digits magic 52 44 49 47 ("RDIG") (it is not a digits file)`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4);
  if (version !== DIGITS_VERSION) {
    throw new Error(
      `digits: format version ${version} is not supported (this loader reads version ${DIGITS_VERSION})`,
    );
  }
  const count = view.getUint32(8);
  const rows = view.getUint32(12);
  const cols = view.getUint32(16);
  if (rows < 1 || cols < 1) {
    throw new Error(`digits: image size ${rows}x${cols} is empty (rows and cols must be at least 1)`);
  }
  const expected = DIGITS_HEADER_BYTES + count + count * rows * cols;
  if (bytes.length !== expected) {
    const what = bytes.length < expected ? 'truncated' : 'followed by extra bytes';
    throw new Error(
      `digits: the header announces ${count} images of ${rows}x${cols}, which take ${expected} bytes, but the file has ${bytes.length} (it is ${what})`,
    );
  }
  const labels = bytes.subarray(DIGITS_HEADER_BYTES, DIGITS_HEADER_BYTES + count);
  const bad = labels.findIndex((label) => label > 9);
  if (bad >= 0) {
    throw new Error(`digits: label ${labels[bad]} of image ${bad} is not a digit (labels must be 0 to 9)`);
  }
  const pixels = bytes.subarray(DIGITS_HEADER_BYTES + count);
  return { count, rows, cols, labels, pixels };
}

/**
 * Writes a digit set in the digits format (the inverse of parseDigits), not gzipped.
 * Used by tests and tools that build small sets; labels [N], pixels [N, rows, cols].
 */
export function encodeDigits(set: DigitSet): Uint8Array {
  const { count, rows, cols, labels, pixels } = set;
  if (labels.length !== count || pixels.length !== count * rows * cols) {
    throw new Error(
      `digits: ${labels.length} labels and ${pixels.length} pixels do not fit ${count} images of ${rows}x${cols}`,
    );
  }
  const out = new Uint8Array(DIGITS_HEADER_BYTES + count + pixels.length);
  out.set(DIGITS_MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, DIGITS_VERSION);
  view.setUint32(8, count);
  view.setUint32(12, rows);
  view.setUint32(16, cols);
  out.set(labels, DIGITS_HEADER_BYTES);
  out.set(pixels, DIGITS_HEADER_BYTES + count);
  return out;
}
