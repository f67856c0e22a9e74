// The site's two languages and the pure path rules between them (English at /, Chinese under /zh/).
// No window access: every function takes the pathname it works on.

/** A language the course is written in. English lives at `/`, Chinese under `/zh/`. */
export type Language = 'en' | 'zh';

/** Every language, English first (the order of the language switch). */
export const languages: readonly Language[] = ['en', 'zh'];

/** The BCP 47 tag for `<html lang>` and `lang` attributes: Chinese here is Simplified (zh-Hans). */
export const htmlLang: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-Hans' };

/** Each language's name written in that language, as a language switch shows it. */
export const languageName: Readonly<Record<Language, string>> = { en: 'English', zh: '中文' };

/** The path prefix of a language: '' for English, '/zh' for Chinese. */
const prefix: Readonly<Record<Language, string>> = { en: '', zh: '/zh' };

/** The home page (course map) of a language: '/' or '/zh/'. */
export function homePath(lang: Language): string {
  return `${prefix[lang]}/`;
}

/** The language a pathname belongs to: 'zh' for '/zh' and everything under '/zh/', else 'en'. */
export function languageOfPath(pathname: string): Language {
  return pathname === '/zh' || pathname.startsWith('/zh/') ? 'zh' : 'en';
}

/**
 * The same page in another language: the language prefix is swapped, the rest kept.
 * '/' -> '/zh/', '/zh/' -> '/', '/lessons/pooling' <-> '/zh/lessons/pooling'.
 */
export function translatePath(pathname: string, to: Language): string {
  const from = languageOfPath(pathname);
  const rest = pathname.slice(prefix[from].length) || '/';
  return rest === '/' ? homePath(to) : `${prefix[to]}${rest}`;
}

/** The other language, for a two-language switch. */
export function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'zh' : 'en';
}
