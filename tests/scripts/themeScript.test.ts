// Tests for public/theme.js, the tiny script that applies the stored colour scheme before the first
// paint: it must agree with the site store's storage format and never throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SITE_STORE_KEY, SITE_STORE_VERSION } from '../../src/state/siteStore.ts';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'theme.js'), 'utf8');

/** Runs theme.js with `stored` under the store's key; returns the data-theme it set, if any. */
function themeFor(stored: string | null, storageThrows = false): string | undefined {
  const attributes = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === SITE_STORE_KEY ? stored : null;
    },
  };
  const documentElement = { setAttribute: (name: string, value: string) => void attributes.set(name, value) };
  runInNewContext(source, { window: { localStorage }, document: { documentElement } });
  return attributes.get('data-theme');
}

const saved = (colorScheme: unknown) => JSON.stringify({ state: { colorScheme, doneLessons: [] }, version: SITE_STORE_VERSION });

describe('public/theme.js', () => {
  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['auto', undefined],
    ['purple', undefined],
    [7, undefined],
  ])('stored colorScheme %j -> data-theme %s', (scheme, theme) => {
    expect(themeFor(saved(scheme))).toBe(theme);
  });

  it.each([
    ['nothing stored', null],
    ['corrupted JSON', '{"state":'],
    ['a bare number', '5'],
    ['state null', '{"state":null}'],
  ])('%s -> no data-theme, no throw', (_, stored) => {
    expect(themeFor(stored)).toBeUndefined();
  });

  it('storage that throws (blocked) -> no data-theme, no throw', () => {
    expect(themeFor(null, true)).toBeUndefined();
  });
});
