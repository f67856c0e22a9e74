// End-to-end tests of the image-filter widget in Chromium against the built site: its URL params, the
// painted canvases, a kernel edit that repaints, the keyboard pixel picker, the page without scripts,
// and the reader's own image surviving a reload.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './harness.ts';
import { itPassesPageChecks, siteForFile } from './pageChecks.ts';

const site = siteForFile();

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
const widget = '[data-widget="image-filter"]';
const result = `${widget} [data-result]`;
const withParams = '/embed/image-filter?kernel=laplacian&size=5&display=abs&frequency=1&x=10&y=20';

/** Waits until the photo is filtered (data-result present) and returns the result text. */
async function filtered(page: Page): Promise<string> {
  await page.waitForSelector(result);
  return (await page.locator(result).textContent()) ?? '';
}

/** The output canvas's pixels: how many distinct colours, and a checksum of the RGBA bytes. */
function outputPixels(page: Page): Promise<{ colours: number; checksum: number; width: number }> {
  return page.evaluate((selector) => {
    const canvas = document.querySelector<HTMLCanvasElement>(selector);
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return { colours: 0, checksum: 0, width: 0 };
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let checksum = 0;
    for (let i = 0; i < data.length; i += 4) {
      const colour = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      colours.add(colour);
      checksum = (checksum * 31 + colour) % 1_000_000_007;
    }
    return { colours: colours.size, checksum, width: canvas.width };
  }, `${widget} canvas.imgf-output-canvas`);
}

describe('image-filter through its URL and its controls', () => {
  it(`${withParams} -> 5x5 laplacian, abs scale, frequency view high-pass, pixel (10, 20), painted output, no problems`, async () => {
    const { page, context, problems } = await openPage(site(), withParams);
    try {
      expect(await filtered(page)).toMatch(/^-?\d+(\.\d+)?\.\.-?\d+(\.\d+)?$/);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await page.getByRole('combobox', { name: 'Preset' }).inputValue()).toBe('laplacian');
      expect(await page.getByRole('combobox', { name: 'Kernel size' }).inputValue()).toBe('5');
      expect(await page.getByRole('textbox', { name: 'row 3, column 3' }).inputValue()).toBe('-16');
      expect(await page.getByRole('combobox', { name: 'Show output as' }).inputValue()).toBe('abs');
      expect(await page.getByRole('checkbox', { name: 'Show the frequency response' }).isChecked()).toBe(true);
      expect(await page.getByText('Pixel (10, 20): window × kernel').count()).toBe(1);
      expect(await page.getByText(/^High-pass: \|H\(0\)\| = 0/).count()).toBe(1);
      const pixels = await outputPixels(page);
      expect(pixels.width).toBe(512);
      expect(pixels.colours).toBeGreaterThan(10);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('a kernel edit (sobel-x row 2, column 2 -> 1) repaints the output and changes data-result and the URL', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/image-filter');
    try {
      const before = await filtered(page);
      const painted = await outputPixels(page);
      expect(painted.colours).toBeGreaterThan(10);
      await page.getByRole('textbox', { name: 'row 2, column 2' }).fill('1');
      await page.waitForFunction(([selector, previous]) => document.querySelector(selector)?.textContent !== previous, [result, before] as const);
      await page.waitForFunction(() => new URL(window.location.href).searchParams.get('kernel') === '-1,0,1,-2,1,2,-1,0,1');
      expect((await outputPixels(page)).checksum).not.toBe(painted.checksum);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('keyboard: focus the input photo, ArrowRight then Shift+ArrowDown -> x=293, y=410 in the URL and the inspector', async () => {
    const { page, context } = await openPage(site(), '/embed/image-filter');
    try {
      await filtered(page);
      await page.getByRole('application', { name: 'Input: Photographer on a lawn (sample photo)', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowDown');
      await page.waitForFunction(() => {
        const search = new URL(window.location.href).searchParams;
        return search.get('x') === '293' && search.get('y') === '410';
      });
      expect(await page.getByText('Pixel (293, 410): window × kernel').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('without scripts: the sample photo as an <img> with alt text, the kernel fields and the line about scripts', async () => {
    const { page, context } = await openPage(site(), '/embed/image-filter', { javaScriptEnabled: false });
    try {
      const photo = page.locator(`${widget} img`);
      expect(await photo.getAttribute('alt')).toMatch(/^A man in a dark coat/);
      expect(await page.getByRole('textbox', { name: 'row 1, column 1' }).inputValue()).toBe('-1');
      expect(await page.getByText('The filtered image appears here once the page’s scripts have run.').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('the reader’s own image replaces the sample, survives a reload, and "Back to the sample photo" restores the sample', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/image-filter?image=chelsea');
    try {
      await filtered(page);
      await page.locator(`${widget} input[type="file"]`).setInputFiles(join(import.meta.dirname, '..', '..', 'public', 'samples', 'brick.png'));
      await page.getByText('Showing your image: brick.png (512 × 512 px).').waitFor();
      expect(await page.getByRole('application', { name: 'Input: brick.png (your image)', exact: true }).count()).toBe(1);
      const samplesFetched: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'fetch' && request.url().includes('/samples/')) samplesFetched.push(request.url());
      });
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByText('Showing your image: brick.png (512 × 512 px).').waitFor();
      expect((await outputPixels(page)).width).toBe(512);
      // The kept image is read before any download: the sample photo is not fetched at all.
      expect(samplesFetched).toEqual([]);
      await page.getByRole('button', { name: 'Back to the sample photo' }).click();
      await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('canvas.imgf-output-canvas')?.width === 451);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('/embed/image-filter?lang=zh&frequency=1 shows the Chinese verdict (sobel-x: 带通) and labels', async () => {
    const { page, context, problems } = await openPage(site(), '/embed/image-filter?lang=zh&frequency=1');
    try {
      await filtered(page);
      expect(await page.getByRole('combobox', { name: '预设' }).count()).toBe(1);
      expect(await page.getByText(/^带通：/).count()).toBe(1);
      expect(await page.getByRole('img', { name: '输出：用 Sobel x 3 × 3 处理“草坪上的摄影师”的结果', exact: true }).count()).toBe(1);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  itPassesPageChecks(site, withParams);
});
