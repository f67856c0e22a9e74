// Tests for the prerender entry (src/entry-server.tsx): each target renders to HTML with its metadata.
import { describe, expect, it } from 'vitest';
import { render, routes } from '../src/entry-server.tsx';
import { courseOutline } from '../src/site/courseOutline.ts';

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

  it('routes lists the three prerendered files', () => {
    expect(routes.map((r) => r.file)).toEqual(['index.html', 'zh/index.html', '404.html']);
  });
});
