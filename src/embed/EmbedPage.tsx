// The embed page `/embed/<widget-id>?<params>`: one widget and nothing of the site around it, for
// slides and course pages. Its params live in the URL: read on load (bad values reported by the
// widget's notice), written back as the reader changes them, so the address is always a link to
// what is on screen.
import { useSearchParams } from 'react-router';
import { decodeParams, encodeParams } from '../state/urlCodec.ts';
import type { ParamValues } from '../state/paramTable.ts';
import { findWidget } from '../widgets/registry.ts';
import { CopyLink } from './CopyLink.tsx';
import { EMBED_OPTION_NAMES, embedQuery, readEmbedOptions } from './embedOptions.ts';
import { embedText } from './embedText.ts';
import { useEmbedDocument } from './useEmbedDocument.ts';
import './embed.css';

/** Props: the id from the address. The router shows the 404 page for ids the registry lacks. */
export interface EmbedPageProps {
  widgetId: string;
}

/** One registered widget, full width, with a link to its lesson and a copyable link to its state. */
export function EmbedPage({ widgetId }: EmbedPageProps) {
  const widget = findWidget(widgetId);
  const [search, setSearch] = useSearchParams();
  const { lang } = readEmbedOptions(search);
  const table = widget?.meta.params;
  const decoded = table ? decodeParams(table, search, { ignore: EMBED_OPTION_NAMES }) : undefined;
  const onParamsChange = (values: ParamValues) => {
    if (!table) return;
    setSearch(embedQuery(search, encodeParams(table, values)), { replace: true, preventScrollReset: true });
  };
  useEmbedDocument(lang, widget ? embedText[lang].documentTitle(widget.meta.title[lang]) : '', widget?.meta.description[lang] ?? '');
  if (!widget || !decoded) return null;
  const Widget = widget.component;
  const query = search.toString();
  const link = `/embed/${widget.meta.id}${query ? `?${query}` : ''}`;
  const lessonHref = `${lang === 'zh' ? '/zh/' : '/'}lessons/${widget.meta.lesson}`;
  return (
    <main className="embed" id="main">
      <Widget key={widget.meta.id} lang={lang} initialParams={decoded.values} rejections={decoded.rejections} onParamsChange={onParamsChange} />
      <footer className="embed-footer">
        <a href={lessonHref} target="_top">
          {embedText[lang].openLesson}
        </a>
        <CopyLink lang={lang} link={link} />
      </footer>
    </main>
  );
}
