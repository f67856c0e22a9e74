// Tests for the site's language path rules (src/site/language.ts).
import { describe, expect, it } from 'vitest';
import { homePath, languageOfPath, languages, otherLanguage, translatePath } from '../../src/site/language.ts';

describe('homePath', () => {
  it("homePath en -> '/', zh -> '/zh/'", () => {
    expect(homePath('en')).toBe('/');
    expect(homePath('zh')).toBe('/zh/');
  });
});

describe('languageOfPath', () => {
  it.each([
    ['/', 'en'],
    ['/lessons/pooling', 'en'],
    ['/zh', 'zh'],
    ['/zh/', 'zh'],
    ['/zh/lessons/pooling', 'zh'],
    ['/zhx/', 'en'],
  ])('languageOfPath %s -> %s', (path, lang) => {
    expect(languageOfPath(path)).toBe(lang);
  });
});

describe('translatePath', () => {
  it.each([
    ['/', 'zh', '/zh/'],
    ['/zh/', 'en', '/'],
    ['/zh', 'en', '/'],
    ['/', 'en', '/'],
    ['/lessons/pooling', 'zh', '/zh/lessons/pooling'],
    ['/zh/lessons/pooling', 'en', '/lessons/pooling'],
    ['/zh/lessons/pooling', 'zh', '/zh/lessons/pooling'],
  ] as const)('translatePath %s to %s -> %s', (path, to, expected) => {
    expect(translatePath(path, to)).toBe(expected);
  });

  it('translatePath to the other language and back returns the same page', () => {
    for (const path of ['/', '/lessons/output-size', '/widgets']) {
      for (const lang of languages) {
        const there = translatePath(translatePath(path, lang), otherLanguage(lang));
        expect(translatePath(there, languageOfPath(path))).toBe(path);
      }
    }
  });
});
