// How sparse-vs-dense writes its counts and sizes, per language: digits grouped by threes in both
// (1,808,640), Chinese adding the size in 万 for large counts; bytes in B, kB and MB (powers of 1000).
// Pure and the same on every machine (no toLocaleString).
import type { WidgetLanguage } from '../widgetDefinition.ts';

/** A whole number with its digits grouped by threes: 1808640 -> `1,808,640` (the sign kept, ASCII). */
export function groupDigits(value: number): string {
  const whole = Math.round(value);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0 ? `-${digits}` : digits;
}

/** `value` to `digits` significant digits, without trailing zeros: 7.23456 -> `7.2`, 239.6 -> `240`. */
function significant(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

/**
 * A count as the widget shows it: English `1,808,640`; Chinese the same, followed by the size in 万
 * when it reaches 10,000 (`1,808,640（约 180.9 万）`, `59,904（约 6 万）`).
 */
export function formatCount(value: number, lang: WidgetLanguage): string {
  const grouped = groupDigits(value);
  if (lang !== 'zh' || Math.abs(value) < 10_000) return grouped;
  const wan = Number((value / 10_000).toFixed(1));
  return `${grouped}（约 ${wan} 万）`;
}

/**
 * A size in bytes: below 1000 exact (`416 B`), else two significant digits in kB or MB (powers of
 * 1000) with an approximation sign: `≈ 240 kB`, `≈ 7.2 MB` (Chinese: `约 240 kB`, `约 7.2 MB`).
 */
export function formatBytes(bytes: number, lang: WidgetLanguage): string {
  if (bytes < 1000) return `${groupDigits(bytes)} B`;
  const about = lang === 'zh' ? '约 ' : '≈ ';
  if (bytes < 1_000_000) return `${about}${significant(bytes / 1000, 2)} kB`;
  return `${about}${significant(bytes / 1_000_000, 2)} MB`;
}
