// The address of a widget's embed page, in a language.
import type { Language } from './language.ts';

/** '/embed/<id>' in English, '/embed/<id>?lang=zh' in Chinese. */
export function embedPath(id: string, lang: Language): string {
  return `/embed/${id}${lang === 'zh' ? '?lang=zh' : ''}`;
}
