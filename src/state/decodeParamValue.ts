// Decodes one raw text into one param's value: parse, then clamp or fall back, with the reason when
// the text was not taken as given. Pure; never throws.
import { formatNumber, formatParamValue, type DocText, type ParamSpec, type ParamValue } from './paramTable.ts';
import { rejectionReasons as reasons } from './paramRejection.ts';

/** The value to use and, when the raw text was not taken as given, why. */
export interface DecodedValue {
  value: ParamValue;
  reason?: DocText;
}

/** Separators accepted between list items: ASCII and full-width commas, the ideographic comma, spaces. */
const LIST_SEPARATOR = /[\s,，、]+/u;

/**
 * A finite number from text, or undefined. Accepts what people type ('2', '-0.5', '.5', '1e-3',
 * full-width digits are not accepted); rejects '', 'Infinity', 'NaN', '0x10', '1,5'.
 */
export function parseFiniteNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** `value` clamped to [min, max], with the reason when it had to move; -0 becomes 0. */
function clampNumber(value: number, min: number, max: number): DecodedValue {
  if (value < min) return { value: min, reason: reasons.belowMin(formatNumber(min), formatNumber(min)) };
  if (value > max) return { value: max, reason: reasons.aboveMax(formatNumber(max), formatNumber(max)) };
  return { value: value + 0 };
}

/** A list of numbers from text: bad items or too few give the default; too many are cut; each is clamped. */
function decodeList(
  raw: string,
  spec: { default: ParamValue; minLength: number; maxLength: number; min: number; max: number },
): DecodedValue {
  const fallback = formatParamValue(spec.default);
  const items = raw.split(LIST_SEPARATOR).filter((item) => item !== '');
  const numbers: number[] = [];
  for (const item of items) {
    const parsed = parseFiniteNumber(item);
    if (parsed === undefined) return { value: spec.default, reason: reasons.badListItem(item, fallback) };
    numbers.push(parsed);
  }
  if (numbers.length < spec.minLength) {
    return { value: spec.default, reason: reasons.tooShort(spec.minLength, fallback) };
  }
  const kept = numbers.slice(0, spec.maxLength);
  const clamped = kept.map((x) => Math.min(spec.max, Math.max(spec.min, x)) + 0);
  const used = formatParamValue(clamped);
  if (numbers.length > spec.maxLength) return { value: clamped, reason: reasons.tooLong(spec.maxLength, used) };
  if (clamped.some((x, i) => x !== kept[i])) {
    return { value: clamped, reason: reasons.listOutOfRange(formatNumber(spec.min), formatNumber(spec.max), used) };
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
  const fallback = formatParamValue(spec.default);
  switch (spec.kind) {
    case 'number': {
      const parsed = parseFiniteNumber(raw);
      if (parsed === undefined) return { value: spec.default, reason: reasons.notANumber(fallback) };
      return clampNumber(parsed, spec.min, spec.max);
    }
    case 'integer': {
      const parsed = parseFiniteNumber(raw);
      if (parsed === undefined) return { value: spec.default, reason: reasons.notANumber(fallback) };
      const clamped = clampNumber(Math.round(parsed), spec.min, spec.max);
      if (clamped.reason || Number.isInteger(parsed)) return clamped;
      return { value: clamped.value, reason: reasons.notWhole(formatParamValue(clamped.value)) };
    }
    case 'word': {
      const word = matchWord(raw, spec.words);
      return word === undefined ? { value: spec.default, reason: reasons.notAWord(spec.words, fallback) } : { value: word };
    }
    case 'flag': {
      const text = raw.trim().toLowerCase();
      if (['1', 'true', 'on', 'yes'].includes(text)) return { value: true };
      if (['0', 'false', 'off', 'no'].includes(text)) return { value: false };
      return { value: spec.default, reason: reasons.notAFlag(fallback) };
    }
    case 'numbers':
      return decodeList(raw, spec);
    case 'wordOrNumbers': {
      const word = matchWord(raw, spec.words);
      if (word !== undefined) return { value: word };
      const looksLikeList = raw.split(LIST_SEPARATOR).some((item) => parseFiniteNumber(item) !== undefined);
      if (!looksLikeList) return { value: spec.default, reason: reasons.notWordOrList(spec.words, fallback) };
      return decodeList(raw, spec);
    }
  }
}
