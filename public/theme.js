// Applies the reader's stored colour scheme before the first paint (no flash of the other scheme):
// sets data-theme on <html> from localStorage 'receptive:site' (see src/state/siteStore.ts).
// Anything unreadable leaves the page following the system preference.
(function () {
  try {
    var stored = JSON.parse(window.localStorage.getItem('receptive:site') || 'null');
    var scheme = stored && stored.state && stored.state.colorScheme;
    if (scheme === 'light' || scheme === 'dark') document.documentElement.setAttribute('data-theme', scheme);
  } catch (error) {
    // Storage blocked or corrupted: keep following the system.
  }
})();
