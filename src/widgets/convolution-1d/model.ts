// The model of convolution-1d: param values -> a setup (what does not depend on the shift) -> the
// view at one shift, plus the step player's positions. Pure; tested without a DOM.
import type { ParamValue, ParamValues } from '../../state/paramTable.ts';
import { continuousAt, prepareContinuous, type ContinuousSetup, type ContinuousView } from './continuousModel.ts';
import { discreteAt, discreteIndex, prepareDiscrete, type DiscreteSetup, type DiscreteView } from './discreteModel.ts';
import { CONTINUOUS_LIMIT, type Convolution1dMode } from './paramLimits.ts';
import { continuousShape, discreteSequence, type ShapeValue } from './shapes.ts';

/** The params as the model reads them. */
export interface Convolution1dParams {
  mode: Convolution1dMode;
  f: ShapeValue;
  g: ShapeValue;
  shift: number;
  flip: boolean;
}

/** True for a finite number. */
function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * A shape value from a param: a word as is, a list as is (the same array, so memoised work keyed on
 * it survives other param changes) or with non-finite items as 0, anything else `fallback`.
 */
function readShape(value: ParamValue | undefined, fallback: ShapeValue): ShapeValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.every(isFiniteNumber) ? value : value.map((x: unknown) => (isFiniteNumber(x) ? x : 0));
  return fallback;
}

/**
 * The params from a widget's values, defensively: values the codec let through are used as they
 * are; a missing or mistyped one takes the table default (continuous, box, exponential, 0.5, on).
 */
export function readParams(values: ParamValues): Convolution1dParams {
  const shift = values.shift;
  return {
    mode: values.mode === 'discrete' ? 'discrete' : 'continuous',
    f: readShape(values.f, 'box'),
    g: readShape(values.g, 'exponential'),
    shift: typeof shift === 'number' && Number.isFinite(shift) ? shift : 0.5,
    flip: values.flip !== false,
  };
}

/** What one mode computes once per f, g and flip. */
export type Convolution1dSetup = ({ mode: 'continuous' } & ContinuousSetup) | ({ mode: 'discrete' } & DiscreteSetup);

/** The widget's view at one shift. */
export type Convolution1dView = ContinuousView | DiscreteView;

/** The setup for `params` (the shift is not used). */
export function prepareConvolution1d(params: Omit<Convolution1dParams, 'shift'>): Convolution1dSetup {
  if (params.mode === 'discrete') {
    return { mode: 'discrete', ...prepareDiscrete(discreteSequence(params.f), discreteSequence(params.g), params.flip) };
  }
  return { mode: 'continuous', ...prepareContinuous(continuousShape(params.f), continuousShape(params.g), params.flip) };
}

/** The view of `setup` at `shift`. */
export function convolution1dAt(setup: Convolution1dSetup, shift: number): Convolution1dView {
  return setup.mode === 'discrete' ? discreteAt(setup, shift) : continuousAt(setup, shift);
}

/** Spacing of the continuous step player's positions: t = -6, -5.75, …, 6 (49 steps). */
export const CONTINUOUS_PLAYER_STEP = 0.25;

/** The step player's positions: how many, the shift of each, and the step nearest a shift. */
export interface StepPositions {
  count: number;
  shiftAt: (index: number) => number;
  indexOf: (shift: number) => number;
}

/** Positions for `setup`: continuous t from -6 to 6 in steps of 0.25; discrete every output index n. */
export function stepPositions(setup: Convolution1dSetup): StepPositions {
  if (setup.mode === 'discrete') {
    const { firstIndex, values } = setup.output;
    return {
      count: values.length,
      shiftAt: (index) => firstIndex + index,
      indexOf: (shift) => discreteIndex(setup.output, shift) - firstIndex,
    };
  }
  const count = Math.round((2 * CONTINUOUS_LIMIT) / CONTINUOUS_PLAYER_STEP) + 1;
  return {
    count,
    shiftAt: (index) => -CONTINUOUS_LIMIT + index * CONTINUOUS_PLAYER_STEP,
    indexOf: (shift) => {
      const index = Math.round((shift + CONTINUOUS_LIMIT) / CONTINUOUS_PLAYER_STEP);
      return Number.isFinite(index) ? Math.min(count - 1, Math.max(0, index)) : 0;
    },
  };
}
