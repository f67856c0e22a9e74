// End-to-end tests of the reader's own image in the image-filter widget (embed page and lesson page):
// the "Use your own image" button opening the file chooser from the keyboard, a text file renamed .png,
// a 144-megapixel PNG, a large PNG that is downscaled, a small one that survives a reload (kept for its
// figure only), and a drop; each with no console error and no failed request.
import { deflateSync, crc32 } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/site/lessons.ts';
import { openPage } from './harness.ts';
import { siteForFile } from './pageChecks.ts';

const site = siteForFile();

const noProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };

/** One PNG chunk: length, type, data, CRC-32 of type + data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A valid grayscale PNG of `width × height`: bit depth 1 and all black when `row` is not given (a
 * 12000×12000 image compresses to a few kB), else 8-bit with every row equal to `row(width)`.
 */
function grayPng(width: number, height: number, row?: (width: number) => Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = row ? 8 : 1; // bit depth
  header[9] = 0; // colour type: grayscale
  const rowBytes = row ? Buffer.from(row(width)) : Buffer.alloc(Math.ceil(width / 8));
  const scanline = Buffer.concat([Buffer.from([0]), rowBytes]); // filter type 0, then the pixels
  const raw = Buffer.alloc(scanline.length * height);
  for (let y = 0; y < height; y += 1) scanline.copy(raw, y * scanline.length);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A left-to-right ramp from black to white: edges everywhere for an edge filter. */
const ramp = (width: number) => Uint8Array.from({ length: width }, (_, x) => Math.round((x * 255) / Math.max(1, width - 1)));
/** Bars 8 px wide, black and white. */
const bars = (width: number) => Uint8Array.from({ length: width }, (_, x) => (Math.floor(x / 8) % 2 === 0 ? 0 : 255));

const widget = (page: Page) => page.locator('[data-widget="image-filter"]').first();

/** Waits until the widget has drawn (its data-result is there) and returns the result text. */
async function drawnResult(page: Page): Promise<string> {
  const result = widget(page).locator('[data-result]');
  await result.waitFor();
  return (await result.textContent()) ?? '';
}

/** Waits until the data-result differs from `before` and returns it. */
async function resultChangedFrom(page: Page, before: string): Promise<string> {
  const handle = await widget(page).locator('[data-result]').elementHandle();
  await page.waitForFunction(([element, previous]) => element?.textContent !== previous, [handle, before] as const);
  return (await widget(page).locator('[data-result]').textContent()) ?? '';
}

/**
 * The output canvas's size and how many distinct colours it holds (1 means blank, counting stops at
 * 3), once it is `width` wide and painted (the paint follows the render in an effect).
 */
async function outputCanvas(page: Page, width?: number): Promise<{ width: number; height: number; distinct: number }> {
  const canvas = widget(page).locator('canvas.imgf-output-canvas');
  if (width !== undefined) await widget(page).locator(`canvas.imgf-output-canvas[width="${width}"]`).waitFor();
  const handle = await canvas.elementHandle();
  await page.waitForFunction((element) => {
    const context = (element as HTMLCanvasElement | null)?.getContext('2d');
    if (!element || !context) return false;
    const { data } = context.getImageData(0, 0, (element as HTMLCanvasElement).width, (element as HTMLCanvasElement).height);
    return data.some((value, i) => i % 4 === 3 && value !== 0);
  }, handle);
  return canvas.evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return { width: canvas.width, height: canvas.height, distinct: 0 };
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length && seen.size < 3; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { width: canvas.width, height: canvas.height, distinct: seen.size };
  });
}

/** The hidden file input behind the "Use your own image" button (its files are set directly). */
const fileInput = (page: Page) => widget(page).locator('input[type="file"]');

const pages = [
  { path: '/embed/image-filter', button: 'Use your own image' },
  { path: '/embed/image-filter?lang=zh', button: '使用自己的图片' },
  ...(isPublished('image-filters') ? [{ path: '/lessons/image-filters', button: 'Use your own image' }] : []),
];

describe.each(pages)('the reader’s own image on $path', ({ path, button }) => {
  it(`${path}: focus the "${button}" button, press Enter -> the file chooser opens; a 40x30 PNG chosen there is used`, async () => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const before = await drawnResult(page);
      // The button works once the page is hydrated: the painted output says so.
      await outputCanvas(page);
      // Asked for before the key press, with a round trip to the page after it: Playwright must be
      // catching file choosers before the button opens one, or the chooser opens unseen.
      const chooser = page.waitForEvent('filechooser');
      await page.evaluate(() => 0);
      const trigger = widget(page).getByRole('button', { name: button, exact: true });
      await trigger.focus();
      await page.keyboard.press('Enter');
      await (await chooser).setFiles({ name: 'keyboard.png', mimeType: 'image/png', buffer: grayPng(40, 30, bars) });
      await resultChangedFrom(page, before);
      expect((await outputCanvas(page, 40)).height).toBe(30);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it(`${path}: a text file renamed notes.png -> an alert naming it, the sample stays drawn`, async () => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const before = await drawnResult(page);
      await fileInput(page).setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('These are my notes, not a picture.\n') });
      const alert = widget(page).getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('notes.png');
      expect(await drawnResult(page)).toBe(before);
      expect((await outputCanvas(page)).distinct).toBeGreaterThan(1);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it(`${path}: a valid 12000x12000 PNG (144 MP) -> a "too many pixels" alert, the page still responds`, async () => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const before = await drawnResult(page);
      await fileInput(page).setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: grayPng(12000, 12000) });
      const alert = widget(page).getByRole('alert');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('huge.png');
      expect(text).toContain('12000 × 12000');
      expect(text).toContain(path.includes('lang=zh') ? '1.44 亿像素，超过 5000 万像素的上限' : '144 megapixels, over the limit of 50 megapixels');
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      expect(await drawnResult(page)).toBe(before);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });
});

describe('the reader’s own image on /embed/image-filter: used, downscaled, kept, dropped', () => {
  const path = '/embed/image-filter';

  it('a 3000x2000 ramp PNG -> "Downscaled from 3000×2000 to 512×341.", output 512x341 drawn, result changes', async () => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const before = await drawnResult(page);
      await fileInput(page).setInputFiles({ name: 'ramp.png', mimeType: 'image/png', buffer: grayPng(3000, 2000, ramp) });
      await widget(page).getByText('Downscaled from 3000×2000 to 512×341.').waitFor();
      await resultChangedFrom(page, before);
      const canvas = await outputCanvas(page, 512);
      expect([canvas.width, canvas.height]).toEqual([512, 341]);
      expect(canvas.distinct).toBeGreaterThan(1);
      expect(await widget(page).getByRole('alert').count()).toBe(0);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('a 64x48 bars PNG -> used at 64x48 without a downscale note; after a reload it is still the image', async () => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const before = await drawnResult(page);
      await fileInput(page).setInputFiles({ name: 'bars.png', mimeType: 'image/png', buffer: grayPng(64, 48, bars) });
      const used = await resultChangedFrom(page, before);
      expect(await widget(page).getByText(/Downscaled/).count()).toBe(0);
      expect(await widget(page).getByText(/bars\.png/).count()).toBeGreaterThan(0);
      expect((await outputCanvas(page, 64)).height).toBe(48);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('receptive.userImage.')))).toEqual([
        'receptive.userImage.v1:embed:image-filter',
      ]);

      await page.reload({ waitUntil: 'networkidle' });
      await widget(page).getByText(/bars\.png/).first().waitFor();
      const canvas = await outputCanvas(page, 64);
      expect([canvas.width, canvas.height]).toEqual([64, 48]);
      expect(await drawnResult(page)).toBe(used);
      expect(new URL(page.url()).search).not.toContain('bars');
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });

  it('dropping a 40x30 PNG on the picker (DragEvent with a DataTransfer) -> used', async () => {
    const { page, context, problems } = await openPage(site(), path);
    try {
      const before = await drawnResult(page);
      const bytes = [...grayPng(40, 30, bars)];
      await widget(page)
        .locator('.image-picker')
        .evaluate((zone, data) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(data)], 'dropped.png', { type: 'image/png' }));
          zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }, bytes);
      await resultChangedFrom(page, before);
      expect((await outputCanvas(page, 40)).height).toBe(30);
      expect(await widget(page).getByText(/dropped\.png/).count()).toBeGreaterThan(0);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(!isPublished('image-filters'))('the reader’s own image on /lessons/image-filters: kept per figure', () => {
  it('a 64x48 PNG in the first figure -> after a reload the first figure shows it, the second its sample photo', async () => {
    const { page, context, problems } = await openPage(site(), '/lessons/image-filters');
    try {
      const figures = page.locator('[data-widget="image-filter"]');
      const second = figures.nth(1);
      await second.locator('[data-result]').waitFor();
      const secondResult = (await second.locator('[data-result]').textContent()) ?? '';
      const before = await drawnResult(page);
      await fileInput(page).setInputFiles({ name: 'first.png', mimeType: 'image/png', buffer: grayPng(64, 48, bars) });
      await resultChangedFrom(page, before);
      expect(await second.getByText(/first\.png/).count()).toBe(0);

      await page.reload({ waitUntil: 'networkidle' });
      await widget(page).getByText(/first\.png/).first().waitFor();
      await second.locator('[data-result]').waitFor();
      expect(await second.getByText(/first\.png/).count()).toBe(0);
      expect(await second.locator('[data-result]').textContent()).toBe(secondResult);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('receptive.userImage.')).length)).toBe(1);
      expect(problems).toEqual(noProblems);
    } finally {
      await context.close();
    }
  });
});
