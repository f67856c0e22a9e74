// Param table helpers: defaults, lookup, number and value formatting, equality.
import { describe, expect, it } from 'vitest';
import { defaultParams, findParam, formatNumber, formatParamValue, sameParamValue, type ParamTable } from '../../src/state/paramTable.ts';

const doc = { en: 'x', zh: 'x' };
const table: ParamTable = [
  { name: 'a', kind: 'integer', default: 3, min: 1, max: 9, label: doc, doc },
  { name: 'b', kind: 'flag', default: false, label: doc, doc },
];

describe('paramTable', () => {
  it('defaultParams -> { a: 3, b: false }', () => {
    expect(defaultParams(table)).toEqual({ a: 3, b: false });
  });

  it('findParam a -> its spec, zzz -> undefined', () => {
    expect(findParam(table, 'a')?.kind).toBe('integer');
    expect(findParam(table, 'zzz')).toBeUndefined();
  });

  it.each([
    [0.1 + 0.2, '0.3'],
    [-0, '0'],
    [1e-7, '1e-7'],
    [-2.5, '-2.5'],
  ])('formatNumber(%d) -> %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [true, '1'],
    [false, '0'],
    [2.5, '2.5'],
    ['box', 'box'],
    [[1, -0.5, 0.1 + 0.2], '1,-0.5,0.3'],
  ])('formatParamValue(%j) -> %s', (value, text) => {
    expect(formatParamValue(value)).toBe(text);
  });

  it('sameParamValue compares lists by element and scalars by value', () => {
    expect(sameParamValue([1, 2], [1, 2])).toBe(true);
    expect(sameParamValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameParamValue('box', 'box')).toBe(true);
    expect(sameParamValue(1, [1])).toBe(false);
  });
});
