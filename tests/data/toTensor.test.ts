// Tests of toTensor: shape [N,1,rows,cols], pixel/255 values, label copies and range guards.
import { describe, expect, it } from 'vitest';
import type { DigitSet } from '../../src/data/digits.ts';
import { toTensor } from '../../src/data/toTensor.ts';

/** Three images of 2x3; image i has pixels i*100 + j (j = 0..5) and label 9 - i. */
const set: DigitSet = {
  count: 3,
  rows: 2,
  cols: 3,
  labels: Uint8Array.of(9, 8, 7),
  pixels: Uint8Array.from({ length: 18 }, (_, k) => Math.floor(k / 6) * 100 + (k % 6)),
};

describe('toTensor', () => {
  it('toTensor set=[3,2,3] start=1 count=2 -> x [2,1,2,3], labels [8,7]', () => {
    const { x, labels } = toTensor(set, 1, 2);
    expect(x.shape).toEqual([2, 1, 2, 3]);
    expect(Array.from(labels)).toEqual([8, 7]);
    const expected = [100, 101, 102, 103, 104, 105, 200, 201, 202, 203, 204, 205].map((v) => Math.fround(v / 255));
    expect(Array.from(x.data)).toEqual(expected);
  });

  it('toTensor maps pixel 0 -> 0 and 255 -> exactly 1', () => {
    const edge: DigitSet = { count: 1, rows: 1, cols: 2, labels: Uint8Array.of(0), pixels: Uint8Array.of(0, 255) };
    expect(Array.from(toTensor(edge, 0, 1).x.data)).toEqual([0, 1]);
  });

  it('toTensor count=0 -> x [0,1,2,3]', () => {
    expect(toTensor(set, 3, 0).x.shape).toEqual([0, 1, 2, 3]);
  });

  it('toTensor labels are a copy: changing them leaves the set alone', () => {
    const { labels } = toTensor(set, 0, 1);
    labels[0] = 0;
    expect(set.labels[0]).toBe(9);
  });

  it('toTensor start=2 count=2 on 3 images throws: runs past the end', () => {
    expect(() => toTensor(set, 2, 2)).toThrow(
      'toTensor: images 2..3 run past the end of the set (it has 3 images, 0..2)',
    );
  });

  it('toTensor start=-1 count=1.5 throws: whole numbers >= 0', () => {
    expect(() => toTensor(set, -1, 1)).toThrow('toTensor: start -1 and count 1 must be whole numbers >= 0');
    expect(() => toTensor(set, 0, 1.5)).toThrow('toTensor: start 0 and count 1.5 must be whole numbers >= 0');
  });
});
