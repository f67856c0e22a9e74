// Keeps `<html lang>`, the title and the description in step with the page shown after client-side
// navigation. The build writes the same values into each prerendered file.
import { useEffect } from 'react';
import type { PageMeta } from './routes.ts';

/** Writes `meta` into the document once the page is shown in the browser (no-op on the server). */
export function useDocumentMeta(meta: PageMeta): void {
  const { htmlLang, title, description } = meta;
  useEffect(() => {
    document.documentElement.lang = htmlLang;
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [htmlLang, title, description]);
}
