// End-to-end tests of the lesson pages in Chromium, against the built site: hydration without
// errors, the vocabulary at work (exercise, deep dive), progress, colour scheme and a widget's
// params kept across a reload, the way on at the end of a lesson, client-side navigation into a
// lesson whose chunk is not loaded yet, the Chinese 404 page of an unknown lesson, and axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseOutline } from '../../src/site/courseOutline.ts';
import { isPublished } from '../../src/site/lessons.ts';
import { openPage, seriousAxeViolations } from './harness.ts';
import { expectOnlyTheDocument404, itPassesPageChecks, siteForFile } from './pageChecks.ts';

const site = siteForFile();

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
const lessons = courseOutline
  .filter((entry) => isPublished(entry.slug))
  .flatMap((entry) => [
    { path: `/lessons/${entry.slug}`, title: entry.text.en.title, markDone: 'Mark as done', lang: 'en' },
    { path: `/zh/lessons/${entry.slug}`, title: entry.text.zh.title, markDone: '标记为已学完', lang: 'zh-Hans' },
  ]);

describe.each(lessons)('lesson page $path', ({ path, title, markDone, lang }) => {
  it(`${path} hydrates with no console error, page error or failed request; h1 "${title}", lang ${lang}`, async () => {
    const { page, context, problems, status } = await openPage(site(), path);
    try {
      expect(status).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      // Hydrated: React handles the toggle (a static page would not change aria-pressed).
      const button = page.getByRole('button', { name: markDone });
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, path);
  it(`${path} reads with JavaScript disabled: title, KaTeX math, the deep dive opens`, async () => {
    const { page, context } = await openPage(site(), path, { javaScriptEnabled: false });
    try {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      expect(await page.locator('.katex').count()).toBeGreaterThan(5);
      const deepDive = page.locator('details.callout-deep-dive').first();
      if ((await deepDive.count()) > 0) {
        await deepDive.locator('summary').click();
        expect(await deepDive.getAttribute('open')).not.toBeNull();
      }
    } finally {
      await context.close();
    }
  });
});

describe('progress and colour scheme across a reload', () => {
  it('/lessons/convolution: mark done, choose Dark -> a reload keeps both; home shows the done mark', async () => {
    const { page, context, problems } = await openPage(site(), '/lessons/convolution');
    try {
      await page.getByRole('button', { name: 'Mark as done' }).click();
      await page.getByRole('button', { name: 'Dark' }).click();
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      await page.waitForFunction(
        () => document.querySelector('.mark-done-button')?.getAttribute('aria-pressed') === 'true',
      );
      await page.getByRole('link', { name: 'Receptive' }).click();
      await page.waitForURL(`${site().baseUrl}/`);
      expect(await page.locator('li[data-slug="convolution"]').getAttribute('data-done')).toBe('true');
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('a numeric exercise: unparsable, wrong twice, unparsable, then right -> feedback numbered by readable attempts; "Solved" after a reload', async () => {
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'en', 'convolution.mdx'), 'utf8');
    const [, id, answer] = /<NumericExercise id="([^"]+)" answer=\{([^}]+)\}/.exec(source) ?? [];
    const { page, context, problems } = await openPage(site(), '/lessons/convolution');
    try {
      const exercise = page.locator(`[data-exercise="${id}"]`);
      const input = exercise.getByRole('textbox');
      const check = exercise.getByRole('button', { name: 'Check' });
      const status = exercise.getByRole('status');
      await input.fill('not a number');
      await check.click();
      expect(await status.textContent()).toMatch(/is not a number/);
      await input.fill(String(Number(answer) + 1000));
      await check.click();
      expect(await status.textContent()).toBe('Not quite: try again.');
      await check.click();
      expect(await status.textContent()).toBe('Not quite: try again. (attempt 2)');
      await input.fill('1e400');
      await check.click();
      expect(await status.textContent()).toMatch(/^“1e400” is not a number\./);
      await input.fill(answer);
      await check.click();
      expect(await status.textContent()).toBe('Correct! (attempt 3)');
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator(`[data-exercise="${id}"] .exercise-solved`).waitFor();
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });
});

describe('a lesson widget across a reload', () => {
  it('/lessons/convolution: first widget Mode -> discrete, reload -> still discrete; Reset figure -> continuous, storage cleared', async () => {
    const { page, context, problems } = await openPage(site(), '/lessons/convolution');
    try {
      const figure = page.locator('figure.lesson-widget').first();
      const mode = figure.getByLabel('Mode', { exact: true });
      const reset = figure.getByRole('button', { name: 'Reset figure' });
      expect(await mode.inputValue()).toBe('continuous');
      await mode.selectOption('discrete');
      await reset.waitFor();
      // The change typesets a new formula, which fetches KaTeX: let that request finish before the
      // reload, which would otherwise abort it (a failed request the test would rightly report).
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((entry) => /\/assets\/katex-[^/]*\.js$/.test(new URL(entry.name).pathname)),
      );
      await page.reload({ waitUntil: 'networkidle' });
      // The page hydrates with the authored params, then the saved ones restart the widget.
      await reset.waitFor();
      expect(await mode.inputValue()).toBe('discrete');
      // Discrete mode shows the whole output sequence.
      expect(await figure.locator('[data-result]').textContent()).toContain(', ');
      await reset.click();
      await reset.waitFor({ state: 'detached' });
      expect(await mode.inputValue()).toBe('continuous');
      const stored = await page.evaluate(() => localStorage.getItem('receptive:lesson-widgets'));
      expect(JSON.parse(stored ?? '{}')).toMatchObject({ state: { widgetParams: {} } });
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });
});

describe('the end of a lesson and the header', () => {
  it.each([
    ['/lessons/convolution', 'Course navigation', 'All lessons', '/'],
    ['/zh/lessons/convolution', '课程导航', '课程目录', '/zh/'],
  ])('%s: the footer navigation "%s" always has "%s", leading to the course map %s', async (path, navName, linkName, home) => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const nav = page.getByRole('navigation', { name: navName });
      await nav.getByRole('link', { name: linkName }).click();
      await page.waitForURL(`${site().baseUrl}${home}`);
      // Why wait: the address changes first; the course map follows once its code is there.
      await page.locator('li[data-slug="convolution"]').waitFor();
      expect(await page.locator('li[data-slug="convolution"]').count()).toBe(1);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('/lessons/convolution: a colour scheme button focused from the keyboard is raised above its neighbours (ring not cut off)', async () => {
    const { page, context } = await openPage(site(), '/lessons/convolution');
    try {
      await page.getByRole('button', { name: 'Auto' }).focus();
      await page.keyboard.press('Tab');
      const light = page.getByRole('button', { name: 'Light' });
      const style = await light.evaluate((el) => {
        const computed = getComputedStyle(el);
        return { focusVisible: el.matches(':focus-visible'), position: computed.position, zIndex: computed.zIndex };
      });
      expect(style).toEqual({ focusVisible: true, position: 'relative', zIndex: '1' });
    } finally {
      await context.close();
    }
  });
});

describe('client-side navigation', () => {
  it('/ -> click the first published lesson -> its page loads its chunk and shows it in the same document', async () => {
    const first = courseOutline.find((entry) => isPublished(entry.slug));
    const { page, context, problems } = await openPage(site(), '/');
    try {
      await page.evaluate(() => {
        document.body.dataset.sameDocument = 'yes';
      });
      await page.getByRole('link', { name: first?.text.en.title }).click();
      await page.getByRole('heading', { level: 1, name: first?.text.en.title }).waitFor();
      expect(await page.evaluate(() => document.body.dataset.sameDocument)).toBe('yes');
      expect(await page.title()).toBe(`${first?.text.en.title} · Receptive`);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });
});

describe('404 page of a Chinese address', () => {
  it('/zh/lessons/nope -> status 404, the Chinese 404 page (页面不存在, lang zh-Hans, home /zh/), no page error, passes axe', async () => {
    const { page, context, problems, status } = await openPage(site(), '/zh/lessons/nope');
    try {
      expect(status).toBe(404);
      await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      expect(await page.title()).toBe('页面不存在 · Receptive');
      expect(await page.getByRole('link', { name: '返回课程首页' }).getAttribute('href')).toBe('/zh/');
      expectOnlyTheDocument404(problems, `${site().baseUrl}/zh/lessons/nope`);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
