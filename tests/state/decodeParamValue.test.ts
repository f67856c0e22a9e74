// parseFiniteNumber: what counts as a number in a URL or a list field (full-width and − included).
import { describe, expect, it } from 'vitest';
import { parseFiniteNumber } from '../../src/state/decodeParamValue.ts';

describe('parseFiniteNumber', () => {
  it.each([
    ['2', 2],
    [' -0.5 ', -0.5],
    ['.5', 0.5],
    ['+3', 3],
    ['1e-3', 0.001],
    ['2.', 2],
    ['１２', 12],
    ['−2', -2],
  ])('"%s" -> %d', (text, value) => {
    expect(parseFiniteNumber(text)).toBe(value);
  });

  it.each(['', ' ', 'abc', 'Infinity', 'NaN', '0x10', '1,5', '1e999', '--1', '.'])('"%s" -> undefined', (text) => {
    expect(parseFiniteNumber(text)).toBeUndefined();
  });
});
