// How typed numbers are read everywhere (URL params, widget fields, exercise answers): full-width
// forms folded (NFKC: ６ -> 6, ， -> ,), the minus sign − and the en dash – read as '-'.

/** `text` with full-width forms folded and − / – read as '-', trimmed. */
export function normalizeNumberText(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\u2013]/g, '-').trim();
}

/** Separators between the numbers of a list: commas (any width), the ideographic comma, semicolons, spaces. */
export const NUMBER_LIST_SEPARATOR = /[\s,;、]+/u;
