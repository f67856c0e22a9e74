// Tests of indexedWindowKernel against plain sums: listed windows, listed targets, full and partial 4x4 blocks.
import { describe, expect, it } from 'vitest';
import { indexedWindowKernel } from '../../../src/engine/kernels/indexedWindowKernel.ts';
import { randomTensor } from '../ops/convReference.ts';

const x = randomTensor([64], 1).data;
const offsets = [0, 1, 8, 9, 17];
const bases = [0, 1, 2, 3, 8, 9, 16, 17, 20];
const targets = [8, 0, 7, 1, 6, 2, 5, 3, 4];

describe('indexedWindowKernel', () => {
  it.each([[4, 0, 9], [3, 0, 8], [4, 2, 7], [2, 1, 4], [1, 5, 6]])(
    'indexedWindowKernel rows=%i positions %i..%i writes sum_t a[4t+i] * x[xOff + bases[s] + offset_t] to C[targets[s]] (ldc 9)',
    (rows, s0, s1) => {
      const a = randomTensor([offsets.length * 4 + 1], 2).data;
      const xOff = 5;
      const c = randomTensor([6 * 9], 3).data;
      const before = Float32Array.from(c);
      indexedWindowKernel(a, 1, x, xOff, bases, targets, s0, s1, offsets, offsets.length, c, 9, 9, rows);
      for (let i = 0; i < 5; i++) {
        for (let s = 0; s < 9; s++) {
          let sum = 0;
          offsets.forEach((o, t) => (sum += a[1 + 4 * t + i] * x[xOff + bases[s] + o]));
          const index = 9 + i * 9 + targets[s];
          const expected = i < rows && s >= s0 && s < s1 ? sum : before[index];
          expect(c[index]).toBeCloseTo(expected, 5);
        }
      }
      expect(c.subarray(0, 9)).toEqual(before.subarray(0, 9));
    },
  );

  it('indexedWindowKernel depth=0 writes zeros to the listed targets', () => {
    const c = new Float32Array(9).fill(7);
    indexedWindowKernel(new Float32Array(0), 0, x, 0, bases, targets, 0, 9, [], 0, c, 0, 9, 1);
    expect(Array.from(c)).toEqual(new Array(9).fill(0));
  });
});
