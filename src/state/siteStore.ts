// The site store: what the reader chose or did across pages (colour scheme, lessons marked done,
// exercises solved), persisted in localStorage with a version. Stored values are checked field by
// field: a broken or foreign field is dropped, the valid rest is kept.
import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage } from 'zustand/middleware';

/** The colour scheme: follow the system ('auto'), or force 'light' or 'dark'. */
export type ColorScheme = 'auto' | 'light' | 'dark';

/** Every colour scheme, in the order a toggle lists them. */
export const colorSchemes: readonly ColorScheme[] = ['auto', 'light', 'dark'];

/** The stored part of the site state. */
export interface SiteData {
  colorScheme: ColorScheme;
  /** Slugs of the lessons marked done, in the order they were marked. */
  doneLessons: readonly string[];
  /** Ids of the solved exercises, per lesson slug. */
  solvedExercises: Readonly<Record<string, readonly string[]>>;
}

/** The site state: the stored data and the actions that change it. */
export interface SiteState extends SiteData {
  setColorScheme: (scheme: ColorScheme) => void;
  /** Marks the lesson done (`done` true) or not done. */
  setLessonDone: (slug: string, done: boolean) => void;
  /** Records that the exercise `id` of lesson `slug` was solved. */
  markExerciseSolved: (slug: string, id: string) => void;
}

/** The localStorage key; public/theme.js reads the colour scheme from it before the first paint. */
export const SITE_STORE_KEY = 'receptive:site';

/** The version of the stored shape. Raise it (and teach `migrateSiteData`) when the shape changes. */
export const SITE_STORE_VERSION = 1;

/** Longest exercise id kept from storage; ids are short kebab-case names. */
const MAX_ID_LENGTH = 80;

/** The state before anything is read from storage: what prerendered pages are rendered with. */
export const initialSiteData: SiteData = { colorScheme: 'auto', doneLessons: [], solvedExercises: {} };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isExerciseId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH && /^[\w-]+$/.test(value);
}

/** The distinct strings of `value` that pass `keep`, or undefined when `value` is not an array. */
function stringList(value: unknown, keep: (item: unknown) => item is string): string[] | undefined {
  return Array.isArray(value) ? [...new Set(value.filter(keep))] : undefined;
}

/**
 * The valid fields of a stored value, each checked on its own: `colorScheme` one of the schemes;
 * `doneLessons` known slugs (duplicates and others dropped); `solvedExercises` known slugs mapped to
 * lists of ids. A field that is missing or of the wrong type is left out; anything else is ignored.
 */
export function sanitizeSiteData(stored: unknown, lessonSlugs: ReadonlySet<string>): Partial<SiteData> {
  if (!isRecord(stored)) return {};
  const knownSlug = (item: unknown): item is string => typeof item === 'string' && lessonSlugs.has(item);
  const result: { -readonly [K in keyof SiteData]?: SiteData[K] } = {};
  if (colorSchemes.some((scheme) => scheme === stored.colorScheme)) result.colorScheme = stored.colorScheme as ColorScheme;
  const done = stringList(stored.doneLessons, knownSlug);
  if (done) result.doneLessons = done;
  if (isRecord(stored.solvedExercises)) {
    const solved: Record<string, readonly string[]> = {};
    for (const [slug, ids] of Object.entries(stored.solvedExercises)) {
      const kept = knownSlug(slug) ? stringList(ids, isExerciseId) : undefined;
      if (kept && kept.length > 0) solved[slug] = kept;
    }
    result.solvedExercises = solved;
  }
  return result;
}

/**
 * Brings data stored under another version to the current shape. Version 1 is the first stored
 * shape, so nothing is renamed yet: every field that still passes `sanitizeSiteData` is kept and
 * the rest reset. A later version that renames a field converts it here first.
 */
export function migrateSiteData(stored: unknown, lessonSlugs: ReadonlySet<string>): SiteData {
  return { ...initialSiteData, ...sanitizeSiteData(stored, lessonSlugs) };
}

/** Options of `createSiteStore`. */
export interface SiteStoreOptions {
  /** Slugs of every lesson of the course; progress for any other slug is dropped. */
  lessonSlugs: readonly string[];
  /** Where to persist; defaults to localStorage (none on the server: the store then keeps its initial state). */
  storage?: PersistStorage<SiteData>;
}

/**
 * Creates the site store (a zustand hook). It reads storage when created, but React renders hydrated
 * pages from the initial state first (zustand's server snapshot), then applies the stored values.
 */
export function createSiteStore({ lessonSlugs, storage }: SiteStoreOptions) {
  const slugs = new Set(lessonSlugs);
  return create<SiteState>()(
    persist<SiteState, [], [], SiteData>(
      (set) => ({
        ...initialSiteData,
        setColorScheme: (colorScheme) => set({ colorScheme }),
        setLessonDone: (slug, done) =>
          set((state) => {
            const others = state.doneLessons.filter((s) => s !== slug);
            return { doneLessons: done ? [...others, slug] : others };
          }),
        markExerciseSolved: (slug, id) =>
          set((state) => {
            const ids = state.solvedExercises[slug] ?? [];
            if (ids.includes(id)) return {};
            return { solvedExercises: { ...state.solvedExercises, [slug]: [...ids, id] } };
          }),
      }),
      {
        name: SITE_STORE_KEY,
        version: SITE_STORE_VERSION,
        storage: storage ?? createJSONStorage<SiteData>(() => localStorage),
        partialize: ({ colorScheme, doneLessons, solvedExercises }): SiteData => ({ colorScheme, doneLessons, solvedExercises }),
        migrate: (stored) => migrateSiteData(stored, slugs),
        merge: (stored, current) => ({ ...current, ...sanitizeSiteData(stored, slugs) }),
      },
    ),
  );
}

/** The hook `createSiteStore` returns. */
export type SiteStore = ReturnType<typeof createSiteStore>;
