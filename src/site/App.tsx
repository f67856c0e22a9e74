// The site's root component: the route table mapped to pages. The router itself is supplied by the
// entry (BrowserRouter in the browser, StaticRouter when prerendering).
import { Route, Routes } from 'react-router';
import { HomePage } from './HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { siteRoutes, type RouteId } from './routes.ts';

function pageFor(id: RouteId) {
  switch (id) {
    case 'home-en':
      return <HomePage lang="en" />;
    case 'home-zh':
      return <HomePage lang="zh" />;
    case 'not-found':
      return <NotFoundPage />;
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
