// Tests of how convolution-1d writes numbers.
import { describe, expect, it } from 'vitest';
import { formatApprox, formatExact, formatSequence, texNumber } from '../../../src/widgets/convolution-1d/formatValue.ts';

describe('formatValue', () => {
  it.each([
    [0.6321205588, '0.632'],
    [2, '2'],
    [-0.0001, '0'],
    [120000, '120000'],
  ])('formatApprox(%d) -> %s', (value, text) => {
    expect(formatApprox(value)).toBe(text);
  });

  it('formatExact hides binary noise and -0, and writes NaN as 0', () => {
    expect(formatExact(0.1 + 0.2)).toBe('0.3');
    expect(formatExact(-0)).toBe('0');
    expect(formatExact(Number.NaN)).toBe('0');
  });

  it('formatSequence joins with comma and space: 0, 1, 2.5, 4, 1.5', () => {
    expect(formatSequence([0, 1, 2.5, 4, 1.5])).toBe('0, 1, 2.5, 4, 1.5');
  });

  it.each([
    ['1e-7', false, '1\\times10^{-7}'],
    ['2.5e+21', false, '2.5\\times10^{21}'],
    ['-0.5', true, '(-0.5)'],
    ['-0.5', false, '-0.5'],
    ['3', true, '3'],
  ] as const)('texNumber(%s, wrap=%s) -> %s', (text, wrap, tex) => {
    expect(texNumber(text, wrap)).toBe(tex);
  });
});
