// The 404 page. One static file serves every unknown address, so it speaks both languages at once.
import { Link } from 'react-router';
import { homePath, htmlLang } from './language.ts';
import { pageMeta } from './routes.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { siteText } from './siteText.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';

/** "Page not found" in English, then in Chinese, each with a link to that language's home page. */
export function NotFoundPage() {
  const en = siteText.en;
  const zh = siteText.zh;
  useDocumentMeta(pageMeta('not-found'));
  return (
    <>
      <SiteHeader lang="en" />
      <main id="main" className="not-found">
        <h1>{en.notFoundTitle}</h1>
        <p>{en.notFoundBody}</p>
        <p>
          <Link to={homePath('en')}>{en.backHome}</Link>
        </p>
        <section lang={htmlLang.zh} aria-labelledby="not-found-zh">
          <h2 id="not-found-zh">{zh.notFoundTitle}</h2>
          <p>{zh.notFoundBody}</p>
          <p>
            <Link to={homePath('zh')}>{zh.backHome}</Link>
          </p>
        </section>
      </main>
    </>
  );
}
