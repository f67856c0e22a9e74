// The JavaScript a lesson page loads: the build's measurement (dist/lesson-js.json, written by
// scripts/measureLessonJs.mjs) covers every lesson page, stays within the goal, and lists every
// script Chromium actually fetches for the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseOutline } from '../../src/site/courseOutline.ts';
import { isPublished } from '../../src/site/lessons.ts';
import { openPage } from './harness.ts';
import { siteForFile } from './pageChecks.ts';

interface LessonJs {
  budget: number;
  pages: { path: string; files: string[]; raw: number; gzip: number }[];
}

const measured = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'lesson-js.json'), 'utf8')) as LessonJs;
const paths = courseOutline.filter((entry) => isPublished(entry.slug)).flatMap((entry) => [`/lessons/${entry.slug}`, `/zh/lessons/${entry.slug}`]);

const site = siteForFile();

describe.each(paths)('lesson page %s', (path) => {
  const entry = measured.pages.find((page) => page.path === path);

  it(`${path}: measured, at most ${measured.budget / 1024} kB of JavaScript gzip`, () => {
    expect(entry).toBeDefined();
    expect(entry!.gzip).toBeGreaterThan(0);
    expect(entry!.gzip).toBeLessThanOrEqual(measured.budget);
  });

  it(`${path}: every script Chromium fetches is one the measurement counted`, async () => {
    const { page, context } = await openPage(site(), path);
    try {
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((resource) => new URL(resource.name).pathname)
          .filter((pathname) => pathname.endsWith('.js')),
      );
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(entry!.files).toContain(script.replace(/^\//, ''));
    } finally {
      await context.close();
    }
  });
});
