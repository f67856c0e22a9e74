// The presets of convolution-1d: whole param sets a button applies at once.
import type { ParamValues } from '../../state/paramTable.ts';
import type { Convolution1dText } from './text.ts';

/** A preset: its name key in the widget's text and the params it sets. */
export interface Convolution1dPreset {
  id: keyof Convolution1dText['presetNames'];
  values: ParamValues;
}

/**
 * Sliding average: a staircase signal under a box of width 1 and area 1 (the output at t is the mean
 * of f over [t - 1/2, t + 1/2]). Two dice: the counts 1..6 of each die; output n counts the ways to
 * roll n + 2. Smoothing: a zigzag signal under the kernel 1/4, 1/2, 1/4.
 */
export const convolution1dPresets: readonly Convolution1dPreset[] = [
  { id: 'slidingAverage', values: { mode: 'continuous', f: [0, 1, 3, 2, 4, 1], g: 'box', flip: true, shift: 2.5 } },
  { id: 'twoDice', values: { mode: 'discrete', f: [1, 1, 1, 1, 1, 1], g: [1, 1, 1, 1, 1, 1], flip: true, shift: 5 } },
  { id: 'smoothing', values: { mode: 'discrete', f: [2, 5, 3, 6, 4, 7, 5, 8], g: [0.25, 0.5, 0.25], flip: true, shift: 4 } },
];
