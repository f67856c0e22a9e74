// End-to-end tests of the home pages and the 404 page in Chromium, against the built site.
import { describe, expect, it } from 'vitest';
import { outlineIn } from '../../src/site/courseOutline.ts';
import type { Language } from '../../src/site/language.ts';
import { openPage, seriousAxeViolations } from './harness.ts';
import { expectOnlyTheDocument404, itPassesPageChecks, siteForFile } from './pageChecks.ts';

const site = siteForFile();

const homes: { path: string; lang: Language; htmlLang: string; lessonsHeading: string }[] = [
  { path: '/', lang: 'en', htmlLang: 'en', lessonsHeading: 'Lessons' },
  { path: '/zh/', lang: 'zh', htmlLang: 'zh-Hans', lessonsHeading: '课程目录' },
];

describe.each(homes)('home page $path', ({ path, lang, htmlLang, lessonsHeading }) => {
  const titles = outlineIn(lang).map((lesson) => lesson.title);

  it(`${path} loads with no console error, page error or failed request; lang=${htmlLang}; title and ${titles.length} lessons`, async () => {
    const { page, context, problems, status } = await openPage(site(), path);
    try {
      expect(status).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(htmlLang);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Receptive');
      expect(await page.getByRole('heading', { level: 2, name: lessonsHeading }).isVisible()).toBe(true);
      expect(await page.locator('ol.lesson-list > li h3').allTextContents()).toEqual(titles);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, path);
  it(`${path} has its content in the HTML before any script runs`, async () => {
    const html = await (await fetch(`${site().baseUrl}${path}`)).text();
    expect(html).toContain(`<html lang="${htmlLang}">`);
    expect(html).toContain('<h1>Receptive</h1>');
    for (const title of titles) expect(html).toContain(title);
  });

  it(`${path} reads with JavaScript disabled`, async () => {
    const { page, context } = await openPage(site(), path, { javaScriptEnabled: false });
    try {
      expect(await page.locator('ol.lesson-list > li h3').allTextContents()).toEqual(titles);
    } finally {
      await context.close();
    }
  });
});

describe('language switch', () => {
  it('/ -> click 中文 -> /zh/ in the same document (hydrated), lang zh-Hans -> click English -> /', async () => {
    const { page, context, problems } = await openPage(site(), '/');
    try {
      await page.evaluate(() => {
        document.body.dataset.sameDocument = 'yes';
      });
      await page.getByRole('link', { name: '中文' }).click();
      await page.waitForURL(`${site().baseUrl}/zh/`);
      await page.getByRole('heading', { level: 2, name: '课程目录' }).waitFor();
      // Why wait: the page writes lang and title in an effect, just after the new page is shown.
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
      expect(await page.title()).toBe('Receptive：卷积神经网络互动课程');
      expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe('yes');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${site().baseUrl}/`);
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    } finally {
      await context.close();
    }
  });
});

describe('404 page', () => {
  it('/no/such/page -> status 404 and the 404 page in both languages, no page error, passes axe', async () => {
    const { page, context, problems, status } = await openPage(site(), '/no/such/page');
    try {
      expect(status).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
      expect(await page.getByRole('heading', { level: 2, name: '页面不存在' }).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: '返回课程首页' }).getAttribute('href')).toBe('/zh/');
      expectOnlyTheDocument404(problems, `${site().baseUrl}/no/such/page`);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('/zh -> redirected to /zh/, the Chinese home page', async () => {
    const { page, context, status } = await openPage(site(), '/zh');
    try {
      expect(status).toBe(200);
      expect(page.url()).toBe(`${site().baseUrl}/zh/`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    } finally {
      await context.close();
    }
  });
});
