// The site's origin (https://example.org) once the page runs in a browser; '' while prerendering
// and hydrating, so the first render matches the static HTML.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** `window.location.origin` in the browser after hydration, '' on the server. */
export function useSiteOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
}
