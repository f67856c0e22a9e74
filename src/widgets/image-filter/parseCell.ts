// Reading one kernel cell as typed: a number such as -1, 0.25 or 2e-3, or a fraction such as 1/9,
// within [-100, 100]. Pure.

/** Largest absolute value of a kernel weight (the `kernel` param's limit). */
export const WEIGHT_LIMIT = 100;

/** A plain decimal number (an optional sign, digits with an optional point, an optional exponent). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The weight `text` means, or undefined: blanks are trimmed, the typographic minus (−) and a
 * full-width minus are read as '-', 'a/b' as a divided by b; the result must be finite and in
 * [-WEIGHT_LIMIT, WEIGHT_LIMIT].
 */
export function parseCell(text: string): number | undefined {
  const cleaned = text.trim().replace(/[−－]/g, '-').replace(/\s+/g, '');
  const parts = cleaned.split('/');
  if (parts.length > 2 || !parts.every((part) => NUMBER.test(part))) return undefined;
  const value = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
  return Number.isFinite(value) && Math.abs(value) <= WEIGHT_LIMIT ? value + 0 : undefined;
}
