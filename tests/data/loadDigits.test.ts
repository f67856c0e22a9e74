// Tests of the browser loader with a stand-in fetch: gzipped and already-inflated bodies, HTTP and network
// failures, damaged gzip, and the URL built from the base.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeDigits } from '../../src/data/digits.ts';
import { gunzipIfNeeded, loadDigits } from '../../src/data/loadDigits.ts';

/** Two images of 2x2: labels [7, 3]. */
const rawBytes = encodeDigits({
  count: 2,
  rows: 2,
  cols: 2,
  labels: Uint8Array.of(7, 3),
  pixels: Uint8Array.of(0, 64, 128, 255, 255, 128, 64, 0),
});
const gzBytes = new Uint8Array(gzipSync(rawBytes));

/** A fetch that records the URL asked for and answers with `body` (or the given status). */
function fakeFetch(body: Uint8Array, status = 200, statusText = 'OK') {
  const asked: string[] = [];
  const fn: typeof fetch = (input) => {
    asked.push(input instanceof Request ? input.url : input.toString());
    return Promise.resolve(new Response(status === 200 ? new Uint8Array(body) : null, { status, statusText }));
  };
  return { fn, asked };
}

describe('gunzipIfNeeded', () => {
  it('gunzipIfNeeded inflates 1f 8b data to the original bytes', async () => {
    expect(Array.from(await gunzipIfNeeded(gzBytes))).toEqual(Array.from(rawBytes));
  });

  it('gunzipIfNeeded returns non-gzip bytes unchanged', async () => {
    expect(await gunzipIfNeeded(rawBytes)).toBe(rawBytes);
  });

  it('gunzipIfNeeded of damaged gzip (1f 8b then garbage) rejects: the gzip data is damaged', async () => {
    const damaged = Uint8Array.of(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 1, 2, 3, 4, 5);
    await expect(gunzipIfNeeded(damaged, 'x.gz')).rejects.toThrow('digits: could not inflate x.gz: the gzip data is damaged');
  });
});

describe('loadDigits', () => {
  it('loadDigits test with a gzipped body -> 2 images 2x2, labels [7,3], from <base>data/digits-test.bin.gz', async () => {
    const f = fakeFetch(gzBytes);
    const set = await loadDigits('test', { baseUrl: '/receptive/', fetch: f.fn });
    expect(f.asked).toEqual(['/receptive/data/digits-test.bin.gz']);
    expect([set.count, set.rows, set.cols]).toEqual([2, 2, 2]);
    expect(Array.from(set.labels)).toEqual([7, 3]);
    expect(Array.from(set.pixels)).toEqual([0, 64, 128, 255, 255, 128, 64, 0]);
  });

  it('loadDigits train with a body the server already inflated -> same set', async () => {
    const f = fakeFetch(rawBytes);
    const set = await loadDigits('train', { baseUrl: '/', fetch: f.fn });
    expect(f.asked).toEqual(['/data/digits-train.bin.gz']);
    expect(Array.from(set.labels)).toEqual([7, 3]);
  });

  it('loadDigits adds the missing / after a base of "/site"', async () => {
    const f = fakeFetch(rawBytes);
    await loadDigits('train', { baseUrl: '/site', fetch: f.fn });
    expect(f.asked).toEqual(['/site/data/digits-train.bin.gz']);
  });

  it("loadDigits defaults to Vite's BASE_URL", async () => {
    const f = fakeFetch(rawBytes);
    await loadDigits('test', { fetch: f.fn });
    expect(f.asked).toEqual([`${import.meta.env.BASE_URL}data/digits-test.bin.gz`]);
  });

  it('loadDigits with HTTP 404 rejects naming the status and the URL', async () => {
    const f = fakeFetch(rawBytes, 404, 'Not Found');
    await expect(loadDigits('test', { baseUrl: '/', fetch: f.fn })).rejects.toThrow(
      'loadDigits: the server answered 404 Not Found for /data/digits-test.bin.gz (the test digits file is missing from the site)',
    );
  });

  it('loadDigits when fetch itself fails rejects: could not download', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(loadDigits('train', { baseUrl: '/', fetch: failing })).rejects.toThrow(
      'loadDigits: could not download the train digits from /data/digits-train.bin.gz (TypeError: Failed to fetch)',
    );
  });

  it('loadDigits with a truncated body rejects with the parser message', async () => {
    const f = fakeFetch(rawBytes.subarray(0, 25));
    await expect(loadDigits('test', { baseUrl: '/', fetch: f.fn })).rejects.toThrow('(it is truncated)');
  });

  it("loadDigits of split 'valid' rejects: use 'train' or 'test'", async () => {
    const f = fakeFetch(rawBytes);
    // @ts-expect-error: a wrong split from untyped code
    await expect(loadDigits('valid', { fetch: f.fn })).rejects.toThrow(
      "loadDigits: split valid does not exist (use 'train' or 'test')",
    );
  });
});
