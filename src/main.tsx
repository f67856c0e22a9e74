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

// A lesson's text is a chunk of its own: load it first, so the hydrating render has it at once.
const lessonLang = page.route.id === 'lesson-zh' ? 'zh' : 'en';
if (page.slug) loadLesson(lessonLang, page.slug).then(start, start);
else start();
