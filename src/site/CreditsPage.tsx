// The credits page at /credits and /zh/credits: the widgets' sample photos (from the registry), the
// handwritten digits and the software shipped to the browser.
import { Link } from 'react-router';
import { widgetCredits, type CreditedWork } from '../widgets/registry.ts';
import './credits.css';
import { creditsText } from './creditsText.ts';
import { embedPath } from './embedPath.ts';
import { type Language } from './language.ts';
import { isPublished } from './lessons.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { lessonPath, pageMeta } from './routes.ts';
import { DIGITS_LICENCE, SHIPPED_DIGIT_COUNTS } from './shippedDigits.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { licenceUrls, softwareCredits } from './softwareCredits.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';

/** The host of a URL, as a short link text: 'https://flic.kr/p/x' -> 'flic.kr'. */
function hostOf(url: string): string {
  return new URL(url).host;
}

function WorkEntry({ lang, work }: { lang: Language; work: CreditedWork }) {
  const text = creditsText[lang];
  const { credit, widgets } = work;
  return (
    <li className="credits-work">
      <img className="credits-thumbnail" src={credit.url} width={credit.width} height={credit.height} alt={credit.alt[lang]} loading="lazy" decoding="async" />
      <div>
        <h3>{credit.title[lang]}</h3>
        <dl className="credits-facts">
          <dt>{text.author}</dt>
          <dd>{credit.author[lang]}</dd>
          <dt>{text.licence}</dt>
          <dd>
            <a href={credit.licenceUrl}>{credit.licence[lang]}</a>
          </dd>
          <dt>{text.original}</dt>
          <dd>
            <a href={credit.sourceUrl}>{hostOf(credit.sourceUrl)}</a>
          </dd>
          <dt>{text.changes}</dt>
          <dd>{credit.changes[lang]}</dd>
          <dt>{text.usedIn}</dt>
          <dd>
            {widgets.map((meta, i) => (
              <span key={meta.id}>
                {i > 0 ? ', ' : null}
                {isPublished(meta.lesson) ? <Link to={lessonPath(lang, meta.lesson)}>{meta.title[lang]}</Link> : <a href={embedPath(meta.id, lang)}>{meta.title[lang]}</a>}
              </span>
            ))}
          </dd>
        </dl>
      </div>
    </li>
  );
}

/** The credits page of one language. */
export function CreditsPage({ lang }: { lang: Language }) {
  const text = creditsText[lang];
  useDocumentMeta(pageMeta(lang === 'en' ? 'credits-en' : 'credits-zh'));
  const works = widgetCredits();
  return (
    <>
      <SiteHeader lang={lang}>
        <LanguageSwitch lang={lang} />
      </SiteHeader>
      <main id="main" className="credits">
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        <section aria-labelledby="credits-photos">
          <h2 id="credits-photos">{text.photosHeading}</h2>
          <p>{text.photosIntro}</p>
          <ul className="credits-works">
            {works.map((work) => (
              <WorkEntry key={work.credit.url} lang={lang} work={work} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="credits-digits">
          <h2 id="credits-digits">{text.digitsHeading}</h2>
          <p>{text.digitsBody(SHIPPED_DIGIT_COUNTS.train, SHIPPED_DIGIT_COUNTS.test)}</p>
          <dl className="credits-facts">
            <dt>{text.author}</dt>
            <dd>{text.digitsAuthors}</dd>
            <dt>{text.licence}</dt>
            <dd>
              <a href={DIGITS_LICENCE.url}>{DIGITS_LICENCE.name}</a>
            </dd>
            <dt>{text.changes}</dt>
            <dd>{text.digitsChanges}</dd>
          </dl>
        </section>
        <section aria-labelledby="credits-software">
          <h2 id="credits-software">{text.softwareHeading}</h2>
          <p>{text.softwareIntro}</p>
          <ScrollRegion labelledBy="credits-software">
            <table className="credits-software">
              <thead>
                <tr>
                  <th scope="col">{text.softwareColumns.name}</th>
                  <th scope="col">{text.softwareColumns.use}</th>
                  <th scope="col">{text.softwareColumns.licence}</th>
                </tr>
              </thead>
              <tbody>
                {softwareCredits.map((entry) => (
                  <tr key={entry.name}>
                    <th scope="row">
                      <a href={entry.url}>{entry.name}</a>
                    </th>
                    <td>{entry.use[lang]}</td>
                    <td>
                      <a href={licenceUrls[entry.licence]}>{entry.licence}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      </main>
    </>
  );
}
