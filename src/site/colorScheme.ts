// Applies the reader's colour scheme to the page: `data-theme` on <html> for 'light' or 'dark', none
// for 'auto' (the CSS then follows prefers-color-scheme). public/theme.js does the same before paint.
import type { ColorScheme, SiteStore } from '../state/siteStore.ts';

/** Sets (or, for 'auto', removes) `data-theme` on `root`. */
export function applyColorScheme(scheme: ColorScheme, root: HTMLElement): void {
  if (scheme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = scheme;
}

/**
 * Keeps `root`'s `data-theme` equal to the store's colour scheme from now on (outside React, so a
 * hydrating render of the initial state never flashes the other scheme). Returns the unsubscriber.
 */
export function syncColorScheme(store: SiteStore, root: HTMLElement): () => void {
  applyColorScheme(store.getState().colorScheme, root);
  return store.subscribe((state, previous) => {
    if (state.colorScheme !== previous.colorScheme) applyColorScheme(state.colorScheme, root);
  });
}
