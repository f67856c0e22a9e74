// The prerender entry: renders one site address to HTML with a StaticRouter. Built by
// `vite build --ssr src/entry-server.tsx` and called by scripts/prerender.mjs for each target.
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './site/App.tsx';
import { matchSiteRoute, pageMeta, prerenderTargets, type PageMeta, type RouteId } from './site/routes.ts';

/** The pages to write at build time: the URL to render and the file under dist/ it goes to. */
export const routes = prerenderTargets;

/** One rendered page: the markup for #root, the route it shows and its document metadata. */
export interface RenderedPage extends PageMeta {
  html: string;
  routeId: RouteId;
}

/** Renders `url` (a path such as '/zh/') to static HTML, waiting for everything it loads. */
export async function render(url: string): Promise<RenderedPage> {
  const { prelude } = await prerender(
    <StaticRouter location={url}>
      <App />
    </StaticRouter>,
  );
  const html = await new Response(prelude).text();
  const routeId = matchSiteRoute(new URL(url, 'http://localhost').pathname).id;
  return { html, routeId, ...pageMeta(routeId) };
}
