// How image-filter writes its numbers: values in the inspector and editor, and the data-result range.
// ASCII hyphen-minus throughout, so tests and instructors can parse them. Pure.
import { formatNumber } from '../../state/paramTable.ts';

/**
 * A value with at least 4 significant digits and one decimal beyond its whole part: 15.9375 -> `15.94`,
 * 0.00390625 -> `0.003906`, -812.00003 -> `-812`, 1234.56 -> `1234.6`; non-finite -> `0`.
 */
export function formatValue(value: number): string {
  if (!Number.isFinite(value) || value === 0) return '0';
  const wholeDigits = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  return formatNumber(Number(value.toPrecision(Math.min(12, Math.max(4, wholeDigits + 1)))));
}

/** The output's range as data-result text: `min..max`, each to 2 decimals at most (`-812..790`, `0..255`). */
export function formatRange(min: number, max: number): string {
  const round = (v: number) => formatNumber(Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);
  return `${round(min)}..${round(max)}`;
}
