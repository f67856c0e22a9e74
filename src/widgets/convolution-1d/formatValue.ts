// How convolution-1d writes its numbers: exact values (discrete), approximations (integrals),
// sequences (the data-result text) and numbers inside TeX. Pure.
import { formatNumber } from '../../state/paramTable.ts';

/** An exact value as the URL and the formula write it: 12 significant digits at most, `-0` as `0`. */
export function formatExact(value: number): string {
  return formatNumber(Number.isFinite(value) ? value : 0);
}

/** A numerical integral's value, to 3 decimals: 0.6321 -> `0.632`, 2 -> `2`, -0.0001 -> `0`. */
export function formatApprox(value: number): string {
  return formatExact(Number(value.toFixed(3)));
}

/** A whole output sequence, comma-space separated: `0, 1, 2.5, 4, 1.5` (the data-result text). */
export function formatSequence(values: readonly number[]): string {
  return values.map(formatExact).join(', ');
}

/** A number as TeX: exponents as ×10^{…} (`1e-7` -> `1\times10^{-7}`), negatives in parentheses when `wrapNegative`. */
export function texNumber(text: string, wrapNegative = false): string {
  const tex = text.replace(/e([+-]?)(\d+)$/, (_, sign: string, digits: string) => `\\times10^{${sign === '-' ? '-' : ''}${digits}}`);
  return wrapNegative && tex.startsWith('-') ? `(${tex})` : tex;
}
