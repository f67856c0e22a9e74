// Number formatting: table values, the data-result range, TeX numbers.
import { describe, expect, it } from 'vitest';
import { formatRange, formatValue } from '../../../src/widgets/image-filter/formatValue.ts';

describe('formatValue', () => {
  it.each([
    [15.9375, '15.94'],
    [0.00390625, '0.003906'],
    [-812.00003, '-812'],
    [1234.56, '1234.6'],
    [1 / 9, '0.1111'],
    [0, '0'],
    [-0, '0'],
    [Number.NaN, '0'],
    [255, '255'],
  ])('formatValue(%d) -> %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it.each([
    [-812, 790, '-812..790'],
    [0, 254.99998, '0..255'],
    [-0.004, 28.3333, '0..28.33'],
  ])('formatRange(%d, %d) -> %s', (min, max, text) => {
    expect(formatRange(min, max)).toBe(text);
  });
});
