// End-to-end tests of the widget pages in Chromium against the built site: the gallery in both
// languages, every registered widget's embed page (defaults, both languages, axe), and the
// convolution-1d widget driven through its URL params and its controls.
import { describe, expect, it } from 'vitest';
import { widgetRegistry } from '../../src/widgets/registry.ts';
import { openPage } from './harness.ts';
import { itPassesPageChecks, siteForFile } from './pageChecks.ts';

const site = siteForFile();

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };

describe.each([
  { path: '/widgets', lang: 'en', heading: 'Widgets', open: 'Open on its own page' },
  { path: '/zh/widgets', lang: 'zh-Hans', heading: '交互图示', open: '打开独立页面' },
])('gallery $path', ({ path, lang, heading, open }) => {
  it(`${path} lists every registered widget (${widgetRegistry.length}) with its embed link; no problems; lang ${lang}`, async () => {
    const { page, context, problems, status } = await openPage(site(), path);
    try {
      expect(status).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      const links = page.getByRole('link', { name: open });
      expect(await links.count()).toBe(widgetRegistry.length);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      for (const { meta } of widgetRegistry) expect(hrefs.some((href) => href?.startsWith(`/embed/${meta.id}`))).toBe(true);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, path);
});

describe.each(widgetRegistry.flatMap(({ meta }) => [`/embed/${meta.id}`, `/embed/${meta.id}?lang=zh`]))('embed page %s', (path) => {
  const id = path.split('/')[2].split('?')[0];

  it(`${path} shows the widget (data-widget=${id}) with no notice and no problems`, async () => {
    const { page, context, problems, status } = await openPage(site(), path);
    try {
      expect(status).toBe(200);
      expect(await page.locator(`[data-widget="${id}"]`).count()).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('header.site-header').count()).toBe(0);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, path);
});

describe('convolution-1d through its URL and its controls', () => {
  const result = '[data-widget="convolution-1d"] [data-result]';

  it('?mode=discrete&f=1,2,3&g=0,1,0.5 -> data-result "0, 1, 2.5, 4, 1.5" (rendered from scratch, no problems)', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/convolution-1d?mode=discrete&f=1,2,3&g=0,1,0.5');
    try {
      expect(await page.locator(result).textContent()).toBe('0, 1, 2.5, 4, 1.5');
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('?mode=discrete&f=1,1,1,1,1,1&g=1,1,1,1,1,1&flip=0 -> the two dice counts 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1', async () => {
    const { page, context } = await openPage(site(), '/embed/convolution-1d?mode=discrete&f=1,1,1,1,1,1&g=1,1,1,1,1,1&flip=0');
    try {
      expect(await page.locator(result).textContent()).toBe('1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1');
    } finally {
      await context.close();
    }
  });

  it('?mode=sideways&shift=99&colour=red -> a role=alert notice naming all three, the widget still drawn', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/convolution-1d?mode=sideways&shift=99&colour=red');
    try {
      const alert = page.getByRole('alert');
      expect(await alert.count()).toBe(1);
      const text = await alert.textContent();
      for (const bad of ['mode=sideways', 'shift=99', 'colour=red']) expect(text).toContain(bad);
      expect(await page.locator('[data-widget="convolution-1d"] svg').count()).toBeGreaterThan(0);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('controls: mode -> discrete, f = "1, 2, 3" + Enter, g = "0, 1, 0.5" + Enter -> result and URL follow', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/convolution-1d');
    try {
      await page.getByRole('combobox', { name: 'Mode' }).selectOption('discrete');
      const f = page.getByRole('textbox', { name: 'f', exact: true });
      await f.fill('1, 2, 3');
      await f.press('Enter');
      const g = page.getByRole('textbox', { name: 'g', exact: true });
      await g.fill('0, 1, 0.5');
      await g.press('Enter');
      await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '0, 1, 2.5, 4, 1.5', result);
      const search = new URL(page.url()).searchParams;
      expect(search.get('mode')).toBe('discrete');
      expect(search.get('f')).toBe('1,2,3');
      expect(search.get('g')).toBe('0,1,0.5');
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('step player: Step forward moves the shift to n = 1, the URL records it, the formula is typeset anew for n = 1', async () => {
    const { page, context } = await openPage(site(), '/embed/convolution-1d?mode=discrete&f=1,2,3&g=0,1,0.5&shift=0');
    try {
      const formula = page.locator('[data-widget="convolution-1d"] .conv1d-formula');
      const before = await formula.textContent();
      await page.getByRole('button', { name: 'Step forward' }).click();
      await page.waitForFunction(() => new URL(window.location.href).searchParams.get('shift') === '1');
      // The new formula is typeset once KaTeX has loaded (on demand): wait for it, do not time it.
      await page.waitForFunction(
        (previous) => document.querySelector('[data-widget="convolution-1d"] .conv1d-formula')?.textContent !== previous,
        before,
      );
      expect(await formula.textContent()).toContain('[1]');
    } finally {
      await context.close();
    }
  });
});
