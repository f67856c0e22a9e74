// Tests for the prerender entry (src/entry-server.tsx): each target renders to HTML with its metadata.
import { describe, expect, it } from 'vitest';
import { render, routes } from '../src/entry-server.tsx';
import { courseOutline } from '../src/site/courseOutline.ts';
import { prerenderTargets } from '../src/site/prerenderTargets.ts';

describe('entry-server render', () => {
  it("render('/') -> English home with every lesson title, lang 'en', route home-en", async () => {
    const page = await render('/');
    expect(page.routeId).toBe('home-en');
    expect(page.htmlLang).toBe('en');
    expect(page.html).toContain('<h1>Receptive</h1>');
    for (const entry of courseOutline) expect(page.html).toContain(entry.text.en.title.replace('?', ''));
  });

  it("render('/zh/') -> Chinese home with every lesson title, lang 'zh-Hans', route home-zh", async () => {
    const page = await render('/zh/');
    expect(page.routeId).toBe('home-zh');
    expect(page.htmlLang).toBe('zh-Hans');
    for (const entry of courseOutline) expect(page.html).toContain(entry.text.zh.title);
  });

  it("render('/404.html') -> the 404 page", async () => {
    const page = await render('/404.html');
    expect(page.routeId).toBe('not-found');
    expect(page.html).toContain('Page not found');
    expect(page.title).toBe('Page not found · Receptive');
  });

  it.each([
    ['/lessons/convolution', 'lesson-en:convolution', 'en', 'What is a convolution?'],
    ['/zh/lessons/convolution', 'lesson-zh:convolution', 'zh-Hans', '什么是卷积'],
  ])("render('%s') -> the whole lesson (lazy chunk awaited): h1, prose, KaTeX, key %s", async (url, key, lang, title) => {
    const page = await render(url);
    expect(page.pageKey).toBe(key);
    expect(page.htmlLang).toBe(lang);
    expect(page.title).toBe(`${title} · Receptive`);
    expect(page.html).toContain(`>${title.replace('?', '')}`);
    expect(page.html).toContain('class="katex"');
    expect(page.html).toContain('class="lesson-toc"');
    expect(page.html).not.toContain('class="lesson-loading"');
    expect(page.html).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it("render('/lessons/output-size') (planned) -> the 404 page", async () => {
    const page = await render('/lessons/output-size');
    expect(page.routeId).toBe('not-found');
    expect(page.html).toContain('Page not found');
  });

  it('routes are the prerender targets: homes first, 404 last, every file once', () => {
    expect(routes).toBe(prerenderTargets);
    const files = routes.map((r) => r.file);
    expect(files.slice(0, 2)).toEqual(['index.html', 'zh/index.html']);
    expect(files.at(-1)).toBe('404.html');
    expect(files).toContain('lessons/convolution.html');
    expect(files).toContain('zh/lessons/convolution.html');
    expect(new Set(files).size).toBe(files.length);
  });
});
