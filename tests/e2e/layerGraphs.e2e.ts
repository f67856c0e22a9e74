// End-to-end tests of the layer-graph widgets in Chromium against the built site: sparse-vs-dense
// and weight-sharing through their URL params, a neuron reached and picked by keyboard, a shared
// weight edited, no console errors; page checks (axe light and dark, 375 px) with params.
import { describe, expect, it } from 'vitest';
import { openPage } from './harness.ts';
import { itPassesPageChecks, siteForFile } from './pageChecks.ts';

const site = siteForFile();

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };

describe('sparse-vs-dense through its URL and the keyboard', () => {
  const result = '[data-widget="sparse-vs-dense"] [data-result]';

  it('?inputs=10&kernel=4&mode=local -> data-result 35, no notice, no problems', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/sparse-vs-dense?inputs=10&kernel=4&mode=local');
    try {
      expect(await page.locator(result).textContent()).toBe('35');
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.locator('[data-widget="sparse-vs-dense"] line.layer-graph-edge').count()).toBe(28);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('mode select -> dense: data-result 54 and the URL records mode=dense', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/sparse-vs-dense');
    try {
      await page.getByRole('combobox', { name: 'Mode' }).selectOption('dense');
      await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '54', result);
      expect(new URL(page.url()).searchParams.get('mode')).toBe('dense');
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('keyboard: focus y₁, ArrowRight twice -> y₃ focused and announced "y₃ sees x₃ to x₅: 3 inputs"', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/sparse-vs-dense');
    try {
      const outputs = page.getByRole('group', { name: 'Output neurons' });
      await outputs.getByRole('button', { name: 'y₁' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focused).toBe('y₃');
      await page.waitForFunction(() => document.querySelector('.svd-status')?.textContent?.startsWith('y₃ sees x₃ to x₅: 3 inputs'));
      expect(await page.locator('[data-widget="sparse-vs-dense"] line.layer-graph-edge-lit').count()).toBe(3);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('tap on x₁ at 375 px (touch) -> "x₁ feeds y₁ only"', async () => {
    const { page, context } = await openPage(site(), '/embed/sparse-vs-dense', { viewport: { width: 375, height: 740 } });
    try {
      await page.getByRole('button', { name: 'x₁' }).click();
      await page.waitForFunction(() => document.querySelector('.svd-status')?.textContent === 'x₁ feeds y₁ only');
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, '/embed/sparse-vs-dense?inputs=16&kernel=3&mode=dense');
});

describe('weight-sharing through its URL and its weight fields', () => {
  const result = '[data-widget="weight-sharing"] [data-result]';

  it('?view=matrix&kernel=1,-1 -> the matrix table, data-result 0,-1,-1,1,1,0,0, no notice, no problems', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/weight-sharing?view=matrix&kernel=1,-1');
    try {
      expect(await page.locator(result).textContent()).toBe('0,-1,-1,1,1,0,0');
      expect(await page.getByRole('table', { name: /weight matrix W/ }).count()).toBe(1);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('w₂ = 0.5 typed in its field -> every w₂ edge redrawn, kernel and data-result follow, URL kernel=1,0.5,-1', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/weight-sharing');
    try {
      await page.getByRole('spinbutton', { name: 'w₂' }).fill('0.5');
      await page.waitForFunction((selector) => document.querySelector(selector)?.textContent === '-1,-1.5,1,2.5,1,0', result);
      const widths = await page
        .locator('[data-widget="weight-sharing"] svg[role="img"] line[data-kernel-index="1"]')
        .evaluateAll((lines) => lines.map((line) => line.getAttribute('stroke-width')));
      expect(widths).toHaveLength(6);
      expect(new Set(widths).size).toBe(1);
      await page.waitForFunction(() => new URL(window.location.href).searchParams.get('kernel') === '1,0.5,-1');
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('?shift=2 -> data-result 0,0,-1,0,4,4 and the border named', async () => {
    const { page, context } = await openPage(site(), '/embed/weight-sharing?shift=2');
    try {
      expect(await page.locator(result).textContent()).toBe('0,0,-1,0,4,4');
      expect(await page.getByText('y₅ fell off the right end', { exact: false }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, '/embed/weight-sharing?view=matrix&inputs=16&kernel=1,2,3,-1,-2,-3,0.5');
});
