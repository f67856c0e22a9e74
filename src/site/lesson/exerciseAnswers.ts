// Reading and checking a reader's answer to an exercise. Pure: text in, a verdict out, never a throw.
// Accepts what people type: full-width digits and punctuation, the minus sign −, fractions like 3/4,
// and for sequences commas, Chinese commas (，、), semicolons or spaces between numbers.

/** The verdict on one answer. Positions are 1-based. */
export type CheckResult =
  | { kind: 'correct' }
  | { kind: 'empty' }
  | { kind: 'noChoice' }
  | { kind: 'notANumber'; text: string }
  | { kind: 'notANumberInList'; item: string }
  | { kind: 'wrong' }
  | { kind: 'wrongLength'; expected: number; given: number }
  | { kind: 'wrongItems'; positions: readonly number[] };

const decimal = '[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d+)?';
const plainNumber = new RegExp(`^${decimal}$`, 'i');
const fraction = new RegExp(`^(${decimal})/(${decimal})$`, 'i');

/** `text` with full-width forms folded (NFKC: ６ -> 6, ， -> ,) and − / – read as '-'. */
export function normalizeAnswer(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\u2013]/g, '-').trim();
}

/** The number `text` means ('6', '-0.5', '1e3', '3/4', '６'), or undefined when it is not one. */
export function parseAnswerNumber(text: string): number | undefined {
  const t = normalizeAnswer(text).replace(/\s*\/\s*/g, '/');
  if (plainNumber.test(t)) return Number(t);
  const parts = fraction.exec(t);
  if (!parts) return undefined;
  const value = Number(parts[1]) / Number(parts[2]);
  return Number.isFinite(value) ? value : undefined;
}

/** The items of a typed sequence: split at commas, 、, semicolons and spaces; outer brackets dropped. */
export function splitSequence(text: string): string[] {
  const t = normalizeAnswer(text).replace(/^[[(（]\s*/, '').replace(/\s*[\])）]$/, '');
  return t.split(/[\s,;、]+/).filter((item) => item !== '');
}

/** Whether `value` is within `tolerance` of `answer` (plus a hair for binary rounding: 0.1 + 0.2). */
export function withinTolerance(value: number, answer: number, tolerance: number): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(answer));
  return Math.abs(value - answer) <= Math.max(0, tolerance) + slack;
}

/** Checks a typed number against `answer` ± `tolerance`. */
export function checkNumber(text: string, answer: number, tolerance = 0): CheckResult {
  if (normalizeAnswer(text) === '') return { kind: 'empty' };
  const value = parseAnswerNumber(text);
  if (value === undefined) return { kind: 'notANumber', text: text.trim() };
  return withinTolerance(value, answer, tolerance) ? { kind: 'correct' } : { kind: 'wrong' };
}

/**
 * Checks a typed sequence against `answer`, each item ± `tolerance`: a wrong length is reported
 * before wrong items, and the first item that is not a number before either.
 */
export function checkSequence(text: string, answer: readonly number[], tolerance = 0): CheckResult {
  const items = splitSequence(text);
  if (items.length === 0) return { kind: 'empty' };
  const values: number[] = [];
  for (const item of items) {
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
