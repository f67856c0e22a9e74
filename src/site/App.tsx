// The site's root component: the route table mapped to pages. The router itself is supplied by the
// entry (BrowserRouter in the browser, StaticRouter when prerendering).
import { Route, Routes, useParams } from 'react-router';
import { EmbedPage } from '../embed/EmbedPage.tsx';
import { findWidget } from '../widgets/registry.ts';
import { HomePage } from './HomePage.tsx';
import { LessonPage } from './LessonPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { siteRoutes, type RouteId } from './routes.ts';
import { WidgetGalleryPage } from './WidgetGalleryPage.tsx';

/** `/embed/:widgetId`: the widget's embed page, or the 404 page for an id the registry lacks. */
function EmbedRoute() {
  const { widgetId = '' } = useParams();
  return findWidget(widgetId) ? <EmbedPage widgetId={widgetId} /> : <NotFoundPage />;
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
    case 'embed':
      return <EmbedRoute />;
    case 'not-found':
      return <NotFoundPage />;
    case 'not-found-zh':
      return <NotFoundPage lang="zh" />;
  }
}

/** Every page of the site, chosen by the current location; render it inside a router. */
export function App() {
  return (
    <Routes>
      {siteRoutes.map((route) => (
        <Route key={route.id} path={route.path} element={pageFor(route.id)} />
      ))}
    </Routes>
  );
}
