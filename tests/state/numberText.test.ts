// normalizeNumberText and the list separator: how typed numbers are read everywhere.
import { describe, expect, it } from 'vitest';
import { NUMBER_LIST_SEPARATOR, normalizeNumberText } from '../../src/state/numberText.ts';

describe('numberText', () => {
  it.each([
    ['１２', '12'],
    [' −3 ', '-3'],
    ['–0.5', '-0.5'],
    ['１，２、３', '1,2、3'],
  ])('normalizeNumberText(%j) -> %j', (text, normal) => {
    expect(normalizeNumberText(text)).toBe(normal);
  });

  it('splits "1, 2;3、4  5" into 1..5', () => {
    expect('1, 2;3、4  5'.split(NUMBER_LIST_SEPARATOR)).toEqual(['1', '2', '3', '4', '5']);
  });
});
