// The browser entry: hydrates the prerendered page when it is the page this address shows,
// otherwise renders from scratch (dev server, or a static host's fallback page for another route).
import 'katex/dist/katex.min.css';
import './site/site.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './site/App.tsx';
import { matchSiteRoute } from './site/routes.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the site into');

const app = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);

// The prerender script marks #root with the route it rendered. Hydrating markup of a different
// route would be a mismatch, so only hydrate when both agree.
const prerenderedRoute = container.dataset.route;
if (container.firstElementChild && prerenderedRoute === matchSiteRoute(window.location.pathname).id) {
  hydrateRoot(container, app);
} else {
  createRoot(container).render(app);
}
