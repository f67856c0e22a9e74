// Tests for the store of saved lesson widget params (src/state/lessonWidgetStore.ts): actions, the
// entry limit, persistence with a version, and the entry-by-entry sanitising of what storage holds.
import { describe, expect, it } from 'vitest';
import { createJSONStorage, type StateStorage } from 'zustand/middleware';
import {
  createLessonWidgetStore,
  initialLessonWidgetData,
  LESSON_WIDGET_LIMITS,
  LESSON_WIDGET_STORE_KEY,
  LESSON_WIDGET_STORE_VERSION,
  sanitizeLessonWidgetData,
  type LessonWidgetData,
} from '../../src/state/lessonWidgetStore.ts';

const { maxEntries, maxKeyLength, maxValueLength } = LESSON_WIDGET_LIMITS;

/** A Storage-like map; `raw` is the text under the store's key. */
function memoryStorage(raw?: string) {
  const items = new Map<string, string>(raw === undefined ? [] : [[LESSON_WIDGET_STORE_KEY, raw]]);
  const storage: StateStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
  return { storage, read: () => items.get(LESSON_WIDGET_STORE_KEY) };
}

function storeWith(raw?: string) {
  const memory = memoryStorage(raw);
  const store = createLessonWidgetStore({ storage: createJSONStorage<LessonWidgetData>(() => memory.storage) });
  return { store, read: memory.read, saved: () => store.getState().widgetParams };
}

const stored = (state: unknown, version: unknown = LESSON_WIDGET_STORE_VERSION) => JSON.stringify({ state, version });

/** `count` entries 'k0'..'k<count-1>' -> 'v0'..., oldest first. */
function manyEntries(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, `v${i}`]));
}

describe('sanitizeLessonWidgetData', () => {
  it.each([null, undefined, 42, 'x', [], true, { widgetParams: 'mode=discrete' }, { widgetParams: ['a'] }, { widgetParams: null }])(
    'sanitizeLessonWidgetData %j (no widgetParams object) -> {}',
    (value) => {
      expect(sanitizeLessonWidgetData(value)).toEqual({});
    },
  );

  it('entries with non-string values, empty keys or over-long keys and values are dropped; the rest kept', () => {
    const value = {
      widgetParams: {
        'convolution:convolution-1d:': 'mode=discrete',
        'convolution:convolution-1d:shift=1': 'shift=2',
        number: 5,
        object: { mode: 'discrete' },
        list: ['a'],
        nothing: null,
        '': 'empty key',
        ['k'.repeat(maxKeyLength + 1)]: 'long key',
        'long-value': 'v'.repeat(maxValueLength + 1),
        'longest-value': 'v'.repeat(maxValueLength),
      },
      other: 'ignored',
    };
    expect(sanitizeLessonWidgetData(value)).toEqual({
      widgetParams: {
        'convolution:convolution-1d:': 'mode=discrete',
        'convolution:convolution-1d:shift=1': 'shift=2',
        'longest-value': 'v'.repeat(maxValueLength),
      },
    });
  });

  it(`${maxEntries + 5} entries -> the newest ${maxEntries} (the last ones), in order`, () => {
    const kept = sanitizeLessonWidgetData({ widgetParams: manyEntries(maxEntries + 5) }).widgetParams ?? {};
    const keys = Object.keys(kept);
    expect(keys).toHaveLength(maxEntries);
    expect(keys[0]).toBe('k5');
    expect(keys[keys.length - 1]).toBe(`k${maxEntries + 4}`);
  });
});

describe('createLessonWidgetStore', () => {
  it('starts empty with empty storage, and getInitialState is that state', () => {
    const { store } = storeWith();
    expect(store.getState().widgetParams).toEqual({});
    expect(store.getInitialState().widgetParams).toEqual({});
  });

  it('save a, save b, save a again -> a is the newest; forget b; written with the version', () => {
    const { store, read, saved } = storeWith();
    const { saveWidgetParams, forgetWidgetParams } = store.getState();
    saveWidgetParams('a', 'mode=discrete');
    saveWidgetParams('b', 'shift=1');
    saveWidgetParams('a', 'mode=continuous');
    expect(Object.entries(saved())).toEqual([
      ['b', 'shift=1'],
      ['a', 'mode=continuous'],
    ]);
    forgetWidgetParams('b');
    forgetWidgetParams('not-saved');
    expect(saved()).toEqual({ a: 'mode=continuous' });
    expect(JSON.parse(read() ?? '')).toEqual({ state: { widgetParams: { a: 'mode=continuous' } }, version: LESSON_WIDGET_STORE_VERSION });
  });

  it(`save ${maxEntries + 1} entries -> the oldest (k0) is dropped`, () => {
    const { store, saved } = storeWith();
    for (let i = 0; i <= maxEntries; i += 1) store.getState().saveWidgetParams(`k${i}`, `v${i}`);
    expect(Object.keys(saved())).toHaveLength(maxEntries);
    expect(saved()).not.toHaveProperty('k0');
    expect(saved()).toHaveProperty(`k${maxEntries}`, `v${maxEntries}`);
  });

  it('save an over-long value under a saved key -> not saved, and the older entry is removed', () => {
    const { store, saved } = storeWith();
    store.getState().saveWidgetParams('a', 'shift=1');
    store.getState().saveWidgetParams('a', 'v'.repeat(maxValueLength + 1));
    store.getState().saveWidgetParams('k'.repeat(maxKeyLength + 1), 'shift=1');
    expect(saved()).toEqual({});
  });

  it('reads valid stored data back (a reload)', () => {
    const data: LessonWidgetData = { widgetParams: { 'convolution:convolution-1d:': 'mode=discrete&f=1,2' } };
    expect(storeWith(stored(data)).saved()).toEqual(data.widgetParams);
  });

  it('stored entries with broken values keep the valid ones (entry by entry)', () => {
    const { saved } = storeWith(stored({ widgetParams: { a: 'shift=1', b: 7, c: null } }));
    expect(saved()).toEqual({ a: 'shift=1' });
  });

  it(`${maxEntries + 20} stored entries -> the newest ${maxEntries} are read`, () => {
    const { saved } = storeWith(stored({ widgetParams: manyEntries(maxEntries + 20) }));
    expect(Object.keys(saved())).toHaveLength(maxEntries);
    expect(saved()).not.toHaveProperty('k19');
    expect(saved()).toHaveProperty('k20', 'v20');
  });

  it.each([
    ['corrupted JSON', '{"state": {"widgetParams": {"a"'],
    ['a bare string', '"hello"'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['state not an object', stored(5)],
    ['widgetParams a string', stored({ widgetParams: 'a=1' })],
  ])('%s in storage -> empty, no throw; the next save writes valid data', (_, raw) => {
    const { store, read, saved } = storeWith(raw);
    expect(saved()).toEqual(initialLessonWidgetData.widgetParams);
    store.getState().saveWidgetParams('a', 'shift=1');
    expect(JSON.parse(read() ?? '')).toEqual({ state: { widgetParams: { a: 'shift=1' } }, version: LESSON_WIDGET_STORE_VERSION });
  });

  it('an old version (0) is migrated: valid entries kept, broken ones dropped, rewritten as the current version', () => {
    const { saved, read } = storeWith(stored({ widgetParams: { a: 'shift=1', b: false }, extra: 1 }, 0));
    expect(saved()).toEqual({ a: 'shift=1' });
    expect(JSON.parse(read() ?? '')).toEqual({ state: { widgetParams: { a: 'shift=1' } }, version: LESSON_WIDGET_STORE_VERSION });
  });

  it('a foreign version ("x") is read like the current one, through the same checks', () => {
    const { saved } = storeWith(stored({ widgetParams: { a: 'shift=1', b: 2 } }, 'x'));
    expect(saved()).toEqual({ a: 'shift=1' });
  });
});
