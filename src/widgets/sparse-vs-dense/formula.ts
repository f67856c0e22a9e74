// The parameter-count formulas of sparse-vs-dense as TeX, with the current numbers:
// dense n(n-k+1) + (n-k+1), local k(n-k+1) + (n-k+1), conv k + 1. Pure; Tex renders them.
import type { SparseMode } from './paramLimits.ts';
import { outputCount, parameterCounts } from './model.ts';

/**
 * The formula of `mode` for n inputs and kernel k, symbols then numbers, each side a {group} so a
 * narrow screen breaks the line only at =: dense `{n(n-k+1) + (n-k+1)} = {8 \cdot 6 + 6} = {54}`,
 * local `{k(n-k+1) + (n-k+1)} = {3 \cdot 6 + 6} = {24}`, conv `{k + 1} = {3 + 1} = {4}`.
 */
export function parameterFormula(mode: SparseMode, inputs: number, kernel: number): string {
  const counts = parameterCounts(inputs, kernel);
  const m = outputCount(inputs, kernel);
  const total = counts[mode].total;
  switch (mode) {
    case 'dense':
      return `{n(n-k+1) + (n-k+1)} = {${inputs} \\cdot ${m} + ${m}} = {${total}}`;
    case 'local':
      return `{k(n-k+1) + (n-k+1)} = {${kernel} \\cdot ${m} + ${m}} = {${total}}`;
    case 'conv':
      return `{k + 1} = {${kernel} + 1} = {${total}}`;
  }
}
