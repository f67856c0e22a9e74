// Tests for the build's page list (src/site/prerenderTargets.ts): derived from lessons and widgets.
import { describe, expect, it } from 'vitest';
import { courseOutline } from '../../src/site/courseOutline.ts';
import { isPublished } from '../../src/site/lessons.ts';
import { fileForUrl, prerenderTargets, prerenderTargetsFor } from '../../src/site/prerenderTargets.ts';
import { matchSitePage, pageKey } from '../../src/site/routes.ts';
import { widgetRegistry } from '../../src/widgets/registry.ts';

describe('fileForUrl', () => {
  it.each([
    ['/', 'index.html'],
    ['/zh/', 'zh/index.html'],
    ['/lessons/convolution', 'lessons/convolution.html'],
    ['/zh/widgets', 'zh/widgets.html'],
    ['/404.html', '404.html'],
  ])('fileForUrl %s -> %s', (url, file) => {
    expect(fileForUrl(url)).toBe(file);
  });
});

describe('prerenderTargetsFor', () => {
  it("prerenderTargetsFor ['a','b'], ['w-1'] -> homes, lessons in both languages, galleries, credits, embed, 404", () => {
    expect(prerenderTargetsFor(['a', 'b'], ['w-1']).map((t) => t.file)).toEqual([
      'index.html',
      'zh/index.html',
      'lessons/a.html',
      'lessons/b.html',
      'zh/lessons/a.html',
      'zh/lessons/b.html',
      'widgets.html',
      'zh/widgets.html',
      'credits.html',
      'zh/credits.html',
      'embed/w-1.html',
      '404.html',
    ]);
  });
});

describe('prerenderTargets (this build)', () => {
  const keys = prerenderTargets.map((t) => pageKey(matchSitePage(new URL(t.url, 'http://x').pathname)));

  it('has every published lesson in both languages and every widget embed, each page once', () => {
    const published = courseOutline.map((e) => e.slug).filter(isPublished);
    for (const slug of published) {
      expect(keys).toContain(`lesson-en:${slug}`);
      expect(keys).toContain(`lesson-zh:${slug}`);
    }
    for (const { meta } of widgetRegistry) expect(keys).toContain(`embed:${meta.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers home, gallery, credits and 404 in each language that has them', () => {
    for (const key of ['home-en', 'home-zh', 'widgets-en', 'widgets-zh', 'credits-en', 'credits-zh', 'not-found']) expect(keys).toContain(key);
  });

  it('no target resolves to the 404 page except /404.html itself', () => {
    const notFound = prerenderTargets.filter((_, i) => keys[i].startsWith('not-found')).map((t) => t.url);
    expect(notFound).toEqual(['/404.html']);
  });
});
