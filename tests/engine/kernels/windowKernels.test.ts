// Tests of windowKernel and tapKernel against plain sums, with full and partial 4x4 blocks and a bias.
import { describe, expect, it } from 'vitest';
import { tapKernel, windowKernel } from '../../../src/engine/kernels/windowKernels.ts';
import { randomTensor } from '../ops/convReference.ts';

const x = randomTensor([64], 1).data;
const offsets = [0, 1, 8, 9, 17];

describe('windowKernel', () => {
  it.each([[4, 0, 8], [3, 0, 8], [4, 2, 7], [2, 1, 4], [1, 5, 6]])(
    'windowKernel rows=%i positions %i..%i writes bias[2+i] + sum_t a[4t+i] * x[xOff + bases[s] + offset_t] to C (ldc 9)',
    (rows, s0, s1) => {
      const a = randomTensor([offsets.length * 4 + 1], 2).data;
      const bases = [0, 1, 2, 3, 8, 9, 16, 17, 20];
      const xOff = 5;
      const c = randomTensor([6 * 9], 3).data;
      const bias = randomTensor([6], 4).data;
      const before = Float32Array.from(c);
      windowKernel(a, 1, x, xOff, bases, s0, s1, offsets, offsets.length, c, 9, 9, rows, bias, 2);
      for (let i = 0; i < 5; i++) {
        for (let s = 0; s < 9; s++) {
          let sum = 0;
          offsets.forEach((o, t) => (sum += a[1 + 4 * t + i] * x[xOff + bases[s] + o]));
          const index = 9 + i * 9 + s;
          const expected = i < rows && s >= s0 && s < s1 ? bias[2 + i] + sum : before[index];
          expect(c[index]).toBeCloseTo(expected, 5);
        }
      }
      expect(c.subarray(0, 9)).toEqual(before.subarray(0, 9));
    },
  );
});

describe('tapKernel', () => {
  it.each([[4, 4], [1, 4], [4, 2], [3, 3]])('tapKernel rows=%i cols=%i adds sum_u dy[y_i + u] * x[bases[u] + offset_j] into C (ldc 5)', (rows, cols) => {
    const length = 6;
    const dy = randomTensor([40], 4).data;
    const bases = [0, 2, 4, 16, 18, 20];
    const taps = [0, 1, 9, 17];
    const c = randomTensor([5 * 5], 5).data;
    const before = Float32Array.from(c);
    tapKernel(dy, 3, 8, x, bases, taps[0], taps[1], taps[2], taps[3], length, c, 1, 5, rows, cols);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        let sum = 0;
        for (let u = 0; u < length; u++) sum += dy[3 + i * 8 + u] * x[bases[u] + taps[j]];
        const index = 1 + i * 5 + j;
        const expected = i < rows && j < cols ? before[index] + sum : before[index];
        expect(c[index]).toBeCloseTo(expected, 5);
      }
    }
  });
});
