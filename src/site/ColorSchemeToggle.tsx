// The colour scheme switch in the header: three toggle buttons, Auto (follow the system), Light, Dark.
import { colorSchemes } from '../state/siteStore.ts';
import type { Language } from './language.ts';
import { siteText } from './siteText.ts';
import { useSiteStore } from './useSiteStore.ts';

/** A labelled group of three buttons; the chosen one has aria-pressed="true". Saved in the site store. */
export function ColorSchemeToggle({ lang }: { lang: Language }) {
  const text = siteText[lang];
  const current = useSiteStore((state) => state.colorScheme);
  const setColorScheme = useSiteStore((state) => state.setColorScheme);
  return (
    <div className="color-scheme-toggle" role="group" aria-label={text.colorSchemeLabel}>
      {colorSchemes.map((scheme) => (
        <button key={scheme} type="button" aria-pressed={current === scheme} onClick={() => setColorScheme(scheme)}>
          {text.colorSchemeNames[scheme]}
        </button>
      ))}
    </div>
  );
}
