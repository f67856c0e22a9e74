// The widget gallery at /widgets and /zh/widgets: every registered widget with its description,
// its embed link, its lesson and the params its address takes (all read from the registry).
import { Link } from 'react-router';
import { ParamReference } from '../ui/ParamReference.tsx';
import { widgetRegistry } from '../widgets/registry.ts';
import { embedPath } from './embedPath.ts';
import './gallery.css';
import { galleryText } from './galleryText.ts';
import { homePath, htmlLang, type Language } from './language.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { useDocumentMeta } from './useDocumentMeta.ts';

/** The gallery page of one language. */
export function WidgetGalleryPage({ lang }: { lang: Language }) {
  const text = galleryText[lang];
  useDocumentMeta({ htmlLang: htmlLang[lang], title: text.documentTitle, description: text.intro });
  return (
    <>
      <SiteHeader lang={lang}>
        <LanguageSwitch lang={lang} />
      </SiteHeader>
      <main id="main" className="gallery">
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        <ul className="gallery-list">
          {widgetRegistry.map(({ meta }) => (
            <li key={meta.id} className="gallery-card" data-widget-card={meta.id}>
              <h2>{meta.title[lang]}</h2>
              <p>{meta.description[lang]}</p>
              <p className="gallery-links">
                <a href={embedPath(meta.id, lang)}>{text.openEmbed}</a>
                <Link to={`${homePath(lang)}lessons/${meta.lesson}`}>{text.openLesson}</Link>
              </p>
              <p className="gallery-address">
                {text.embedAddress}: <code>{embedPath(meta.id, lang)}</code>
              </p>
              <details>
                <summary>{text.paramsSummary}</summary>
                <ParamReference lang={lang} table={meta.params} caption={text.paramsCaption(meta.title[lang])} />
              </details>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
