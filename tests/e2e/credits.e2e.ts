// End-to-end tests of the credits page (/credits, /zh/credits) against the built site: prerendered
// content, thumbnails that load, links that lead somewhere, the language switch, axe; and the site
// footer linking to it from every site page but not from embed pages.
import { describe, expect, it } from 'vitest';
import { softwareCredits } from '../../src/site/softwareCredits.ts';
import { widgetCredits } from '../../src/widgets/registry.ts';
import { openPage } from './harness.ts';
import { expectOnlyTheDocument404, itPassesPageChecks, siteForFile } from './pageChecks.ts';

const site = siteForFile();

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };

describe.each([
  { path: '/credits', lang: 'en', htmlLang: 'en', heading: 'Credits', other: '/zh/credits', switchName: '中文' },
  { path: '/zh/credits', lang: 'zh', htmlLang: 'zh-Hans', heading: '致谢与版权', other: '/credits', switchName: 'English' },
] as const)('credits page $path', ({ path, lang, htmlLang, heading, other, switchName }) => {
  it(`${path}: h1 "${heading}", lang ${htmlLang}, every photo's thumbnail loaded with its alt, the software table; no problems`, async () => {
    const { page, context, problems, status } = await openPage(site(), path);
    try {
      expect(status).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(htmlLang);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      const works = widgetCredits();
      expect(works.length).toBeGreaterThanOrEqual(5);
      for (const { credit } of works) {
        const image = page.getByRole('img', { name: credit.alt[lang], exact: true });
        await image.scrollIntoViewIfNeeded();
        await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete, await image.elementHandle());
        expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([credit.width, credit.height]);
      }
      expect(await page.getByRole('table').getByRole('row').count()).toBe(softwareCredits.length + 1);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it(`${path}: every link is https or a page of the site that answers 200`, async () => {
    const { page, context } = await openPage(site(), path);
    try {
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      const internal = [...new Set(hrefs.filter((href) => href.startsWith('/') || href.startsWith('#')))];
      const external = hrefs.filter((href) => !internal.includes(href));
      for (const href of external) expect(href).toMatch(/^https:\/\/[^/]+/);
      for (const href of internal.filter((h) => h.startsWith('/'))) {
        const response = await page.request.get(`${site().baseUrl}${href}`);
        expect(`${href} ${response.status()}`).toBe(`${href} 200`);
      }
    } finally {
      await context.close();
    }
  });

  it(`${path}: the language switch "${switchName}" leads to ${other}`, async () => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      await page.getByRole('link', { name: switchName }).click();
      await page.waitForURL(`**${other}`);
      // Why wait: the address changes first; the new page writes lang in an effect once it is shown.
      const expected = htmlLang === 'en' ? 'zh-Hans' : 'en';
      await page.waitForFunction((lang) => document.documentElement.lang === lang, expected);
      expect(await page.getAttribute('html', 'lang')).toBe(expected);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it(`${path} without JavaScript: the prerendered page has the photos, the digits and the software`, async () => {
    const { page, context } = await openPage(site(), path, { javaScriptEnabled: false });
    try {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      expect(await page.locator('img.credits-thumbnail').count()).toBe(widgetCredits().length);
      expect(await page.locator('#credits-digits').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'd3-scale' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, path);
});

describe('the site footer links to the credits page', () => {
  it.each([
    ['/', 'Credits and licences', '/credits'],
    ['/zh/', '致谢与版权', '/zh/credits'],
    ['/lessons/convolution', 'Credits and licences', '/credits'],
    ['/zh/lessons/convolution', '致谢与版权', '/zh/credits'],
    ['/widgets', 'Credits and licences', '/credits'],
    ['/zh/widgets', '致谢与版权', '/zh/credits'],
  ])('%s: the footer link "%s" goes to %s', async (path, name, href) => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const link = page.getByRole('contentinfo').getByRole('link', { name });
      expect(await link.getAttribute('href')).toBe(href);
      await link.click();
      await page.waitForURL(`**${href}`);
      // The address changes first; the page follows once its code is there.
      await page.getByRole('heading', { level: 1, name: href.startsWith('/zh') ? '致谢与版权' : 'Credits', exact: true }).waitFor();
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('the 404 page (an unknown address) has the footer link to /credits', async () => {
    const { page, context, problems, status } = await openPage(site(), '/no-such-page');
    try {
      expect(status).toBe(404);
      expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Credits and licences' }).getAttribute('href')).toBe('/credits');
      expectOnlyTheDocument404(problems, `${site().baseUrl}/no-such-page`);
    } finally {
      await context.close();
    }
  });

  it('an embed page (/embed/image-filter) has no site footer', async () => {
    const { page, context } = await openPage(site(), '/embed/image-filter');
    try {
      expect(await page.locator('footer.site-footer').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Credits and licences' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
