// Tests of microKernel4x4: a 4x4 block of a packed matrix product added into C.
import { describe, expect, it } from 'vitest';
import { PANEL, microKernel4x4 } from '../../../src/engine/kernels/microKernel.ts';
import { randomTensor } from '../ops/convReference.ts';

describe('microKernel4x4', () => {
  it('PANEL is 4', () => {
    expect(PANEL).toBe(4);
  });

  it.each([1, 3, 17])('microKernel4x4 depth=%i adds A[4,depth] * B[depth,4] into C [6 rows, ldc 7] at (1, 2)', (depth) => {
    const a = randomTensor([depth * 4 + 2], 1).data;
    const b = randomTensor([depth * 4 + 3], 2).data;
    const c = randomTensor([6 * 7], 3).data;
    const before = Float32Array.from(c);
    microKernel4x4(a, 2, b, 3, depth, c, 1 * 7 + 2, 7);
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 7; col++) {
        const inBlock = row >= 1 && row < 5 && col >= 2 && col < 6;
        let sum = 0;
        if (inBlock) for (let k = 0; k < depth; k++) sum += a[2 + 4 * k + row - 1] * b[3 + 4 * k + col - 2];
        expect(c[row * 7 + col]).toBeCloseTo(before[row * 7 + col] + sum, 5);
      }
    }
  });

  it('microKernel4x4 depth=0 leaves C unchanged', () => {
    const c = new Float32Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    microKernel4x4(new Float32Array(4), 0, new Float32Array(4), 0, 0, c, 0, 4);
    expect([...c]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });
});
