// The embed page's own URL options and how they are kept when params are rewritten.
import { describe, expect, it } from 'vitest';
import { embedQuery, readEmbedOptions } from '../../src/embed/embedOptions.ts';

describe('embedOptions', () => {
  it.each([
    ['lang=zh', 'zh'],
    ['lang=ZH', 'zh'],
    ['lang=fr', 'en'],
    ['', 'en'],
  ])('readEmbedOptions(%s) -> lang %s', (search, lang) => {
    expect(readEmbedOptions(new URLSearchParams(search)).lang).toBe(lang);
  });

  it.each([
    ['lang=zh&size=3', 'size=5', 'lang=zh&size=5'],
    ['size=3', 'size=5', 'size=5'],
    ['lang=zh', '', 'lang=zh'],
    ['', '', ''],
  ])('embedQuery(%s, %s) -> %s', (current, encoded, expected) => {
    expect(embedQuery(new URLSearchParams(current), encoded)).toBe(expected);
  });
});
