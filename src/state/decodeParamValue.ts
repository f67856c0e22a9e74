// Decodes one raw text into one param's value: parse, then clamp or fall back, with the reason when
// the text was not taken as given. Pure; never throws.
import { formatNumber, type DocText, type ParamSpec, type ParamValue } from './paramTable.ts';
import { NUMBER_LIST_SEPARATOR, normalizeNumberText } from './numberText.ts';
import { rejectionReasons as reasons } from './paramRejection.ts';

/** The value to use and, when the raw text was not taken as given, what was wrong with it. */
export interface DecodedValue {
  value: ParamValue;
  /** What was wrong ("not a number"); the caller says what is used instead (see `withUsed`). */
  problem?: DocText;
}


/**
 * A finite number from text, or undefined. Accepts what people type ('2', '-0.5', '.5', '1e-3',
 * full-width '６', the minus sign '−2'); rejects '', 'Infinity', 'NaN', '0x10', '1,5', '1e400'.
 */
export function parseFiniteNumber(text: string): number | undefined {
  const trimmed = normalizeNumberText(text);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** `value` clamped to [min, max], with the reason when it had to move; -0 becomes 0. */
function clampNumber(value: number, min: number, max: number): DecodedValue {
  if (value < min) return { value: min, problem: reasons.belowMin(formatNumber(min)) };
  if (value > max) return { value: max, problem: reasons.aboveMax(formatNumber(max)) };
  return { value: value + 0 };
}

/** A list of numbers from text: bad items or too few give the default; too many are cut; each is clamped. */
function decodeList(
  raw: string,
  spec: { default: ParamValue; minLength: number; maxLength: number; min: number; max: number },
): DecodedValue {
  const items = normalizeNumberText(raw).split(NUMBER_LIST_SEPARATOR).filter((item) => item !== '');
  const numbers: number[] = [];
  for (const item of items) {
    const parsed = parseFiniteNumber(item);
    if (parsed === undefined) return { value: spec.default, problem: reasons.badListItem(item) };
    numbers.push(parsed);
  }
  if (numbers.length < spec.minLength) {
    return { value: spec.default, problem: reasons.tooShort(spec.minLength) };
  }
  const kept = numbers.slice(0, spec.maxLength);
  const clamped = kept.map((x) => Math.min(spec.max, Math.max(spec.min, x)) + 0);
  if (numbers.length > spec.maxLength) return { value: clamped, problem: reasons.tooLong(spec.maxLength) };
  if (clamped.some((x, i) => x !== kept[i])) {
    return { value: clamped, problem: reasons.listOutOfRange(formatNumber(spec.min), formatNumber(spec.max)) };
  }
  return { value: clamped };
}

/** The word of `words` that `raw` names, ignoring case and surrounding spaces. */
function matchWord(raw: string, words: readonly string[]): string | undefined {
  const wanted = raw.trim().toLowerCase();
  return words.find((word) => word.toLowerCase() === wanted);
}

/** The value `raw` gives for `spec`: taken as is, clamped to the nearest allowed value, or the default. */
export function decodeParamValue(spec: ParamSpec, raw: string): DecodedValue {
  switch (spec.kind) {
    case 'number': {
      const parsed = parseFiniteNumber(raw);
      if (parsed === undefined) return { value: spec.default, problem: reasons.notANumber() };
      return clampNumber(parsed, spec.min, spec.max);
    }
    case 'integer': {
      const parsed = parseFiniteNumber(raw);
      if (parsed === undefined) return { value: spec.default, problem: reasons.notANumber() };
      const clamped = clampNumber(Math.round(parsed), spec.min, spec.max);
      if (clamped.problem || Number.isInteger(parsed)) return clamped;
      return { value: clamped.value, problem: reasons.notWhole() };
    }
    case 'word': {
      const word = matchWord(raw, spec.words);
      return word === undefined ? { value: spec.default, problem: reasons.notAWord(spec.words) } : { value: word };
    }
    case 'flag': {
      const text = raw.trim().toLowerCase();
      if (['1', 'true', 'on', 'yes'].includes(text)) return { value: true };
      if (['0', 'false', 'off', 'no'].includes(text)) return { value: false };
      return { value: spec.default, problem: reasons.notAFlag() };
    }
    case 'numbers':
      return decodeList(raw, spec);
    case 'wordOrNumbers': {
      const word = matchWord(raw, spec.words);
      if (word !== undefined) return { value: word };
      const looksLikeList = normalizeNumberText(raw).split(NUMBER_LIST_SEPARATOR).some((item) => parseFiniteNumber(item) !== undefined);
      if (!looksLikeList) return { value: spec.default, problem: reasons.notWordOrList(spec.words) };
      return decodeList(raw, spec);
    }
  }
}
