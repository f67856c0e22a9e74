// The saved states of the widgets in lessons: instance key -> the widget's params as URL query text,
// persisted in localStorage with its own version. Stored values are checked entry by entry: a
// broken entry is dropped, the rest kept. Kept apart from the site store, so that a widget saving
// on every step of a drag rewrites only this record and a broken record never touches progress.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware';

/** The stored part of the state. */
export interface LessonWidgetData {
  /**
   * Instance key -> params as query text ('mode=discrete&f=1,2,1&…'), oldest first: an entry is
   * moved to the end whenever it is saved (object keys keep their insertion order; instance keys
   * are never array indices, which would be ordered first).
   */
  widgetParams: Readonly<Record<string, string>>;
}

/** The state: the stored data and the actions that change it. */
export interface LessonWidgetState extends LessonWidgetData {
  /**
   * Saves `params` under `key` as the newest entry; the oldest entries beyond
   * LESSON_WIDGET_LIMITS.maxEntries are dropped. A key or value over its length limit is not
   * saved (and any older entry under that key is removed), since a reload would drop it anyway.
   */
  saveWidgetParams: (key: string, params: string) => void;
  /** Removes the entry under `key`, if any. */
  forgetWidgetParams: (key: string) => void;
}

/** The localStorage key. */
export const LESSON_WIDGET_STORE_KEY = 'receptive:lesson-widgets';

/** The version of the stored shape. Raise it (and teach `migrateLessonWidgetData`) when the shape changes. */
export const LESSON_WIDGET_STORE_VERSION = 1;

/**
 * Limits on what is kept: entries (about one per widget a reader has changed), key length (slug,
 * widget id and authored params) and value length (a full param set; lists of 12 numbers fit
 * many times over). 200 full entries stay far below localStorage's quota.
 */
export const LESSON_WIDGET_LIMITS = { maxEntries: 200, maxKeyLength: 512, maxValueLength: 2048 } as const;

/** The state before anything is read from storage: what prerendered pages are rendered with. */
export const initialLessonWidgetData: LessonWidgetData = { widgetParams: {} };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fitsLimits(key: string, params: string): boolean {
  return key.length > 0 && key.length <= LESSON_WIDGET_LIMITS.maxKeyLength && params.length <= LESSON_WIDGET_LIMITS.maxValueLength;
}

/** The newest `LESSON_WIDGET_LIMITS.maxEntries` entries of `entries` (given oldest first), as a record. */
function newestEntries(entries: readonly (readonly [string, string])[]): Record<string, string> {
  return Object.fromEntries(entries.slice(-LESSON_WIDGET_LIMITS.maxEntries));
}

/**
 * The valid part of a stored value: `widgetParams` keeps the entries whose key is a non-empty string
 * and whose value is a string, both within LESSON_WIDGET_LIMITS, and of those the newest
 * `maxEntries`. Missing or of the wrong type: left out. Other fields are ignored.
 */
export function sanitizeLessonWidgetData(stored: unknown): Partial<LessonWidgetData> {
  if (!isRecord(stored) || !isRecord(stored.widgetParams)) return {};
  const kept = Object.entries(stored.widgetParams).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && fitsLimits(entry[0], entry[1]),
  );
  return { widgetParams: newestEntries(kept) };
}

/**
 * Brings data stored under another version to the current shape. Version 1 is the first stored
 * shape, so nothing is renamed yet: the entries that pass `sanitizeLessonWidgetData` are kept.
 */
export function migrateLessonWidgetData(stored: unknown): LessonWidgetData {
  return { ...initialLessonWidgetData, ...sanitizeLessonWidgetData(stored) };
}

/** Options of `createLessonWidgetStore`. */
export interface LessonWidgetStoreOptions {
  /** Where to persist; defaults to localStorage (none on the server: the store then keeps its initial state). */
  storage?: PersistStorage<LessonWidgetData>;
}

/**
 * Creates the store (vanilla zustand: read it with `useSyncExternalStore`). It reads storage when
 * created; a hydrating page must render from `getInitialState()` first, then from `getState()`.
 */
export function createLessonWidgetStore({ storage }: LessonWidgetStoreOptions = {}) {
  return createStore<LessonWidgetState>()(
    persist<LessonWidgetState, [], [], LessonWidgetData>(
      (set) => ({
        ...initialLessonWidgetData,
        saveWidgetParams: (key, params) =>
          set((state) => {
            const others = Object.entries(state.widgetParams).filter(([other]) => other !== key);
            return { widgetParams: newestEntries(fitsLimits(key, params) ? [...others, [key, params]] : others) };
          }),
        forgetWidgetParams: (key) =>
          set((state) => {
            if (!Object.hasOwn(state.widgetParams, key)) return {};
            return { widgetParams: Object.fromEntries(Object.entries(state.widgetParams).filter(([other]) => other !== key)) };
          }),
      }),
      {
        name: LESSON_WIDGET_STORE_KEY,
        version: LESSON_WIDGET_STORE_VERSION,
        storage: storage ?? createJSONStorage<LessonWidgetData>(() => localStorage),
        partialize: ({ widgetParams }): LessonWidgetData => ({ widgetParams }),
        migrate: (stored) => migrateLessonWidgetData(stored),
        merge: (stored, current) => ({ ...current, ...sanitizeLessonWidgetData(stored) }),
      },
    ),
  );
}

/** The store `createLessonWidgetStore` returns. */
export type LessonWidgetStore = ReturnType<typeof createLessonWidgetStore>;
