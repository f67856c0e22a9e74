// The site's root component: the route table mapped to pages. The router itself is supplied by the
// entry (BrowserRouter in the browser, StaticRouter when prerendering).
import { Route, Routes, useParams } from 'react-router';
import { EmbedPage } from '../embed/EmbedPage.tsx';
import { findWidget } from '../widgets/registry.ts';
import { CreditsPage } from './CreditsPage.tsx';
import { HomePage } from './HomePage.tsx';
import { LessonPage } from './LessonPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { siteRoutes, type RouteId } from './routes.ts';
import { SiteFooter } from './SiteFooter.tsx';
import { WidgetGalleryPage } from './WidgetGalleryPage.tsx';

/** `/embed/:widgetId`: the widget's embed page (no chrome), or the 404 page with the site footer for an id the registry lacks. */
function EmbedRoute() {
  const { widgetId = '' } = useParams();
  return findWidget(widgetId) ? (
    <EmbedPage widgetId={widgetId} />
  ) : (
    <>
      <NotFoundPage />
      <SiteFooter lang="en" />
    </>
  );
}

function pageFor(id: RouteId) {
  switch (id) {
    case 'home-en':
      return <HomePage lang="en" />;
    case 'home-zh':
      return <HomePage lang="zh" />;
    case 'lesson-en':
      return <LessonPage lang="en" />;
    case 'lesson-zh':
      return <LessonPage lang="zh" />;
    case 'widgets-en':
      return <WidgetGalleryPage lang="en" />;
    case 'widgets-zh':
      return <WidgetGalleryPage lang="zh" />;
    case 'credits-en':
      return <CreditsPage lang="en" />;
    case 'credits-zh':
      return <CreditsPage lang="zh" />;
    case 'embed':
      return <EmbedRoute />;
    case 'not-found':
      return <NotFoundPage />;
    case 'not-found-zh':
      return <NotFoundPage lang="zh" />;
  }
}

/** Every page of the site, chosen by the current location, with the site footer except on embed pages; render it inside a router. */
export function App() {
  return (
    <Routes>
      {siteRoutes.map((route) => (
        <Route
          key={route.id}
          path={route.path}
          element={
            route.id === 'embed' ? (
              pageFor(route.id)
            ) : (
              <>
                {pageFor(route.id)}
                <SiteFooter lang={route.lang} />
              </>
            )
          }
        />
      ))}
    </Routes>
  );
}
