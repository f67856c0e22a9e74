// The language switch: one link to the page being shown, in the other language.
import { Link, useLocation } from 'react-router';
import { htmlLang, languageName, otherLanguage, translatePath, type Language } from './language.ts';
import { siteText } from './siteText.ts';

/** A `<nav>` holding a link to the current path translated into the other language, labelled in that language. */
export function LanguageSwitch({ lang }: { lang: Language }) {
  const { pathname } = useLocation();
  const target = otherLanguage(lang);
  return (
    <nav className="language-switch" aria-label={siteText[lang].languageNavLabel}>
      <Link to={translatePath(pathname, target)} lang={htmlLang[target]} hrefLang={htmlLang[target]}>
        {languageName[target]}
      </Link>
    </nav>
  );
}
