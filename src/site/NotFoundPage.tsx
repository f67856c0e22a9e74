// The 404 page, in the language of the address first and then in the other one, each with a link to
// its home page. The static 404.html (any unknown address) is the English-first version.
import { Link } from 'react-router';
import { homePath, htmlLang, otherLanguage, type Language } from './language.ts';
import { pageMeta } from './routes.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { siteText } from './siteText.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';

/** "Page not found" in `lang` (default English; `<html lang>` follows), then in the other language. */
export function NotFoundPage({ lang = 'en' }: { lang?: Language }) {
  const other = otherLanguage(lang);
  const text = siteText[lang];
  const otherText = siteText[other];
  const otherHeadingId = `not-found-${other}`;
  useDocumentMeta(pageMeta(lang === 'zh' ? 'not-found-zh' : 'not-found'));
  return (
    <>
      <SiteHeader lang={lang} />
      <main id="main" className="not-found">
        <h1>{text.notFoundTitle}</h1>
        <p>{text.notFoundBody}</p>
        <p>
          <Link to={homePath(lang)}>{text.backHome}</Link>
        </p>
        <section lang={htmlLang[other]} aria-labelledby={otherHeadingId}>
          <h2 id={otherHeadingId}>{otherText.notFoundTitle}</h2>
          <p>{otherText.notFoundBody}</p>
          <p>
            <Link to={homePath(other)}>{otherText.backHome}</Link>
          </p>
        </section>
      </main>
    </>
  );
}
