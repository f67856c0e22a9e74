// The site's route table: which paths exist, their language, which page an address shows (unknown
// lessons and widgets are the 404 page, in Chinese under /zh/), and each page's document metadata. Shared by the app, the
// server entry and the client entry.
import { matchRoutes } from 'react-router';
import { embedText } from '../embed/embedText.ts';
import { findWidget } from '../widgets/registry.ts';
import { courseOutline } from './courseOutline.ts';
import { creditsText } from './creditsText.ts';
import { galleryText } from './galleryText.ts';
import { homePath, htmlLang, type Language } from './language.ts';
import { isPublished } from './lessons.ts';
import { siteText } from './siteText.ts';

/** The id of a page kind the site can show. */
export type RouteId =
  | 'home-en'
  | 'home-zh'
  | 'lesson-en'
  | 'lesson-zh'
  | 'widgets-en'
  | 'widgets-zh'
  | 'credits-en'
  | 'credits-zh'
  | 'embed'
  | 'not-found'
  | 'not-found-zh';

/** One route: its id, its react-router path pattern and the language its page is written in. */
export interface SiteRoute {
  id: RouteId;
  path: string;
  lang: Language;
}

/**
 * Every route; '/zh/*' (any other Chinese path) is the Chinese 404 page and '*' (any other path) the
 * 404 page, the one the static 404.html holds, in English and Chinese. react-router ranks them, most
 * specific first.
 */
export const siteRoutes: readonly SiteRoute[] = [
  { id: 'home-en', path: '/', lang: 'en' },
  { id: 'home-zh', path: '/zh', lang: 'zh' },
  { id: 'lesson-en', path: '/lessons/:slug', lang: 'en' },
  { id: 'lesson-zh', path: '/zh/lessons/:slug', lang: 'zh' },
  { id: 'widgets-en', path: '/widgets', lang: 'en' },
  { id: 'widgets-zh', path: '/zh/widgets', lang: 'zh' },
  { id: 'credits-en', path: '/credits', lang: 'en' },
  { id: 'credits-zh', path: '/zh/credits', lang: 'zh' },
  { id: 'embed', path: '/embed/:widgetId', lang: 'en' },
  { id: 'not-found-zh', path: '/zh/*', lang: 'zh' },
  { id: 'not-found', path: '*', lang: 'en' },
];

const notFoundRoute = siteRoutes[siteRoutes.length - 1];
const notFoundZhRoute = siteRoutes[siteRoutes.length - 2];

/** The 404 route of a language: 'not-found-zh' for Chinese, 'not-found' otherwise. */
function notFoundRouteIn(lang: Language): SiteRoute {
  return lang === 'zh' ? notFoundZhRoute : notFoundRoute;
}

/**
 * The route a pathname's pattern matches ('/zh' and '/zh/' are the same page; anything unknown is
 * 'not-found', or 'not-found-zh' under /zh/).
 */
export function matchSiteRoute(pathname: string): SiteRoute {
  const matches = matchRoutes([...siteRoutes], pathname);
  return matches?.[0]?.route ?? notFoundRoute;
}

/** The page an address shows: its route and what the path names (a lesson slug or a widget id). */
export interface SitePage {
  route: SiteRoute;
  slug?: string;
  widgetId?: string;
}

/**
 * The page `pathname` shows. A lesson that is not published and a widget that is not registered
 * are the 404 page of the route's language, as the app renders them.
 */
export function matchSitePage(pathname: string): SitePage {
  const match = matchRoutes([...siteRoutes], pathname)?.[0];
  const route = match?.route ?? notFoundRoute;
  const { slug, widgetId } = match?.params ?? {};
  if (route.id === 'lesson-en' || route.id === 'lesson-zh') {
    return slug && isPublished(slug) ? { route, slug } : { route: notFoundRouteIn(route.lang) };
  }
  if (route.id === 'embed') {
    return widgetId && findWidget(widgetId) ? { route, widgetId } : { route: notFoundRoute };
  }
  return { route };
}

/** A key naming the page exactly ('lesson-en:convolution', 'home-zh'): written by the prerender, compared before hydrating. */
export function pageKey(page: SitePage): string {
  const detail = page.slug ?? page.widgetId;
  return detail ? `${page.route.id}:${detail}` : page.route.id;
}

/** The address of a lesson page: '/lessons/<slug>' in English, '/zh/lessons/<slug>' in Chinese. */
export function lessonPath(lang: Language, slug: string): string {
  return `${homePath(lang)}lessons/${slug}`;
}

/** The address of the widget gallery: '/widgets' or '/zh/widgets'. */
export function widgetsPath(lang: Language): string {
  return `${homePath(lang)}widgets`;
}

/** The address of the credits page: '/credits' or '/zh/credits'. */
export function creditsPath(lang: Language): string {
  return `${homePath(lang)}credits`;
}

/** What goes in a page's `<head>` and `<html>`: BCP 47 language tag, title and description. */
export interface PageMeta {
  htmlLang: string;
  title: string;
  description: string;
}

function notFoundMeta(lang: Language = 'en'): PageMeta {
  const text = siteText[lang];
  return { htmlLang: htmlLang[lang], title: `${text.notFoundTitle} · ${text.courseTitle}`, description: text.notFoundBody };
}

/**
 * The document metadata of a route, as its page sets it; `detail` names the lesson slug (lesson
 * routes) or widget id (embed, in its default language). A lesson takes its title and summary from
 * the outline (equal to its frontmatter).
 */
export function pageMeta(id: RouteId, detail = ''): PageMeta {
  switch (id) {
    case 'home-en':
    case 'home-zh': {
      const lang: Language = id === 'home-en' ? 'en' : 'zh';
      const text = siteText[lang];
      return { htmlLang: htmlLang[lang], title: text.homeDocumentTitle, description: text.tagline };
    }
    case 'lesson-en':
    case 'lesson-zh': {
      const lang: Language = id === 'lesson-en' ? 'en' : 'zh';
      const entry = courseOutline.find((e) => e.slug === detail);
      if (!entry) return notFoundMeta(lang);
      const { title, summary } = entry.text[lang];
      return { htmlLang: htmlLang[lang], title: siteText[lang].lessonDocumentTitle(title), description: summary };
    }
    case 'widgets-en':
    case 'widgets-zh': {
      const lang: Language = id === 'widgets-en' ? 'en' : 'zh';
      const text = galleryText[lang];
      return { htmlLang: htmlLang[lang], title: text.documentTitle, description: text.intro };
    }
    case 'credits-en':
    case 'credits-zh': {
      const lang: Language = id === 'credits-en' ? 'en' : 'zh';
      const text = creditsText[lang];
      return { htmlLang: htmlLang[lang], title: text.documentTitle, description: text.intro };
    }
    case 'embed': {
      const widget = findWidget(detail);
      if (!widget) return notFoundMeta();
      const { title, description } = widget.meta;
      return { htmlLang: htmlLang.en, title: embedText.en.documentTitle(title.en), description: description.en };
    }
    case 'not-found':
      return notFoundMeta('en');
    case 'not-found-zh':
      return notFoundMeta('zh');
  }
}

/** The document metadata of a page (see `matchSitePage`). */
export function pageMetaOf(page: SitePage): PageMeta {
  return pageMeta(page.route.id, page.slug ?? page.widgetId);
}
