// The prerender entry: renders one site address to HTML with a StaticRouter, waiting for lazy lesson
// chunks (Suspense). Built by `vite build --ssr src/entry-server.tsx`; called by scripts/prerender.mjs.
import katex from 'katex';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './site/App.tsx';
import { prerenderTargets } from './site/prerenderTargets.ts';
import { setTexRenderer, texRendererFrom } from './ui/texRenderer.ts';
import { loadAllWidgets } from './widgets/registry.ts';
import { matchSitePage, pageKey, pageMetaOf, type PageMeta, type RouteId } from './site/routes.ts';

// Every formula goes into the static HTML: KaTeX is installed before any page renders.
setTexRenderer(texRendererFrom(katex.renderToString));

/** The pages to write at build time: the URL to render and the file under dist/ it goes to. */
export const routes = prerenderTargets;

/** One rendered page: the markup for #root, its route, its page key (see `pageKey`) and its document metadata. */
export interface RenderedPage extends PageMeta {
  html: string;
  routeId: RouteId;
  pageKey: string;
}

/** Renders `url` (a path such as '/zh/lessons/convolution') to static HTML, waiting for everything it loads. */
export async function render(url: string): Promise<RenderedPage> {
  // Widgets load on demand; with their code here first, React writes each one whole (no inline
  // streaming script, which the Content-Security-Policy would block).
  await loadAllWidgets();
  const { prelude } = await prerender(
    <StaticRouter location={url}>
      <App />
    </StaticRouter>,
  );
  const html = await new Response(prelude).text();
  const page = matchSitePage(new URL(url, 'http://localhost').pathname);
  return { html, routeId: page.route.id, pageKey: pageKey(page), ...pageMetaOf(page) };
}
