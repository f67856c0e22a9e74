// The shapes f and g can take, as continuous functions (continuous mode) and as short sequences
// (discrete mode). Pure; a shape param is a word of SHAPE_WORDS or a list of numbers.
import type { ParamValue } from '../../state/paramTable.ts';
import { SHAPE_WORDS, type ShapeWord } from './paramLimits.ts';

/** A shape param's value: one of SHAPE_WORDS or a list of numbers. */
export type ShapeValue = string | readonly number[];

/** A function of a real x, with what the integrator and the plot need to know about it. */
export interface ContinuousShape {
  /**
   * The value at x. At a jump it is the mean of the two sides (box(±1/2) = 1/2, step(0) = 1/2), the
   * usual convention; the integrator cuts its interval at jumps, so it never reads a jump itself.
   */
  at: (x: number) => number;
  /** Where the shape can be nonzero (the gaussian: above 1e-22), [from, to]; an end may be ±Infinity. */
  support: readonly [number, number];
  /** Jumps and corners: the plot samples both sides of each so edges are drawn upright. */
  breakpoints: readonly number[];
  /** True when the shape stays away from 0 as x -> +Infinity (the step): integrals may diverge. */
  persistsRight: boolean;
}

/** How close to a jump counts as on it: grid arithmetic such as 0.55 - 0.05 is off by ~1e-16. */
const JUMP_TOLERANCE = 1e-9;

/** Where the gaussian's integration support ends: φ(10) ≈ 7.7e-23. */
const GAUSSIAN_REACH = 10;

/** 1/sqrt(2π), the peak of the standard normal density. */
const NORMAL_PEAK = 1 / Math.sqrt(2 * Math.PI);

/** True when x lies on the jump at `edge` (within JUMP_TOLERANCE). */
function onJump(x: number, edge: number): boolean {
  return Math.abs(x - edge) <= JUMP_TOLERANCE;
}

/** The continuous shape named by `word` (formulas in the docs of each case). */
function wordShape(word: ShapeWord): ContinuousShape {
  switch (word) {
    case 'box':
      // 1 on [-1/2, 1/2], 0 elsewhere: area 1.
      return {
        at: (x) => (onJump(Math.abs(x), 0.5) ? 0.5 : Math.abs(x) < 0.5 ? 1 : 0),
        support: [-0.5, 0.5],
        breakpoints: [-0.5, 0.5],
        persistsRight: false,
      };
    case 'triangle':
      // 1 - |x| on [-1, 1]: area 1.
      return { at: (x) => Math.max(0, 1 - Math.abs(x)), support: [-1, 1], breakpoints: [-1, 0, 1], persistsRight: false };
    case 'gaussian':
      // The standard normal density exp(-x²/2) / sqrt(2π): area 1.
      return {
        at: (x) => NORMAL_PEAK * Math.exp(-(x * x) / 2),
        // Below 1e-22 beyond ±10: the integrator treats it as 0 there, halving its work.
        support: [-GAUSSIAN_REACH, GAUSSIAN_REACH],
        breakpoints: [],
        persistsRight: false,
      };
    case 'exponential':
      // e^(-x) for x >= 0, 0 for x < 0: area 1.
      return {
        at: (x) => (onJump(x, 0) ? 0.5 : x < 0 ? 0 : Math.exp(-x)),
        support: [0, Infinity],
        breakpoints: [0],
        persistsRight: false,
      };
    case 'step':
      // Heaviside: 1 for x >= 0, 0 for x < 0.
      return { at: (x) => (onJump(x, 0) ? 0.5 : x < 0 ? 0 : 1), support: [0, Infinity], breakpoints: [0], persistsRight: true };
  }
}

/** A staircase: value a[i] on [i, i+1) for i = 0..a.length-1, 0 elsewhere. */
function staircase(values: readonly number[]): ContinuousShape {
  const n = values.length;
  const at = (x: number): number => {
    const nearest = Math.round(x);
    if (onJump(x, nearest)) {
      const left = nearest - 1 >= 0 && nearest - 1 < n ? values[nearest - 1] : 0;
      const right = nearest >= 0 && nearest < n ? values[nearest] : 0;
      return (left + right) / 2;
    }
    const i = Math.floor(x);
    return i >= 0 && i < n ? values[i] : 0;
  };
  return { at, support: [0, n], breakpoints: Array.from({ length: n + 1 }, (_, i) => i), persistsRight: false };
}

/** Whether `value` is one of the shape words. */
export function isShapeWord(value: ParamValue): value is ShapeWord {
  return typeof value === 'string' && (SHAPE_WORDS as readonly string[]).includes(value);
}

/** The continuous shape of a param value: a shape word, or a list read as a staircase. Unknown words give the box. */
export function continuousShape(value: ShapeValue): ContinuousShape {
  if (typeof value !== 'string') return staircase(value.length > 0 ? value : [0]);
  return wordShape(isShapeWord(value) ? value : 'box');
}

/** The sequence each shape word stands for in discrete mode. */
export const DISCRETE_SEQUENCES: Readonly<Record<ShapeWord, readonly number[]>> = {
  box: [1, 1, 1],
  triangle: [1, 2, 1],
  gaussian: [1, 4, 6, 4, 1],
  exponential: [1, 0.5, 0.25, 0.125],
  step: [1, 1, 1, 1, 1],
};

/** The sequence of a param value in discrete mode: the word's sequence, or the list itself ([0] when empty). */
export function discreteSequence(value: ShapeValue): readonly number[] {
  if (typeof value !== 'string') return value.length > 0 ? value : [0];
  return DISCRETE_SEQUENCES[isShapeWord(value) ? value : 'box'];
}
