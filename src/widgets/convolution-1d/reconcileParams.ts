// convolution-1d's rule between params that the table cannot state: the shift's range depends on the
// mode (t in [-6, 6]; n a whole output index, whose range depends on f, g and flip). Pure.
import type { ParamValue, ParamValues } from '../../state/paramTable.ts';
import type { ReconciledParams } from '../widgetDefinition.ts';
import { CONTINUOUS_LIMIT } from './paramLimits.ts';
import { discreteSequence } from './shapes.ts';

/**
 * The output indices of sequences of lengths F and G (F + G - 1 of them): [0, F + G - 2] for the
 * convolution, [-(G - 1), F - 1] for the cross-correlation.
 */
export function outputIndexRange(fLength: number, gLength: number, flip: boolean): [number, number] {
  return flip ? [0, fLength + gLength - 2] : [-(gLength - 1), fLength - 1];
}

/** The length of a shape param's sequence in discrete mode (a word's sequence; a list's own length, at least 1). */
function sequenceLength(value: ParamValue | undefined): number {
  if (typeof value === 'string') return discreteSequence(value).length;
  return Array.isArray(value) ? Math.max(1, value.length) : 1;
}

/** The shifts `values` allow: [-6, 6] in continuous mode; whole numbers in the output's index range in discrete mode. */
export function allowedShifts(values: ParamValues): { low: number; high: number; whole: boolean } {
  if (values.mode !== 'discrete') return { low: -CONTINUOUS_LIMIT, high: CONTINUOUS_LIMIT, whole: false };
  const [low, high] = outputIndexRange(sequenceLength(values.f), sequenceLength(values.g), values.flip !== false);
  return { low, high, whole: true };
}

/**
 * `values` with the shift moved to the nearest allowed one (rounded to a whole number first in
 * discrete mode), and the rule it broke in both languages; unchanged when the shift is allowed or is
 * not a finite number (the table's checks handle that).
 */
export function reconcileConvolution1d(values: ParamValues): ReconciledParams {
  const shift = values.shift;
  if (typeof shift !== 'number' || !Number.isFinite(shift)) return { values, moved: [] };
  const { low, high, whole } = allowedShifts(values);
  const used = Math.min(high, Math.max(low, whole ? Math.round(shift) : shift)) + 0;
  if (used === shift) return { values, moved: [] };
  const problem = whole
    ? { en: `in discrete mode n is a whole number from ${low} to ${high} here`, zh: `离散模式下 n 在这里取 ${low} 到 ${high} 之间的整数` }
    : { en: `in continuous mode t lies in [${low}, ${high}]`, zh: `连续模式下 t 的范围是 [${low}, ${high}]` };
  return { values: { ...values, shift: used }, moved: [{ name: 'shift', problem }] };
}
