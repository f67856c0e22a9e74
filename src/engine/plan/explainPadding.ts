// How the padding of one dimension was derived (a number or 'valid' / 'same' / 'full'), as data
// for a widget to show step by step. Part of the engine: imports nothing outside src/engine.
import { resolveSidePadding } from '../geometry.ts';
import type { PaddingWord } from '../types.ts';
import { checkWhole } from './outputSize.ts';

/** The padding of one dimension with the reasoning behind it. */
export interface PaddingDerivation {
  /** What the caller gave: a number of zeros per side, or a padding word. */
  source: 'number' | PaddingWord;
  /** Zeros before the input (top/left). */
  before: number;
  /** Zeros after the input (bottom/right). */
  after: number;
  /** P = before + after. */
  total: number;
  /** p = P / 2; a half (e.g. 1.5) when 'same' puts the odd pixel after. */
  perSide: number;
  /** True when before and after differ ('same' with an odd total). */
  asymmetric: boolean;
  /** For 'same' only: the output length it aims at, ceil(n / s); otherwise null. */
  sameTarget: number | null;
  /** The derivation in plain text, one line per step, with the numbers. */
  text: string[];
  /** The same lines as KaTeX strings. */
  tex: string[];
}

/**
 * Derives the padding of a dimension of length n for a kernel of k taps, stride s, dilation d:
 * a number p gives p per side; 'valid' gives 0; 'full' gives d*(k-1) per side; 'same' aims at
 * out = ceil(n/s) with total P = max((out-1)*s + d*(k-1) + 1 - n, 0), floor(P/2) before and the rest after.
 * Throws EngineError (naming `op`) for n, k, s or d that is not a whole number >= 1, or a padding
 * that is neither a whole number >= 0 nor a word.
 */
export function explainPadding(
  op: string,
  padding: number | PaddingWord,
  n: number,
  k: number,
  s: number,
  d: number,
): PaddingDerivation {
  checkWhole(op, 'input size', n, 1);
  checkWhole(op, 'kernel size', k, 1);
  checkWhole(op, 'stride', s, 1);
  checkWhole(op, 'dilation', d, 1);
  const { before, after } = resolveSidePadding(op, padding, n, k, s, d);
  const total = before + after;
  const base = {
    before,
    after,
    total,
    perSide: total / 2,
    asymmetric: before !== after,
    sameTarget: null,
  };
  if (padding === 'valid') {
    return {
      ...base,
      source: 'valid',
      text: ["'valid': no padding, p = 0 per side, P = 0 in total"],
      tex: ['\\text{valid: } p = 0,\\; P = 0'],
    };
  }
  if (padding === 'full') {
    const perSide = d * (k - 1);
    return {
      ...base,
      source: 'full',
      text: [
        `'full': p = d*(k-1) = ${d}*(${k}-1) = ${perSide} zeros on each side, so every overlap of kernel and input counts`,
        `P = 2p = ${total}`,
      ],
      tex: [`\\text{full: } p = d\\,(k-1) = ${d}\\cdot(${k}-1) = ${perSide}`, `P = 2p = ${total}`],
    };
  }
  if (padding === 'same') {
    const target = Math.ceil(n / s);
    const raw = (target - 1) * s + d * (k - 1) + 1 - n;
    const text = [
      `'same': aim at output ceil(n/s) = ceil(${n}/${s}) = ${target}`,
      `P = max((out-1)*s + d*(k-1) + 1 - n, 0) = max(${target - 1}*${s} + ${d}*(${k}-1) + 1 - ${n}, 0) = max(${raw}, 0) = ${total}`,
      `before = floor(P/2) = ${before}, after = P - before = ${after}` +
        (before !== after ? ' (the odd pixel goes after: bottom/right)' : ''),
    ];
    const tex = [
      `\\text{same: } \\mathrm{out} = \\left\\lceil \\tfrac{n}{s} \\right\\rceil = \\left\\lceil \\tfrac{${n}}{${s}} \\right\\rceil = ${target}`,
      `P = \\max\\big((\\mathrm{out}-1)\\,s + d\\,(k-1) + 1 - n,\\ 0\\big) = \\max(${target - 1}\\cdot ${s} + ${d}\\cdot(${k}-1) + 1 - ${n},\\ 0) = ${total}`,
      `p_{\\text{before}} = \\left\\lfloor \\tfrac{P}{2} \\right\\rfloor = ${before},\\; p_{\\text{after}} = P - p_{\\text{before}} = ${after}`,
    ];
    return { ...base, source: 'same', sameTarget: target, text, tex };
  }
  return {
    ...base,
    source: 'number',
    text: [`padding p = ${before} on each side, P = 2p = ${total}`],
    tex: [`p = ${before},\\; P = 2p = ${total}`],
  };
}
