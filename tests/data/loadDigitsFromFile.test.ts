// Tests of the Node loader on temporary files (gzipped, raw, damaged, missing) and on the shipped digits.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeDigits } from '../../src/data/digits.ts';
import { loadDigitsFromFile } from '../../src/data/loadDigitsFromFile.ts';

/** public/data/ of this checkout, found from this file so the tests run from any working directory. */
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'data');
const dir = mkdtempSync(join(tmpdir(), 'digits-test-'));
const rawBytes = encodeDigits({
  count: 2,
  rows: 1,
  cols: 3,
  labels: Uint8Array.of(4, 5),
  pixels: Uint8Array.of(1, 2, 3, 4, 5, 6),
});

/** Writes `bytes` to a fresh file in the temp folder and returns its path. */
function fileWith(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('loadDigitsFromFile on made-up files', () => {
  it('loadDigitsFromFile gzipped 2 images 1x3 -> labels [4,5]', async () => {
    const set = await loadDigitsFromFile(fileWith('a.bin.gz', gzipSync(rawBytes)));
    expect([set.count, set.rows, set.cols]).toEqual([2, 1, 3]);
    expect(Array.from(set.labels)).toEqual([4, 5]);
    expect(Array.from(set.pixels)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('loadDigitsFromFile not gzipped 2 images 1x3 -> same set', async () => {
    const set = await loadDigitsFromFile(fileWith('a.bin', rawBytes));
    expect(Array.from(set.pixels)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('loadDigitsFromFile of a missing file rejects naming the path and the fix', async () => {
    const path = join(dir, 'missing.bin.gz');
    await expect(loadDigitsFromFile(path)).rejects.toThrow(`loadDigitsFromFile: could not read ${path}`);
    await expect(loadDigitsFromFile(path)).rejects.toThrow('run npm run data:digits');
  });

  it('loadDigitsFromFile of a truncated gzip rejects: the gzip data is damaged', async () => {
    const gz = gzipSync(rawBytes);
    const path = fileWith('cut.bin.gz', gz.subarray(0, gz.length - 10));
    await expect(loadDigitsFromFile(path)).rejects.toThrow(
      `loadDigitsFromFile: could not inflate ${path}: the gzip data is damaged`,
    );
  });

  it('loadDigitsFromFile of a file with the wrong magic rejects naming path and bytes', async () => {
    const path = fileWith('idx.bin', Uint8Array.of(0, 0, 8, 3, ...new Array<number>(30).fill(0)));
    await expect(loadDigitsFromFile(path)).rejects.toThrow(
      `loadDigitsFromFile: ${path}: digits: the file starts with bytes 00 00 08 03`,
    );
  });
});

interface ManifestEntry {
  file: string;
  count: number;
  sha256: string;
  inflatedSha256: string;
  labelCounts: number[];
}

const manifest = JSON.parse(readFileSync(join(dataDir, 'digits.json'), 'utf8')) as {
  files: Record<'train' | 'test', ManifestEntry>;
};

describe('the shipped digits in public/data', () => {
  it.each([
    ['train', 12000],
    ['test', 2000],
  ] as const)('digits-%s.bin.gz -> %i images 28x28, labels balanced, pixels 0..255', async (split, count) => {
    const path = join(dataDir, `digits-${split}.bin.gz`);
    const set = await loadDigitsFromFile(path);
    expect([set.count, set.rows, set.cols]).toEqual([count, 28, 28]);

    const histogram = new Array<number>(10).fill(0);
    for (const label of set.labels) histogram[label] += 1;
    expect(histogram).toEqual(manifest.files[split].labelCounts);
    // Roughly balanced: every class holds between 6% and 14% of the images (an even split is 10%).
    for (const n of histogram) {
      expect(n).toBeGreaterThan(0.06 * count);
      expect(n).toBeLessThan(0.14 * count);
    }

    let min = 255;
    let max = 0;
    let sum = 0;
    for (const p of set.pixels) {
      if (p < min) min = p;
      if (p > max) max = p;
      sum += p;
    }
    expect([min, max]).toEqual([0, 255]);
    // MNIST digits are mostly background: the mean pixel is about 33 of 255.
    expect(sum / set.pixels.length).toBeGreaterThan(25);
    expect(sum / set.pixels.length).toBeLessThan(40);
  });

  it.each(['train', 'test'] as const)('digits-%s.bin.gz matches the sha256 in digits.json', (split) => {
    const gz = readFileSync(join(dataDir, `digits-${split}.bin.gz`));
    const entry = manifest.files[split];
    expect(entry.file).toBe(`digits-${split}.bin.gz`);
    // The inflated bytes are fixed by the source data; the gzip bytes by the zlib build that made them.
    expect(createHash('sha256').update(gunzipSync(gz)).digest('hex')).toBe(entry.inflatedSha256);
    expect(createHash('sha256').update(gz).digest('hex')).toBe(entry.sha256);
  });
});
