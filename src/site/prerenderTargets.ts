// The pages the build writes as static HTML, derived from the course outline, the lesson files and
// the widget registry (nothing listed twice). Each URL becomes a file a plain static server finds
// without rewrite rules: '/lessons/x' -> 'lessons/x.html'; '404.html' answers unknown addresses.
import { widgetRegistry } from '../widgets/registry.ts';
import { courseOutline } from './courseOutline.ts';
import { embedPath } from './embedPath.ts';
import { languages } from './language.ts';
import { isPublished } from './lessons.ts';
import { creditsPath, lessonPath, widgetsPath } from './routes.ts';

/** A page the build writes: the URL rendered and the file under dist/ it goes to. */
export interface PrerenderTarget {
  url: string;
  file: string;
}

/** The file a static host serves for `url`: '/' -> 'index.html', '/zh/' -> 'zh/index.html', '/a/b' -> 'a/b.html'. */
export function fileForUrl(url: string): string {
  if (url.endsWith('.html')) return url.slice(1);
  return url.endsWith('/') ? `${url.slice(1)}index.html` : `${url.slice(1)}.html`;
}

/**
 * Every target, given the published lesson slugs (course order) and the widget ids: both home pages,
 * each published lesson, the gallery and the credits page in both languages, each widget's embed page at its
 * defaults, and the 404 page.
 */
export function prerenderTargetsFor(lessonSlugs: readonly string[], widgetIds: readonly string[]): PrerenderTarget[] {
  const urls = [
    '/',
    '/zh/',
    ...languages.flatMap((lang) => lessonSlugs.map((slug) => lessonPath(lang, slug))),
    ...languages.map(widgetsPath),
    ...languages.map(creditsPath),
    ...widgetIds.map((id) => embedPath(id, 'en')),
    '/404.html',
  ];
  return urls.map((url) => ({ url, file: fileForUrl(url) }));
}

/** The targets of this build. */
export const prerenderTargets: readonly PrerenderTarget[] = prerenderTargetsFor(
  courseOutline.map((entry) => entry.slug).filter(isPublished),
  widgetRegistry.map((widget) => widget.meta.id),
);
