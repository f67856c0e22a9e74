// Keeps `<html lang>`, the title and the description of the embed page in step with its widget
// and language (the build writes the default-language values into the prerendered file).
import { useEffect } from 'react';
import type { WidgetLanguage } from '../widgets/widgetDefinition.ts';

/** Writes the page's language, title and description into the document (no-op on the server). */
export function useEmbedDocument(lang: WidgetLanguage, title: string, description: string): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    if (title) document.title = title;
    if (description) document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [lang, title, description]);
}
