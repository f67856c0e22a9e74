// Why a param value was not taken as given, in both languages: the messages the URL codec and the
// MDX `<Widget params>` attach to a rejected value, and the notice shows. Pure.
import type { DocText } from './paramTable.ts';

/** A value that was not used as given: which param, the raw text, why, and what is used instead. */
export interface ParamRejection {
  /** The param name as written (may be unknown to the widget). */
  name: string;
  /** The raw text given, cut to `RAW_TEXT_LIMIT` characters for display. */
  raw: string;
  /** Why it was rejected, a sentence per language. */
  reason: DocText;
  /** The URL form of the value used instead, or '' when the param is ignored. */
  usedValue: string;
}

/** Longest raw text a rejection keeps; a longer one is cut and marked with an ellipsis. */
export const RAW_TEXT_LIMIT = 40;

/** `raw` cut to RAW_TEXT_LIMIT characters (code points) with '…' when longer. */
export function shortenRaw(raw: string): string {
  const chars = Array.from(raw);
  return chars.length > RAW_TEXT_LIMIT ? `${chars.slice(0, RAW_TEXT_LIMIT).join('')}…` : raw;
}

/** The reasons a value is rejected, in both languages; `used` is the URL form of the value taken instead. */
export const rejectionReasons = {
  unknownName: (): DocText => ({
    en: 'this widget has no parameter by that name, so it is ignored',
    zh: '这个组件没有这个参数，已忽略',
  }),
  repeated: (): DocText => ({
    en: 'the parameter is given more than once; the first value is used',
    zh: '这个参数出现了不止一次，只采用第一个值',
  }),
  notANumber: (used: string): DocText => ({
    en: `not a number; using ${used}`,
    zh: `不是数字，改用 ${used}`,
  }),
  notWhole: (used: string): DocText => ({
    en: `not a whole number; using ${used}`,
    zh: `不是整数，改用 ${used}`,
  }),
  belowMin: (min: string, used: string): DocText => ({
    en: `below the minimum ${min}; using ${used}`,
    zh: `小于最小值 ${min}，改用 ${used}`,
  }),
  aboveMax: (max: string, used: string): DocText => ({
    en: `above the maximum ${max}; using ${used}`,
    zh: `大于最大值 ${max}，改用 ${used}`,
  }),
  notAWord: (words: readonly string[], used: string): DocText => ({
    en: `not one of ${words.join(', ')}; using ${used}`,
    zh: `不是 ${words.join('、')} 之一，改用 ${used}`,
  }),
  notAFlag: (used: string): DocText => ({
    en: `not 1 (on) or 0 (off); using ${used}`,
    zh: `不是 1（开）或 0（关），改用 ${used}`,
  }),
  badListItem: (item: string, used: string): DocText => ({
    en: `"${item}" in the list is not a number; using ${used}`,
    zh: `列表中的“${item}”不是数字，改用 ${used}`,
  }),
  tooShort: (minLength: number, used: string): DocText => ({
    en: `needs at least ${minLength} number${minLength === 1 ? '' : 's'}; using ${used}`,
    zh: `至少需要 ${minLength} 个数，改用 ${used}`,
  }),
  tooLong: (maxLength: number, used: string): DocText => ({
    en: `takes at most ${maxLength} numbers; using the first ${maxLength}: ${used}`,
    zh: `最多 ${maxLength} 个数，只取前 ${maxLength} 个：${used}`,
  }),
  listOutOfRange: (min: string, max: string, used: string): DocText => ({
    en: `every number must lie in [${min}, ${max}]; using ${used}`,
    zh: `每个数都必须在 [${min}, ${max}] 之内，改用 ${used}`,
  }),
  notWordOrList: (words: readonly string[], used: string): DocText => ({
    en: `neither one of ${words.join(', ')} nor a list of numbers; using ${used}`,
    zh: `既不是 ${words.join('、')} 之一，也不是一串数字，改用 ${used}`,
  }),
} as const;
