// A widget's param table: the one description of each param (kind, default, limits, allowed words,
// a one-line doc in both languages) that drives controls, the URL codec, embed pages and the gallery.
// Pure types and helpers; no window, no React.

/** A one-line text in each course language. */
export interface DocText {
  en: string;
  zh: string;
}

interface ParamBase {
  /** The name in URLs and MDX (`?name=value`), camelCase. */
  name: string;
  /** The short label of its control: 'Shift', '平移量'. */
  label: DocText;
  /** What the param sets, one line per language. */
  doc: DocText;
}

/** A real number in [min, max]; `step` is the control's granularity. URL form `2.5`. */
export interface NumberParam extends ParamBase {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  step: number;
}

/** A whole number in [min, max]. URL form `3`. */
export interface IntegerParam extends ParamBase {
  kind: 'integer';
  default: number;
  min: number;
  max: number;
}

/** One word out of a fixed list. URL form `discrete`. */
export interface WordParam extends ParamBase {
  kind: 'word';
  default: string;
  words: readonly string[];
  /** How a control shows each word, per language ('discrete' -> '离散'); the word itself when absent. */
  wordLabels?: Readonly<Record<string, DocText>>;
}

/** On or off. URL form `1` or `0`. */
export interface FlagParam extends ParamBase {
  kind: 'flag';
  default: boolean;
}

/** A list of minLength..maxLength numbers, each in [min, max]. URL form `1,2,-0.5`. */
export interface NumbersParam extends ParamBase {
  kind: 'numbers';
  default: readonly number[];
  minLength: number;
  maxLength: number;
  min: number;
  max: number;
}

/** Either one word of `words` or a list of numbers as in `NumbersParam`. URL form `box` or `1,2,1`. */
export interface WordOrNumbersParam extends ParamBase {
  kind: 'wordOrNumbers';
  default: string | readonly number[];
  words: readonly string[];
  minLength: number;
  maxLength: number;
  min: number;
  max: number;
}

/** One param of a widget. */
export type ParamSpec = NumberParam | IntegerParam | WordParam | FlagParam | NumbersParam | WordOrNumbersParam;

/** Every param of a widget, in the order controls and docs list them. */
export type ParamTable = readonly ParamSpec[];

/** A decoded param value: number (number, integer), string (word), boolean (flag), number[] (numbers). */
export type ParamValue = number | string | boolean | readonly number[];

/** A widget's params by name. */
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** The default value of every param of `table`. */
export function defaultParams(table: ParamTable): ParamValues {
  return Object.fromEntries(table.map((spec) => [spec.name, spec.default]));
}

/** The spec called `name` in `table`, or undefined. */
export function findParam(table: ParamTable, name: string): ParamSpec | undefined {
  return table.find((spec) => spec.name === name);
}

/**
 * Formats a number for URLs and labels: at most 12 significant digits so binary noise
 * (0.1 + 0.2 = 0.30000000000000004) does not show, and `-0` written as `0`.
 */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** The URL form of a param value: `1.5`, `box`, `1`/`0`, `1,2,3`. */
export function formatParamValue(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  return value.map(formatNumber).join(',');
}

/** Whether two values of one param are equal (lists element by element). */
export function sameParamValue(a: ParamValue, b: ParamValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  }
  return Object.is(a, b);
}
