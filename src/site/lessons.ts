// The lesson files (content/<lang>/<slug>.mdx), each loaded on demand as its own chunk. A lesson is
// published when its file exists in every language; which files exist is known without loading any.
import { languages, type Language } from './language.ts';
import type { LessonModule } from './lessonModule.ts';

/** Every lesson file by path ('/content/en/convolution.mdx'), as a loader of its module. */
const lessonFiles = import.meta.glob<LessonModule>('/content/*/*.mdx');

/** A lesson file's language and slug, read from its path. */
export interface LessonFile {
  lang: Language;
  slug: string;
}

/** '/content/en/convolution.mdx' -> { lang: 'en', slug: 'convolution' }; undefined for other paths. */
export function parseLessonPath(path: string): LessonFile | undefined {
  const match = /^\/content\/([^/]+)\/([^/]+)\.mdx$/.exec(path);
  if (!match) return undefined;
  const lang = languages.find((l) => l === match[1]);
  return lang ? { lang, slug: match[2] } : undefined;
}

/** Every lesson file there is, in path order. */
export const lessonFileList: readonly LessonFile[] = Object.keys(lessonFiles)
  .sort()
  .map(parseLessonPath)
  .filter((file): file is LessonFile => file !== undefined);

/** The slugs that have a file in every language, given the files there are. */
export function publishedSlugsOf(files: readonly LessonFile[]): ReadonlySet<string> {
  const slugs = new Set(files.map((file) => file.slug));
  return new Set([...slugs].filter((slug) => languages.every((lang) => files.some((f) => f.lang === lang && f.slug === slug))));
}

/** Slugs of the published lessons (a file in both languages). */
export const publishedSlugs: ReadonlySet<string> = publishedSlugsOf(lessonFileList);

/** Whether the lesson `slug` is published. */
export function isPublished(slug: string): boolean {
  return publishedSlugs.has(slug);
}

const pending = new Map<string, Promise<LessonModule>>();
const loaded = new Map<string, LessonModule>();

function key(lang: Language, slug: string): string {
  return `/content/${lang}/${slug}.mdx`;
}

/**
 * Loads the lesson `slug` in `lang` (one promise per lesson, reused, so React's `use` can wait on it).
 * Rejects for a lesson that has no file in that language.
 */
export function loadLesson(lang: Language, slug: string): Promise<LessonModule> {
  const path = key(lang, slug);
  const cached = pending.get(path);
  if (cached) return cached;
  const load = lessonFiles[path];
  const promise = load
    ? load().then((module) => {
        loaded.set(path, module);
        return module;
      })
    : Promise.reject(new Error(`no lesson file ${path}`));
  pending.set(path, promise);
  return promise;
}

/** The lesson's module if it has finished loading, else undefined (lets a page render without suspending). */
export function loadedLesson(lang: Language, slug: string): LessonModule | undefined {
  return loaded.get(key(lang, slug));
}
