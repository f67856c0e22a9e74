// Reading and checking a reader's answer to an exercise. Pure: text in, a verdict out, never a throw.
// Numbers are read as URL params and widget fields read them (src/state/numberText.ts, parseFiniteNumber);
// on top of that an answer may be a fraction like 3/4 or have thousands separators like 9,000, and a
// sequence may sit in brackets.
import { parseFiniteNumber } from '../../state/decodeParamValue.ts';
import { NUMBER_LIST_SEPARATOR, normalizeNumberText } from '../../state/numberText.ts';

/** The verdict on one answer. Positions are 1-based. */
export type CheckResult =
  | { kind: 'correct' }
  | { kind: 'empty' }
  | { kind: 'noChoice' }
  | { kind: 'notANumber'; text: string }
  | { kind: 'notANumberInList'; item: string }
  | { kind: 'emptyItem'; position: number }
  | { kind: 'wrong' }
  | { kind: 'wrongLength'; expected: number; given: number }
  | { kind: 'wrongItems'; positions: readonly number[] };

/**
 * Whether a verdict judged the answer's value (correct or wrong) rather than its form (empty, no
 * choice, not a number, an empty item): only those count as attempts.
 */
export function isAttempt(result: CheckResult): boolean {
  return result.kind === 'correct' || result.kind === 'wrong' || result.kind === 'wrongLength' || result.kind === 'wrongItems';
}

/** A run of separators, captured so that `split` keeps it (to count the commas in it). */
const separatorRun = new RegExp(`(${NUMBER_LIST_SEPARATOR.source})`, NUMBER_LIST_SEPARATOR.flags);

/** A number with its thousands grouped by commas: 9,000, -1,234,567.5 (full-width ， already folded to ,). */
const THOUSANDS_GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** `text` without its thousands separators when it is grouped as THOUSANDS_GROUPED ('9,000' -> '9000'), else as is ('1,5'). */
function withoutThousandsSeparators(text: string): string {
  return THOUSANDS_GROUPED.test(text) ? text.replace(/,/g, '') : text;
}

/**
 * The finite number `text` means ('6', '-0.5', '1e3', '3/4', '６', '−2', '9,000', '9，000'), or
 * undefined when it is not one ('six', '1e400', '3/0', 'Infinity', '1,5', '90,00').
 */
export function parseAnswerNumber(text: string): number | undefined {
  const t = normalizeNumberText(text).replace(/\s*\/\s*/g, '/');
  const parts = t.split('/').map(withoutThousandsSeparators);
  if (parts.length === 1) return parseFiniteNumber(parts[0]);
  if (parts.length !== 2) return undefined;
  const numerator = parseFiniteNumber(parts[0]);
  const denominator = parseFiniteNumber(parts[1]);
  if (numerator === undefined || denominator === undefined) return undefined;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The items of a typed sequence, outer brackets dropped. Items are separated by runs of
 * NUMBER_LIST_SEPARATOR; spaces only separate, but each comma, 、 or semicolon after the first in
 * one run (and one at either end) stands for an empty item: '1,,2' -> ['1', '', '2'], '1, 2' -> ['1', '2'].
 * Blank text -> [].
 */
export function splitSequence(text: string): string[] {
  const t = normalizeNumberText(text).replace(/^[[(（]\s*/, '').replace(/\s*[\])）]$/, '');
  if (t === '') return [];
  const parts = t.split(separatorRun);
  const items: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    items.push(parts[i]);
    const separators = parts[i + 1]?.replace(/\s/g, '').length ?? 0;
    for (let extra = 1; extra < separators; extra += 1) items.push('');
  }
  return items;
}

/** Whether `value` is within `tolerance` of `answer` (plus a hair for binary rounding: 0.1 + 0.2). */
export function withinTolerance(value: number, answer: number, tolerance: number): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(answer));
  return Math.abs(value - answer) <= Math.max(0, tolerance) + slack;
}

/** Checks a typed number against `answer` ± `tolerance`. */
export function checkNumber(text: string, answer: number, tolerance = 0): CheckResult {
  if (normalizeNumberText(text) === '') return { kind: 'empty' };
  const value = parseAnswerNumber(text);
  if (value === undefined) return { kind: 'notANumber', text: text.trim() };
  return withinTolerance(value, answer, tolerance) ? { kind: 'correct' } : { kind: 'wrong' };
}

/**
 * Checks a typed sequence against `answer`, each item ± `tolerance`. The first item that is empty
 * or not a number is reported before anything else, then a wrong length, then the wrong items.
 */
export function checkSequence(text: string, answer: readonly number[], tolerance = 0): CheckResult {
  const items = splitSequence(text);
  if (items.every((item) => item === '')) return { kind: 'empty' };
  const values: number[] = [];
  for (const [index, item] of items.entries()) {
    if (item === '') return { kind: 'emptyItem', position: index + 1 };
    const value = parseAnswerNumber(item);
    if (value === undefined) return { kind: 'notANumberInList', item };
    values.push(value);
  }
  if (values.length !== answer.length) return { kind: 'wrongLength', expected: answer.length, given: values.length };
  const positions = values.flatMap((value, i) => (withinTolerance(value, answer[i], tolerance) ? [] : [i + 1]));
  return positions.length === 0 ? { kind: 'correct' } : { kind: 'wrongItems', positions };
}

/** Checks the chosen option (0-based index, undefined when none) against `answer`. */
export function checkChoice(chosen: number | undefined, answer: number): CheckResult {
  if (chosen === undefined) return { kind: 'noChoice' };
  return chosen === answer ? { kind: 'correct' } : { kind: 'wrong' };
}
