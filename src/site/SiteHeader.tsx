// The header on every site page: a skip link, the course name linking home, optional extras (the
// language switch on pages that exist in both languages) and the colour scheme toggle.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { homePath, type Language } from './language.ts';
import { siteText } from './siteText.ts';

/** Header props: the page's language and what to show before the colour toggle (e.g. the language switch). */
export interface SiteHeaderProps {
  lang: Language;
  children?: ReactNode;
}

/** `<header>` with a skip link to `#main`, the brand link to the language's home page, `children`, the colour toggle. */
export function SiteHeader({ lang, children }: SiteHeaderProps) {
  const text = siteText[lang];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {text.skipToContent}
      </a>
      <Link className="brand" to={homePath(lang)}>
        {text.courseTitle}
      </Link>
      <div className="site-header-tools">
        {children}
        <ColorSchemeToggle lang={lang} />
      </div>
    </header>
  );
}
