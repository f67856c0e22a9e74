// The site's route table: which paths exist, their language, the files the build prerenders, and
// each page's document metadata. Shared by the app, the server entry and the client entry.
import { matchRoutes } from 'react-router';
import { homePath, htmlLang, type Language } from './language.ts';
import { siteText } from './siteText.ts';

/** The id of a page kind the site can show. */
export type RouteId = 'home-en' | 'home-zh' | 'not-found';

/** One route: its id, its react-router path pattern and the language its page is written in. */
export interface SiteRoute {
  id: RouteId;
  path: string;
  lang: Language;
}

/** Every route, most specific first; '*' (any other path) is the 404 page. */
export const siteRoutes: readonly SiteRoute[] = [
  { id: 'home-en', path: '/', lang: 'en' },
  { id: 'home-zh', path: '/zh', lang: 'zh' },
  { id: 'not-found', path: '*', lang: 'en' },
];

/** The route a pathname shows ('/zh' and '/zh/' are the same page; anything unknown is 'not-found'). */
export function matchSiteRoute(pathname: string): SiteRoute {
  const matches = matchRoutes([...siteRoutes], pathname);
  const route = matches?.[0]?.route;
  return route ?? siteRoutes[siteRoutes.length - 1];
}

/** The address of a lesson page: '/lessons/<slug>' in English, '/zh/lessons/<slug>' in Chinese. */
export function lessonPath(lang: Language, slug: string): string {
  return `${homePath(lang)}lessons/${slug}`;
}

/** A page the build writes as static HTML: the URL rendered and the file under dist/ it goes to. */
export interface PrerenderTarget {
  url: string;
  file: string;
}

/**
 * The pages written at build time. Each path becomes a file a plain static server finds without
 * rewrite rules; '404.html' is the page such servers send for an unknown address.
 */
export const prerenderTargets: readonly PrerenderTarget[] = [
  { url: '/', file: 'index.html' },
  { url: '/zh/', file: 'zh/index.html' },
  { url: '/404.html', file: '404.html' },
];

/** What goes in a page's `<head>` and `<html>`: BCP 47 language tag, title and description. */
export interface PageMeta {
  htmlLang: string;
  title: string;
  description: string;
}

/** The document metadata of a route. */
export function pageMeta(id: RouteId): PageMeta {
  switch (id) {
    case 'home-en':
    case 'home-zh': {
      const lang: Language = id === 'home-en' ? 'en' : 'zh';
      const text = siteText[lang];
      return { htmlLang: htmlLang[lang], title: text.homeDocumentTitle, description: text.tagline };
    }
    case 'not-found':
      return {
        htmlLang: htmlLang.en,
        title: `${siteText.en.notFoundTitle} · ${siteText.en.courseTitle}`,
        description: siteText.en.notFoundBody,
      };
  }
}
