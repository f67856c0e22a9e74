// Tests for the route table (src/site/routes.ts): matching, prerender targets and page metadata.
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/site/language.ts';
import { lessonPath, matchSiteRoute, pageMeta, prerenderTargets, siteRoutes } from '../../src/site/routes.ts';

describe('matchSiteRoute', () => {
  it.each([
    ['/', 'home-en'],
    ['/zh/', 'home-zh'],
    ['/zh', 'home-zh'],
    ['/nope', 'not-found'],
    ['/zh/nope', 'not-found'],
    ['/404.html', 'not-found'],
  ])('matchSiteRoute %s -> %s', (path, id) => {
    expect(matchSiteRoute(path).id).toBe(id);
  });
});

describe('prerenderTargets', () => {
  it('writes / to index.html, /zh/ to zh/index.html and the 404 page to 404.html', () => {
    expect(prerenderTargets.map((t) => [t.url, t.file, matchSiteRoute(t.url).id])).toEqual([
      ['/', 'index.html', 'home-en'],
      ['/zh/', 'zh/index.html', 'home-zh'],
      ['/404.html', '404.html', 'not-found'],
    ]);
  });

  it('covers every route of the table', () => {
    const rendered = new Set(prerenderTargets.map((t) => matchSiteRoute(t.url).id));
    for (const route of siteRoutes) expect(rendered.has(route.id), route.id).toBe(true);
  });
});

describe('pageMeta', () => {
  it("pageMeta home-en -> lang 'en', home-zh -> lang 'zh-Hans', not-found -> lang 'en'", () => {
    expect(pageMeta('home-en').htmlLang).toBe('en');
    expect(pageMeta('home-zh').htmlLang).toBe('zh-Hans');
    expect(pageMeta('not-found').htmlLang).toBe('en');
  });

  it('every page has a title naming the course and a description', () => {
    for (const route of siteRoutes) {
      const meta = pageMeta(route.id);
      expect(meta.title).toContain('Receptive');
      expect(meta.description.trim()).not.toBe('');
    }
  });
});

describe('lessonPath', () => {
  it.each(languages)('lessonPath %s pooling', (lang) => {
    expect(lessonPath(lang, 'pooling')).toBe(lang === 'en' ? '/lessons/pooling' : '/zh/lessons/pooling');
  });
});
