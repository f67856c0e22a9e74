// Reading a typed kernel cell: numbers, fractions, minus signs; empty, letters and out-of-range text rejected.
import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/widgets/image-filter/parseCell.ts';

describe('parseCell', () => {
  it.each([
    ['2', 2],
    [' -1.5 ', -1.5],
    ['−3', -3],
    ['.25', 0.25],
    ['1/9', 1 / 9],
    ['-1/16', -1 / 16],
    ['2e-3', 0.002],
    ['100', 100],
    ['-0', 0],
  ])('parseCell(%j) -> %d', (text, value) => {
    expect(parseCell(text)).toBe(value);
  });

  it.each([[''], [' '], ['-'], ['abc'], ['1,5'], ['101'], ['1/0'], ['1/2/3'], ['0x10'], ['Infinity']])('parseCell(%j) -> undefined', (text) => {
    expect(parseCell(text)).toBeUndefined();
  });
});
