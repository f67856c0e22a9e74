// Tests of the digits format: parseDigits on small made-up buffers, encodeDigits round trips, isGzip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGITS_HEADER_BYTES, digitsFileName, encodeDigits, isGzip, parseDigits } from '../../src/data/digits.ts';
import type { DigitSet } from '../../src/data/digits.ts';

/** A tiny set: `count` images of rows x cols, label i % 10, pixel value (i*7 + j) % 256. */
function madeUpSet(count: number, rows: number, cols: number): DigitSet {
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  const pixels = Uint8Array.from({ length: count * rows * cols }, (_, j) => (j * 7) % 256);
  return { count, rows, cols, labels, pixels };
}

describe('parseDigits', () => {
  it('parseDigits count=3 rows=2 cols=4 -> labels [3], pixels [3,2,4]', () => {
    const set = madeUpSet(3, 2, 4);
    const bytes = encodeDigits(set);
    expect(bytes.length).toBe(DIGITS_HEADER_BYTES + 3 + 3 * 2 * 4);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x52, 0x44, 0x49, 0x47]);
    const parsed = parseDigits(bytes);
    expect(parsed.count).toBe(3);
    expect(parsed.rows).toBe(2);
    expect(parsed.cols).toBe(4);
    expect(Array.from(parsed.labels)).toEqual([0, 1, 2]);
    expect(Array.from(parsed.pixels)).toEqual(Array.from(set.pixels));
  });

  it('parseDigits count=0 rows=28 cols=28 -> empty set', () => {
    const parsed = parseDigits(encodeDigits(madeUpSet(0, 28, 28)));
    expect(parsed.count).toBe(0);
    expect(parsed.pixels.length).toBe(0);
  });

  it('parseDigits reads a buffer at a byte offset inside a larger ArrayBuffer', () => {
    const bytes = encodeDigits(madeUpSet(2, 3, 3));
    const padded = new Uint8Array(bytes.length + 5);
    padded.set(bytes, 5);
    const parsed = parseDigits(padded.subarray(5));
    expect(parsed.count).toBe(2);
    expect(Array.from(parsed.labels)).toEqual([0, 1]);
  });

  it('parseDigits round-trips any small set (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 255 })),
        (count, rows, cols, values) => {
          const labels = Uint8Array.from({ length: count }, (_, i) => (i * 3) % 10);
          const pixels = Uint8Array.from(values.take(count * rows * cols));
          const parsed = parseDigits(encodeDigits({ count, rows, cols, labels, pixels }));
          expect([parsed.count, parsed.rows, parsed.cols]).toEqual([count, rows, cols]);
          expect(Array.from(parsed.labels)).toEqual(Array.from(labels));
          expect(Array.from(parsed.pixels)).toEqual(Array.from(pixels));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('parseDigits of 7 bytes throws: fewer than the 20-byte header', () => {
    expect(() => parseDigits(new Uint8Array(7))).toThrow(
      'digits: the file has 7 bytes, fewer than the 20-byte header',
    );
  });

  it('parseDigits with wrong magic 00 00 08 03 (raw idx) throws naming the bytes', () => {
    const bytes = encodeDigits(madeUpSet(1, 2, 2));
    bytes.set([0x00, 0x00, 0x08, 0x03], 0);
    expect(() => parseDigits(bytes)).toThrow(
      'digits: the file starts with bytes 00 00 08 03, not the digits magic 52 44 49 47 ("RDIG")',
    );
  });

  it('parseDigits of gzip bytes 1f 8b throws: inflate first', () => {
    const bytes = new Uint8Array(40);
    bytes.set([0x1f, 0x8b, 0x08], 0);
    expect(() => parseDigits(bytes)).toThrow('digits: the data is still gzip-compressed');
  });

  it('parseDigits with version 2 throws naming both versions', () => {
    const bytes = encodeDigits(madeUpSet(1, 2, 2));
    new DataView(bytes.buffer).setUint32(4, 2);
    expect(() => parseDigits(bytes)).toThrow('digits: format version 2 is not supported (this loader reads version 1)');
  });

  it('parseDigits with rows=0 throws: image size 0x4 is empty', () => {
    const bytes = encodeDigits(madeUpSet(0, 1, 4));
    new DataView(bytes.buffer).setUint32(12, 0);
    expect(() => parseDigits(bytes)).toThrow('digits: image size 0x4 is empty');
  });

  it('parseDigits count=3 rows=2 cols=2 truncated by 5 bytes throws naming the sizes', () => {
    const bytes = encodeDigits(madeUpSet(3, 2, 2));
    expect(bytes.length).toBe(35);
    expect(() => parseDigits(bytes.subarray(0, 30))).toThrow(
      'digits: the header announces 3 images of 2x2, which take 35 bytes, but the file has 30 (it is truncated)',
    );
  });

  it('parseDigits count=1 rows=2 cols=2 with 2 trailing bytes throws: extra bytes', () => {
    const bytes = encodeDigits(madeUpSet(1, 2, 2));
    const longer = new Uint8Array(bytes.length + 2);
    longer.set(bytes);
    expect(() => parseDigits(longer)).toThrow('but the file has 27 (it is followed by extra bytes)');
  });

  it('parseDigits with label 12 on image 1 throws: labels must be 0 to 9', () => {
    const bytes = encodeDigits(madeUpSet(2, 1, 1));
    bytes[DIGITS_HEADER_BYTES + 1] = 12;
    expect(() => parseDigits(bytes)).toThrow('digits: label 12 of image 1 is not a digit (labels must be 0 to 9)');
  });
});

describe('encodeDigits', () => {
  it('encodeDigits count=2 rows=2 cols=2 with 3 pixels throws: they do not fit', () => {
    const set = { ...madeUpSet(2, 2, 2), pixels: new Uint8Array(3) };
    expect(() => encodeDigits(set)).toThrow('digits: 2 labels and 3 pixels do not fit 2 images of 2x2');
  });
});

describe('isGzip and digitsFileName', () => {
  it('isGzip sees 1f 8b and nothing else', () => {
    expect(isGzip(Uint8Array.of(0x1f, 0x8b, 0x08))).toBe(true);
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false);
    expect(isGzip(Uint8Array.of(0x52, 0x44, 0x49, 0x47))).toBe(false);
    expect(isGzip(new Uint8Array(0))).toBe(false);
  });

  it('digitsFileName train -> digits-train.bin.gz, test -> digits-test.bin.gz', () => {
    expect(digitsFileName('train')).toBe('digits-train.bin.gz');
    expect(digitsFileName('test')).toBe('digits-test.bin.gz');
  });
});
