// Loads a shipped digit set in the browser or a Web Worker: fetch from the site's base URL, inflate when
// still gzipped (DecompressionStream), parse. No Node modules: safe for the client bundle.
import { digitsFileName, isGzip, parseDigits } from './digits.ts';
import type { DigitSet, DigitsSplit } from './digits.ts';

/** Options of loadDigits; both have defaults suited to the site. */
export interface LoadDigitsOptions {
  /** Base URL of the site, ending in '/'; defaults to Vite's BASE_URL. */
  baseUrl?: string;
  /** The fetch to use; defaults to the global fetch (tests pass their own). */
  fetch?: typeof fetch;
}

/**
 * Inflates gzip data with the platform's DecompressionStream, or returns `bytes` unchanged when they do
 * not start with the gzip magic 1f 8b. Why the sniffing: some servers (Vite preview among them) send a
 * .gz file with Content-Encoding gzip, so the browser has already inflated it before we see it.
 */
export async function gunzipIfNeeded(bytes: Uint8Array, what = 'the data'): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  // A copy typed as Uint8Array<ArrayBuffer>: streams accept no views of a SharedArrayBuffer.
  const chunk = new Uint8Array(bytes);
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });
  try {
    const inflated = input.pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(inflated).arrayBuffer());
  } catch (error) {
    throw new Error(`digits: could not inflate ${what}: the gzip data is damaged (${String(error)})`, {
      cause: error,
    });
  }
}

/**
 * Fetches, inflates and parses `data/digits-<split>.bin.gz` below the site's base URL:
 * 'train' gives 12,000 images, 'test' 2,000, each 28x28 with labels 0..9.
 * Rejects with an Error that names the file and what went wrong (network, HTTP status, bad data).
 */
export async function loadDigits(split: DigitsSplit, o: LoadDigitsOptions = {}): Promise<DigitSet> {
  if (split !== 'train' && split !== 'test') {
    throw new Error(`loadDigits: split ${String(split)} does not exist (use 'train' or 'test')`);
  }
  const base = o.baseUrl ?? import.meta.env.BASE_URL;
  const url = `${base.endsWith('/') ? base : `${base}/`}data/${digitsFileName(split)}`;
  const fetchFn = o.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new Error(
      `loadDigits: could not download the ${split} digits from ${url} (${String(error)}); check that the site is running and serves its data folder`,
      { cause: error },
    );
  }
  if (!response.ok) {
    throw new Error(
      `loadDigits: the server answered ${response.status} ${response.statusText} for ${url} (the ${split} digits file is missing from the site)`,
    );
  }
  const bytes = await gunzipIfNeeded(new Uint8Array(await response.arrayBuffer()), url);
  return parseDigits(bytes);
}
