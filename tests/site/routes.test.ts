// Tests for the route table (src/site/routes.ts): matching, pages, page keys and page metadata.
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/site/language.ts';
import { creditsPath, lessonPath, matchSitePage, matchSiteRoute, pageKey, pageMeta, siteRoutes, widgetsPath } from '../../src/site/routes.ts';
import { widgetRegistry } from '../../src/widgets/registry.ts';

describe('matchSiteRoute', () => {
  it.each([
    ['/', 'home-en'],
    ['/zh/', 'home-zh'],
    ['/zh', 'home-zh'],
    ['/lessons/convolution', 'lesson-en'],
    ['/zh/lessons/convolution', 'lesson-zh'],
    ['/widgets', 'widgets-en'],
    ['/zh/widgets', 'widgets-zh'],
    ['/credits', 'credits-en'],
    ['/zh/credits', 'credits-zh'],
    ['/embed/convolution-1d', 'embed'],
    ['/nope', 'not-found'],
    ['/zh/nope', 'not-found-zh'],
    ['/zh/a/b', 'not-found-zh'],
    ['/404.html', 'not-found'],
    ['/embed/', 'not-found'],
  ])('matchSiteRoute %s -> %s', (path, id) => {
    expect(matchSiteRoute(path).id).toBe(id);
  });
});

describe('matchSitePage', () => {
  it('matchSitePage /lessons/convolution -> lesson-en with slug convolution (published)', () => {
    const page = matchSitePage('/lessons/convolution');
    expect([page.route.id, page.slug, pageKey(page)]).toEqual(['lesson-en', 'convolution', 'lesson-en:convolution']);
  });

  it.each([
    ['/lessons/output-size', 'not-found'],
    ['/lessons/no-such-lesson', 'not-found'],
    ['/zh/lessons/output-size', 'not-found-zh'],
    ['/zh/lessons/nope', 'not-found-zh'],
  ])('matchSitePage %s (planned or unknown lesson) -> %s', (path, key) => {
    expect(pageKey(matchSitePage(path))).toBe(key);
  });

  it('matchSitePage /embed/no-such-widget -> not-found; every registered widget -> embed:<id>', () => {
    expect(pageKey(matchSitePage('/embed/no-such-widget'))).toBe('not-found');
    for (const { meta } of widgetRegistry) expect(pageKey(matchSitePage(`/embed/${meta.id}`))).toBe(`embed:${meta.id}`);
  });

  it("matchSitePage /zh/ -> key 'home-zh' (no detail)", () => {
    expect(pageKey(matchSitePage('/zh/'))).toBe('home-zh');
  });
});

describe('pageMeta', () => {
  it("pageMeta home-en -> lang 'en', home-zh -> lang 'zh-Hans', not-found -> lang 'en', not-found-zh -> lang 'zh-Hans'", () => {
    expect(pageMeta('home-en').htmlLang).toBe('en');
    expect(pageMeta('home-zh').htmlLang).toBe('zh-Hans');
    expect(pageMeta('not-found').htmlLang).toBe('en');
    expect(pageMeta('not-found-zh')).toMatchObject({ htmlLang: 'zh-Hans', title: '页面不存在 · Receptive' });
  });

  it('pageMeta lesson-en convolution -> the lesson title with the course name, the summary as description', () => {
    expect(pageMeta('lesson-en', 'convolution')).toMatchObject({ htmlLang: 'en', title: 'What is a convolution? · Receptive' });
    expect(pageMeta('lesson-zh', 'convolution')).toMatchObject({ htmlLang: 'zh-Hans', title: '什么是卷积 · Receptive' });
    expect(pageMeta('lesson-en', 'no-such-lesson').title).toBe('Page not found · Receptive');
    expect(pageMeta('lesson-zh', 'no-such-lesson').title).toBe('页面不存在 · Receptive');
  });

  it('every page of a route without detail has a title naming the course and a description', () => {
    for (const route of siteRoutes) {
      const meta = pageMeta(route.id, route.id === 'embed' ? widgetRegistry[0]?.meta.id : 'convolution');
      expect(meta.title).toContain('Receptive');
      expect(meta.description.trim()).not.toBe('');
    }
  });
});

describe('creditsPath and the credits page meta', () => {
  it.each([
    ['en', '/credits', 'credits-en', 'Credits · Receptive', 'en'],
    ['zh', '/zh/credits', 'credits-zh', '致谢与版权 · Receptive', 'zh-Hans'],
  ] as const)('creditsPath %s -> %s, page %s titled %s, <html lang> %s', (lang, path, id, title, tag) => {
    expect(creditsPath(lang)).toBe(path);
    expect(pageKey(matchSitePage(path))).toBe(id);
    expect(pageMeta(id)).toMatchObject({ htmlLang: tag, title });
  });
});

describe('lessonPath and widgetsPath', () => {
  it.each(languages)('lessonPath %s pooling, widgetsPath %s', (lang) => {
    expect(lessonPath(lang, 'pooling')).toBe(lang === 'en' ? '/lessons/pooling' : '/zh/lessons/pooling');
    expect(widgetsPath(lang)).toBe(lang === 'en' ? '/widgets' : '/zh/widgets');
  });
});
