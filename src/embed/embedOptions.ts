// The embed page's own URL options, kept apart from the widget's params: `lang=en|zh` chooses the
// language. Pure: reads the search text it is given.
import type { WidgetLanguage } from '../widgets/widgetDefinition.ts';

/** Names the embed page reads itself; the widget's param codec skips them. */
export const EMBED_OPTION_NAMES = ['lang'] as const;

/** The embed page's options from its query: the language ('en' unless `lang=zh`). */
export function readEmbedOptions(search: URLSearchParams): { lang: WidgetLanguage } {
  return { lang: search.get('lang')?.trim().toLowerCase() === 'zh' ? 'zh' : 'en' };
}

/**
 * The query for a widget's new params, keeping the embed options already in the URL:
 * `lang=zh` + `mode=discrete` -> 'lang=zh&mode=discrete'.
 */
export function embedQuery(current: URLSearchParams, encodedParams: string): string {
  const kept = EMBED_OPTION_NAMES.flatMap((name) => {
    const value = current.get(name);
    return value === null ? [] : [`${name}=${encodeURIComponent(value)}`];
  });
  return [...kept, encodedParams].filter((part) => part !== '').join('&');
}
