// Loads a digit set from a file in Node (scripts, bench, tests): read, inflate when gzipped (node:zlib), parse.
// Node only: never import this from code that runs in the browser.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { isGzip, parseDigits } from './digits.ts';
import type { DigitSet } from './digits.ts';

/**
 * Reads a digits file such as `public/data/digits-train.bin.gz` (gzipped or already inflated) and
 * parses it. Rejects with an Error naming the path when the file is missing, damaged or not a digits file.
 */
export async function loadDigitsFromFile(path: string): Promise<DigitSet> {
  let raw: Uint8Array;
  try {
    raw = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new Error(`loadDigitsFromFile: could not read ${path} (${String(error)}); run npm run data:digits to make it`, {
      cause: error,
    });
  }
  let bytes = raw;
  if (isGzip(raw)) {
    try {
      bytes = new Uint8Array(gunzipSync(raw));
    } catch (error) {
      throw new Error(`loadDigitsFromFile: could not inflate ${path}: the gzip data is damaged (${String(error)})`, {
        cause: error,
      });
    }
  }
  try {
    return parseDigits(bytes);
  } catch (error) {
    throw new Error(`loadDigitsFromFile: ${path}: ${(error as Error).message}`, { cause: error });
  }
}
