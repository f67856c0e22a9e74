// Tests of the dense layer's small GEMM (C = A . B^T) and transpose against their plain definitions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matmulTransposed, transpose } from '../../../src/engine/layers/matmulTransposed.ts';
import { testNumbers } from '../numericGradient.ts';

describe('matmulTransposed', () => {
  it('A [rowsA,depth] . B [rowsB,depth]^T (+ bias) -> sum_k A[r,k] B[c,k] for any sizes 1..7', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        fc.integer(),
        (rowsA, rowsB, depth, withBias, seed) => {
          const a = Float32Array.from(testNumbers(rowsA * depth, seed));
          const b = Float32Array.from(testNumbers(rowsB * depth, seed + 1));
          const bias = withBias ? Float32Array.from(testNumbers(rowsB, seed + 2)) : null;
          const c = new Float32Array(rowsA * rowsB);
          matmulTransposed(a, rowsA, b, rowsB, depth, c, bias);
          for (let r = 0; r < rowsA; r++) {
            for (let col = 0; col < rowsB; col++) {
              let sum = bias === null ? 0 : bias[col];
              for (let k = 0; k < depth; k++) sum += a[r * depth + k] * b[col * depth + k];
              expect(c[r * rowsB + col]).toBeCloseTo(sum, 5);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('A [2,3]=[[1,2,3],[4,5,6]] . B [1,3]=[[1,0,-1]]^T + 10 -> [8,8]', () => {
    const c = new Float32Array(2);
    matmulTransposed(Float32Array.from([1, 2, 3, 4, 5, 6]), 2, Float32Array.from([1, 0, -1]), 1, 3, c, Float32Array.from([10]));
    expect(Array.from(c)).toEqual([8, 8]);
  });
});

describe('transpose', () => {
  it('m [2,3] -> [3,2] with out[c,r] = m[r,c]', () => {
    const out = new Float32Array(6);
    transpose(Float32Array.from([1, 2, 3, 4, 5, 6]), 2, 3, out);
    expect(Array.from(out)).toEqual([1, 4, 2, 5, 3, 6]);
  });
});
