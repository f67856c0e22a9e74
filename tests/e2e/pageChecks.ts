// The checks every e2e file shares: its own site (started before its tests, closed after), the
// checks every page must pass (axe in light and dark, and at 375 px no sideways scroll and axe
// again), and what may fail on a 404 page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, startSite, type PageProblems, type Site } from './harness.ts';

/** Starts the built site before the file's tests and closes it after; returns a getter for it. */
export function siteForFile(): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('the site is not started yet: call the getter inside a test');
    return site;
  };
}

/**
 * Defines three tests for `path`: axe with no serious or critical violation in the light and the
 * dark scheme, and on a 375 px wide phone no horizontal scrolling and axe clean (formulas that
 * scroll must be focusable there).
 */
export function itPassesPageChecks(site: () => Site, path: string): void {
  it.each(['light', 'dark'] as const)(`${path} passes axe with no serious or critical violation (%s scheme)`, async (colorScheme) => {
    const { page, context } = await openPage(site(), path, { colorScheme });
    try {
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(`${path} at 375px wide has no horizontal scrolling and passes axe`, async () => {
    const { page, context } = await openPage(site(), path, { viewport: { width: 375, height: 740 } });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
}

/**
 * Asserts that a page served with status 404 had no problem but that status itself: no page error,
 * no console error except the browser's report of the document's 404, no other failed request.
 */
export function expectOnlyTheDocument404(problems: PageProblems, pageUrl: string): void {
  expect(problems.pageErrors).toEqual([]);
  const expected = [`Failed to load resource: the server responded with a status of 404 (Not Found) (${pageUrl})`];
  expect(problems.consoleErrors.filter((p) => !expected.includes(p))).toEqual([]);
  expect(problems.failedRequests).toEqual([`404 ${pageUrl}`]);
}
