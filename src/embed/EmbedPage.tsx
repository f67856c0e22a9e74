// The embed page `/embed/<widget-id>?<params>`: one widget and nothing of the site around it, for
// slides and course pages. Its params live in the URL: read on load (bad values reported by the
// widget's notice), written back as the reader changes them, so the address is always a link to
// what is on screen.
import { useSearchParams } from 'react-router';
import { encodeParams } from '../state/urlCodec.ts';
import type { ParamValues } from '../state/paramTable.ts';
import { WidgetHeadingLevel } from '../ui/widgetHeading.ts';
import { decodeWidgetParams, findWidget } from '../widgets/registry.ts';
import { CopyLink } from './CopyLink.tsx';
import { EMBED_OPTION_NAMES, embedQuery, readEmbedOptions } from './embedOptions.ts';
import { embedText } from './embedText.ts';
import { useEmbedDocument } from './useEmbedDocument.ts';
import { useSiteOrigin } from './useSiteOrigin.ts';
import './embed.css';

/** Props: the id from the address. The router shows the 404 page for ids the registry lacks. */
export interface EmbedPageProps {
  widgetId: string;
}

/** One registered widget, full width, with a link to its lesson and a copyable link to its state. */
export function EmbedPage({ widgetId }: EmbedPageProps) {
  const widget = findWidget(widgetId);
  const [search, setSearch] = useSearchParams();
  const origin = useSiteOrigin();
  const { lang } = readEmbedOptions(search);
  const table = widget?.meta.params;
  const decoded = widget ? decodeWidgetParams(widget.meta, search, { ignore: EMBED_OPTION_NAMES }) : undefined;
  const onParamsChange = (values: ParamValues) => {
    if (!table) return;
    setSearch(embedQuery(search, encodeParams(table, values)), { replace: true, preventScrollReset: true });
  };
  useEmbedDocument(lang, widget ? embedText[lang].documentTitle(widget.meta.title[lang]) : '', widget?.meta.description[lang] ?? '');
  if (!widget || !decoded) return null;
  const Widget = widget.component;
  // The link states what is on screen: the params as decoded (bad values already replaced), plus the
  // embed options, as a full address that still works when pasted into slides or a chat.
  const query = embedQuery(search, encodeParams(widget.meta.params, decoded.values));
  const link = `${origin}/embed/${widget.meta.id}${query ? `?${query}` : ''}`;
  const lessonHref = `${lang === 'zh' ? '/zh/' : '/'}lessons/${widget.meta.lesson}`;
  return (
    <main className="embed" id="main">
      <WidgetHeadingLevel value={1}>
        <Widget
          key={widget.meta.id}
          lang={lang}
          initialParams={decoded.values}
          rejections={decoded.rejections}
          onParamsChange={onParamsChange}
          instanceKey={`embed:${widget.meta.id}`}
        />
      </WidgetHeadingLevel>
      <footer className="embed-footer">
        <a href={lessonHref} target="_top">
          {embedText[lang].openLesson}
        </a>
        <CopyLink lang={lang} link={link} />
      </footer>
    </main>
  );
}
