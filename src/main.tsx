// The browser entry: hydrates the prerendered page when it is exactly the page this address shows,
// otherwise renders from scratch (dev server, a static host's 404 page, an embed page with params).
import 'katex/dist/katex.min.css';
import './site/site.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './site/App.tsx';
import { syncColorScheme } from './site/colorScheme.ts';
import { loadLesson } from './site/lessons.ts';
import { matchSitePage, pageKey } from './site/routes.ts';
import { useSiteStore } from './site/useSiteStore.ts';
import { findWidget } from './widgets/registry.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the site into');
const root: HTMLElement = container;

syncColorScheme(useSiteStore, document.documentElement);

const app = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);

const page = matchSitePage(window.location.pathname);
// The prerender script marks #root with the page it rendered (data-page). Hydrating the markup of
// another page would be a mismatch, so only hydrate when both agree. An embed page is prerendered
// at its defaults: when its address has a query string (other params, or another language), the
// markup is not what the widget will show, so it must NOT hydrate: clear #root and render afresh.
const embedWithQuery = page.route.id === 'embed' && window.location.search !== '';
const hydrate = root.firstElementChild !== null && root.dataset.page === pageKey(page) && !embedWithQuery;

function start(): void {
  if (hydrate) {
    hydrateRoot(root, app);
  } else {
    root.textContent = '';
    createRoot(root).render(app);
  }
}

// A lesson's text and each widget's code are chunks of their own: when hydrating, load the lesson and
// the widgets the static HTML shows first, so the hydrating render has them at once (as the
// prerender did) and matches the HTML.
const lessonLang = page.route.id === 'lesson-zh' ? 'zh' : 'en';
const shownWidgets = hydrate ? [...root.querySelectorAll<HTMLElement>('[data-widget]')].map((element) => element.dataset.widget ?? '') : [];
const loads: Promise<unknown>[] = [
  ...(page.slug ? [loadLesson(lessonLang, page.slug)] : []),
  ...[...new Set(shownWidgets)].map((id) => findWidget(id)?.load?.() ?? Promise.resolve()),
];
Promise.all(loads).then(start, start);
