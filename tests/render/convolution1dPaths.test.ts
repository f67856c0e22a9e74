// Tests of the path builders of convolution-1d's figures.
import { describe, expect, it } from 'vitest';
import { areaPath, linePath, svgCoordinate } from '../../src/render/convolution1dPaths.ts';

describe('convolution1dPaths', () => {
  it('svgCoordinate rounds to 0.1 and turns NaN, ±Infinity and -0 into 0', () => {
    expect([1.26, Number.NaN, Infinity, -0.01].map(svgCoordinate)).toEqual([1.3, 0, 0, 0]);
  });

  it('linePath [0,10,20]x[5,6,7] -> M0,5L10,6L20,7; empty -> ""', () => {
    expect(linePath([0, 10, 20], [5, 6, 7])).toBe('M0,5L10,6L20,7');
    expect(linePath([], [])).toBe('');
  });

  it('areaPath closes down to the baseline: M0,50L0,5L10,6L10,50Z', () => {
    expect(areaPath([0, 10], [5, 6], 50)).toBe('M0,50L0,5L10,6L10,50Z');
    expect(areaPath([], [], 50)).toBe('');
  });
});
