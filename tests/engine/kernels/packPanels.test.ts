// Tests of packPanels: the 4-row panel layout, zero fill of the last panel, transposed strides.
import { describe, expect, it } from 'vitest';
import { packPanels, packedSize } from '../../../src/engine/kernels/packPanels.ts';

// M [5 rows, 3 cols] = 10*row + col, row-major.
const matrix = Float32Array.from({ length: 15 }, (_, i) => 10 * Math.floor(i / 3) + (i % 3));

describe('packPanels', () => {
  it('packPanels M[5,3] rows -> 2 panels of depth 3, the missing rows 5..7 zero', () => {
    const out = new Float32Array(packedSize(5, 3)).fill(-1);
    packPanels(matrix, 0, 3, 1, 5, 3, out, 0);
    expect([...out]).toEqual([
      0, 10, 20, 30, 1, 11, 21, 31, 2, 12, 22, 32,
      40, 0, 0, 0, 41, 0, 0, 0, 42, 0, 0, 0,
    ]);
  });

  it('packPanels M[5,3] columns (transposed strides) -> 1 panel of depth 5, column 3 zero', () => {
    const out = new Float32Array(packedSize(3, 5));
    packPanels(matrix, 0, 1, 3, 3, 5, out, 0);
    expect([...out]).toEqual([0, 1, 2, 0, 10, 11, 12, 0, 20, 21, 22, 0, 30, 31, 32, 0, 40, 41, 42, 0]);
  });

  it('packPanels honours the source and output offsets (rows 1..2, cols 1..2 written after 2 floats)', () => {
    const out = new Float32Array(2 + packedSize(2, 2)).fill(-1);
    packPanels(matrix, 4, 3, 1, 2, 2, out, 2);
    expect([...out]).toEqual([-1, -1, 11, 21, 0, 0, 12, 22, 0, 0]);
  });

  it.each([[1, 1, 4], [4, 3, 12], [5, 3, 24], [9, 2, 24]])('packedSize(%i rows, depth %i) = %i', (rows, depth, size) => {
    expect(packedSize(rows, depth)).toBe(size);
  });
});
