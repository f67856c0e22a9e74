// sparse-vs-dense's rule between params that the table cannot state: the kernel k is no wider than
// the input n (k <= n), so the layer has at least one output. Pure.
import type { ParamValues } from '../../state/paramTable.ts';
import type { ReconciledParams } from '../widgetDefinition.ts';

/**
 * `values` with the kernel lowered to n when it is wider than the input, and the rule it broke in
 * both languages; unchanged when k <= n or either is not a finite number (the table checks those).
 */
export function reconcileSparseVsDense(values: ParamValues): ReconciledParams {
  const { inputs, kernel } = values;
  if (typeof inputs !== 'number' || typeof kernel !== 'number' || !Number.isFinite(inputs) || !Number.isFinite(kernel)) {
    return { values, moved: [] };
  }
  if (kernel <= inputs) return { values, moved: [] };
  const problem = {
    en: `the kernel cannot be wider than the input: k is at most n = ${inputs}`,
    zh: `卷积核不能比输入更宽：k 最大为 n = ${inputs}`,
  };
  return { values: { ...values, kernel: inputs }, moved: [{ name: 'kernel', problem }] };
}
