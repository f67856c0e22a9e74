// The formula convolution-1d shows, as TeX with the current numbers: the integral at t (continuous)
// or the sum at n written term by term (discrete). Pure; Tex renders it.
import type { ContinuousView } from './continuousModel.ts';
import type { DiscreteView } from './discreteModel.ts';
import { INTEGRATION_LIMIT } from './continuousModel.ts';
import { formatApprox, formatExact, texNumber } from './formatValue.ts';

/** `(f*g)` or `(f\star g)`: the operation's name in TeX. */
function operation(flip: boolean): string {
  return flip ? '(f*g)' : '(f\\star g)';
}

/** The argument of g for shift `shift` and variable `v`: `shift-v` when flipped (`-v` at 0), `v-shift` / `v+|shift|` / `v` when not. */
export function kernelArgument(shift: string, v: string, flip: boolean): string {
  if (flip) return shift === '0' ? `-${v}` : `${shift}-${v}`;
  if (shift === '0') return v;
  return shift.startsWith('-') ? `${v}+${shift.slice(1)}` : `${v}-${shift}`;
}

/**
 * Continuous: `{(f*g)(0.5)} = {\int_{-\infty}^{\infty} f(\tau)\,g(0.5-\tau)\,d\tau} \approx {0.632}`.
 * When the integral is infinite (step ⋆ step) the limits say where it is cut: `\int_{-20}^{20}`. Each
 * side is a {group}, so a narrow screen breaks the line only at = and ≈, never inside g(0.5 - τ).
 */
export function continuousFormula(view: ContinuousView): string {
  const t = texNumber(formatExact(view.t));
  const limits = view.truncated ? `_{-${INTEGRATION_LIMIT}}^{${INTEGRATION_LIMIT}}` : '_{-\\infty}^{\\infty}';
  const g = `g(${kernelArgument(t, '\\tau', view.flip)})`;
  return `{${operation(view.flip)}(${t})} = {\\int${limits} f(\\tau)\\,${g}\\,d\\tau} \\approx {${texNumber(formatApprox(view.value))}}`;
}

/**
 * Discrete, term by term: `{(f*g)[2]} = {\sum_k f[k]\,g[2-k]} = {f[0]\,g[2]} + {f[1]\,g[1]} +
 * {f[2]\,g[0]} = {1\cdot 0.5} + {2\cdot 1} + {3\cdot 0} = {2.5}`. Negative numbers are put in
 * parentheses; each term is a {group}, so lines break only at + and =, never inside a product.
 */
export function discreteFormula(view: DiscreteView): string {
  const n = String(view.n);
  const head = `{${operation(view.flip)}[${n}]} = {\\sum_k f[k]\\,g[${kernelArgument(n, 'k', view.flip)}]}`;
  const symbols = view.terms.map((term) => `{f[${term.k}]\\,g[${term.j}]}`).join(' + ');
  const numbers = view.terms
    .map((term) => `{${texNumber(term.fText, true)}\\cdot ${texNumber(term.gText, true)}}`)
    .join(' + ');
  return `${head} = ${symbols} = ${numbers} = {${texNumber(formatExact(view.value))}}`;
}
