// weight-sharing's rules between params that the table cannot state: the input is at least as long
// as the kernel (n >= len(kernel), n raised if not), and the signal has exactly n values (cut, or
// padded with zeros). Pure.
import type { ParamValues } from '../../state/paramTable.ts';
import type { ReconciledParams } from '../widgetDefinition.ts';
import { fitSignal, WEIGHT_SHARING_LIMITS } from './paramLimits.ts';

type Moved = ReconciledParams['moved'][number];

/**
 * `values` with n raised to the kernel's length when the kernel is longer, then the signal cut or
 * padded with zeros to n values, and each rule broken in both languages. Values that are not of
 * the expected kind are left alone (the table's checks handle those).
 */
export function reconcileWeightSharing(values: ParamValues): ReconciledParams {
  const moved: Moved[] = [];
  let next: ParamValues = values;
  const { kernel, inputs, signal } = values;
  let n = typeof inputs === 'number' && Number.isFinite(inputs) ? inputs : undefined;
  if (Array.isArray(kernel) && n !== undefined && kernel.length > n) {
    n = Math.min(WEIGHT_SHARING_LIMITS.inputs.max, kernel.length);
    next = { ...next, inputs: n };
    moved.push({
      name: 'inputs',
      problem: {
        en: `the input needs at least as many values as the kernel (${kernel.length})`,
        zh: `输入的长度不能小于卷积核的长度（${kernel.length}）`,
      },
    });
  }
  if (Array.isArray(signal) && n !== undefined && signal.length !== n) {
    const fitted = fitSignal(signal, n);
    next = { ...next, signal: fitted };
    const cut = signal.length > n;
    moved.push({
      name: 'signal',
      problem: cut
        ? { en: `the signal has n = ${n} values: cut after the ${n}th`, zh: `信号的长度为 n = ${n}：多出的值被截去` }
        : { en: `the signal has n = ${n} values: padded with zeros`, zh: `信号的长度为 n = ${n}：不足的部分补零` },
    });
  }
  return { values: next, moved };
}

