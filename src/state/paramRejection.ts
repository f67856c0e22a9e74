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
  /** What was rejected: an unknown name, a repeated name, or the value of a known param. */
  cause: 'unknownName' | 'repeatedName' | 'value';
}

/** Longest raw text a rejection keeps; a longer one is cut and marked with an ellipsis. */
export const RAW_TEXT_LIMIT = 40;

/** `raw` cut to RAW_TEXT_LIMIT characters (code points) with '…' when longer. */
export function shortenRaw(raw: string): string {
  const chars = Array.from(raw);
  return chars.length > RAW_TEXT_LIMIT ? `${chars.slice(0, RAW_TEXT_LIMIT).join('')}…` : raw;
}

/** What is wrong with a given value, in both languages; `withUsed` adds what is used instead. */
export const rejectionReasons = {
  unknownName: (): DocText => ({
    en: 'this widget has no parameter by that name, so it is ignored',
    zh: '这个组件没有这个参数，已忽略',
  }),
  repeated: (): DocText => ({
    en: 'the parameter is given more than once; the first value is used',
    zh: '这个参数出现了不止一次，只采用第一个值',
  }),
  notANumber: (): DocText => ({ en: 'not a number', zh: '不是数字' }),
  notWhole: (): DocText => ({ en: 'not a whole number', zh: '不是整数' }),
  belowMin: (min: string): DocText => ({ en: `below the minimum ${min}`, zh: `小于最小值 ${min}` }),
  aboveMax: (max: string): DocText => ({ en: `above the maximum ${max}`, zh: `大于最大值 ${max}` }),
  notAWord: (words: readonly string[]): DocText => ({
    en: `not one of ${words.join(', ')}`,
    zh: `不是 ${words.join('、')} 之一`,
  }),
  notAFlag: (): DocText => ({ en: 'not 1 (on) or 0 (off)', zh: '不是 1（开）或 0（关）' }),
  badListItem: (item: string): DocText => ({
    en: `"${item}" in the list is not a number`,
    zh: `列表中的“${item}”不是数字`,
  }),
  tooShort: (minLength: number): DocText => ({
    en: `needs at least ${minLength} number${minLength === 1 ? '' : 's'}`,
    zh: `至少需要 ${minLength} 个数`,
  }),
  tooLong: (maxLength: number): DocText => ({
    en: `takes at most ${maxLength} numbers`,
    zh: `最多 ${maxLength} 个数`,
  }),
  listOutOfRange: (min: string, max: string): DocText => ({
    en: `every number must lie in [${min}, ${max}]`,
    zh: `每个数都必须在 [${min}, ${max}] 之内`,
  }),
  notWordOrList: (words: readonly string[]): DocText => ({
    en: `neither one of ${words.join(', ')} nor a list of numbers`,
    zh: `既不是 ${words.join('、')} 之一，也不是一串数字`,
  }),
} as const;

/** `problem` followed by the value used instead: "above the maximum 6; using 6". */
export function withUsed(problem: DocText, used: string): DocText {
  return { en: `${problem.en}; using ${used}`, zh: `${problem.zh}，改用 ${used}` };
}
