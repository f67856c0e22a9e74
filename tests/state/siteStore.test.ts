// Tests for the site store (src/state/siteStore.ts): actions, persistence with a version, and the
// field-by-field sanitising of what storage holds (garbage, wrong types, unknown slugs, old versions).
import { describe, expect, it } from 'vitest';
import { createJSONStorage, type StateStorage } from 'zustand/middleware';
import {
  createSiteStore,
  initialSiteData,
  sanitizeSiteData,
  SITE_STORE_KEY,
  SITE_STORE_VERSION,
  type SiteData,
} from '../../src/state/siteStore.ts';

const slugs = new Set(['convolution', 'pooling']);

/** A Storage-like map; `raw` is the text under the store's key. */
function memoryStorage(raw?: string) {
  const items = new Map<string, string>(raw === undefined ? [] : [[SITE_STORE_KEY, raw]]);
  const storage: StateStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
  return { storage, read: () => items.get(SITE_STORE_KEY) };
}

function storeWith(raw?: string) {
  const memory = memoryStorage(raw);
  const useStore = createSiteStore({ lessonSlugs: [...slugs], storage: createJSONStorage<SiteData>(() => memory.storage) });
  return { useStore, read: memory.read };
}

function dataOf(state: SiteData): SiteData {
  return { colorScheme: state.colorScheme, doneLessons: state.doneLessons, solvedExercises: state.solvedExercises };
}

const stored = (state: unknown, version: unknown = SITE_STORE_VERSION) => JSON.stringify({ state, version });

describe('sanitizeSiteData', () => {
  it.each([null, undefined, 42, 'dark', [], true])('sanitizeSiteData %j (not an object) -> {}', (value) => {
    expect(sanitizeSiteData(value, slugs)).toEqual({});
  });

  it('keeps the valid fields and drops the broken one: colorScheme "purple" dropped, done kept', () => {
    expect(sanitizeSiteData({ colorScheme: 'purple', doneLessons: ['pooling'] }, slugs)).toEqual({ doneLessons: ['pooling'] });
  });

  it('doneLessons: unknown slugs, non-strings and duplicates are dropped; a non-array is left out', () => {
    expect(sanitizeSiteData({ doneLessons: ['pooling', 'nope', 7, null, 'pooling', 'convolution'] }, slugs)).toEqual({
      doneLessons: ['pooling', 'convolution'],
    });
    expect(sanitizeSiteData({ doneLessons: 'pooling' }, slugs)).toEqual({});
  });

  it('solvedExercises: unknown lessons, bad ids and empty lists are dropped', () => {
    const value = {
      solvedExercises: {
        convolution: ['dice-sum', 'dice-sum', '', 'has space', 'x'.repeat(81), 3, 'full-length'],
        pooling: 'max-pool',
        nope: ['a'],
      },
    };
    expect(sanitizeSiteData(value, slugs)).toEqual({ solvedExercises: { convolution: ['dice-sum', 'full-length'] } });
    expect(sanitizeSiteData({ solvedExercises: ['a'] }, slugs)).toEqual({});
  });

  it('unknown fields are ignored', () => {
    expect(sanitizeSiteData({ colorScheme: 'dark', fontSize: 30, doneLessons: [] }, slugs)).toEqual({
      colorScheme: 'dark',
      doneLessons: [],
    });
  });
});

describe('createSiteStore', () => {
  it('starts from the initial state with empty storage, and getInitialState is that state', () => {
    const { useStore } = storeWith();
    expect(dataOf(useStore.getState())).toEqual(initialSiteData);
    expect(dataOf(useStore.getInitialState())).toEqual(initialSiteData);
  });

  it('actions: mark done twice -> once; undo; solve an exercise twice -> once; choose dark', () => {
    const { useStore, read } = storeWith();
    const { setLessonDone, markExerciseSolved, setColorScheme } = useStore.getState();
    setLessonDone('convolution', true);
    setLessonDone('convolution', true);
    setLessonDone('pooling', true);
    setLessonDone('convolution', false);
    markExerciseSolved('convolution', 'dice-sum');
    markExerciseSolved('convolution', 'dice-sum');
    setColorScheme('dark');
    const expected: SiteData = { colorScheme: 'dark', doneLessons: ['pooling'], solvedExercises: { convolution: ['dice-sum'] } };
    expect(dataOf(useStore.getState())).toEqual(expected);
    expect(JSON.parse(read() ?? '')).toEqual({ state: expected, version: SITE_STORE_VERSION });
  });

  it('reads valid stored data back (a reload)', () => {
    const data: SiteData = { colorScheme: 'light', doneLessons: ['convolution'], solvedExercises: { convolution: ['a-1'] } };
    expect(dataOf(storeWith(stored(data)).useStore.getState())).toEqual(data);
  });

  it('stored data with one broken field keeps the others (field by field)', () => {
    const { useStore } = storeWith(stored({ colorScheme: 12, doneLessons: ['pooling', 'gone'], solvedExercises: 'x' }));
    expect(dataOf(useStore.getState())).toEqual({ ...initialSiteData, doneLessons: ['pooling'] });
  });

  it.each([
    ['corrupted JSON', '{"state": {"colorScheme": "dark"'],
    ['a bare string', '"hello"'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['state not an object', stored(5)],
  ])('%s in storage -> the initial state, no throw; the next change writes valid data', (_, raw) => {
    const { useStore, read } = storeWith(raw);
    expect(dataOf(useStore.getState())).toEqual(initialSiteData);
    useStore.getState().setColorScheme('dark');
    expect(JSON.parse(read() ?? '')).toEqual({ state: { ...initialSiteData, colorScheme: 'dark' }, version: SITE_STORE_VERSION });
  });

  it('an old version (0) is migrated: valid fields kept, broken ones reset, rewritten as the current version', () => {
    const { useStore, read } = storeWith(stored({ colorScheme: 'dark', doneLessons: ['convolution', 'old-slug'], theme: 'x' }, 0));
    const expected: SiteData = { ...initialSiteData, colorScheme: 'dark', doneLessons: ['convolution'] };
    expect(dataOf(useStore.getState())).toEqual(expected);
    expect(JSON.parse(read() ?? '')).toEqual({ state: expected, version: SITE_STORE_VERSION });
  });

  it('a foreign version ("x") is read like the current one, through the same checks', () => {
    const { useStore } = storeWith(stored({ colorScheme: 'light', doneLessons: [1] }, 'x'));
    expect(dataOf(useStore.getState())).toEqual({ ...initialSiteData, colorScheme: 'light' });
  });
});
