// Tests for the reading-time estimate (scripts/mdx/readingMinutes.ts).
import { describe, expect, it } from 'vitest';
import { countProse, readingMinutes } from '../../../scripts/mdx/readingMinutes.ts';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const han = (n: number) => '卷'.repeat(n);

describe('countProse', () => {
  it.each([
    ["Don't stop: f-g is 3.5 wide.", 0, 6],
    ['卷积核 kernel 在 3 个位置', 7, 2],
    ['', 0, 0],
  ])('countProse %j -> %i Han characters, %i words', (text, hanCharacters, wordCount) => {
    expect(countProse(text)).toEqual({ hanCharacters, words: wordCount });
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [1, 1],
    [220, 1],
    [221, 2],
    [1320, 6],
  ])('English: %i words -> %i min (ceil(words/220), at least 1)', (n, minutes) => {
    expect(readingMinutes(words(n))).toBe(minutes);
  });

  it.each([
    [400, 0, 1],
    [401, 0, 2],
    [2000, 0, 5],
    [2000, 220, 6],
    [200, 110, 1],
  ])('Chinese: %i Han characters + %i words -> %i min (ceil(han/400 + words/220))', (hanCount, wordCount, minutes) => {
    expect(readingMinutes(`${han(hanCount)} ${words(wordCount)}`)).toBe(minutes);
  });
});
