// Tests of the convolution-1d model: reading params, dispatching by mode, and the step positions.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/state/paramTable.ts';
import { convolution1dParams } from '../../../src/widgets/convolution-1d/meta.ts';
import { convolution1dAt, prepareConvolution1d, readParams, stepPositions } from '../../../src/widgets/convolution-1d/model.ts';

describe('readParams', () => {
  it('the table defaults read as continuous, box, exponential, shift 0.5, flip on', () => {
    expect(readParams(defaultParams(convolution1dParams))).toEqual({ mode: 'continuous', f: 'box', g: 'exponential', shift: 0.5, flip: true });
  });

  it('missing or mistyped values take the defaults; non-finite list items become 0', () => {
    expect(readParams({ mode: 3, f: true, g: [1, Number.NaN], shift: 'x', flip: 'no' })).toEqual({
      mode: 'continuous',
      f: 'box',
      g: [1, 0],
      shift: 0.5,
      flip: true,
    });
  });

  it('flip false and discrete mode are read as given', () => {
    expect(readParams({ mode: 'discrete', flip: false })).toMatchObject({ mode: 'discrete', flip: false });
  });
});

describe('prepareConvolution1d and convolution1dAt', () => {
  it('discrete f=1,2,3 g=0,1,0.5 at shift 2 -> value 2.5', () => {
    const view = convolution1dAt(prepareConvolution1d({ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], flip: true }), 2);
    expect(view.mode).toBe('discrete');
    expect(view.value).toBe(2.5);
  });

  it('discrete words use their sequences: box * triangle = 1,3,4,3,1', () => {
    const setup = prepareConvolution1d({ mode: 'discrete', f: 'box', g: 'triangle', flip: true });
    expect(setup.mode === 'discrete' && setup.output.values).toEqual([1, 3, 4, 3, 1]);
  });

  it('continuous box * box at shift 0.5 -> 0.5', () => {
    const view = convolution1dAt(prepareConvolution1d({ mode: 'continuous', f: 'box', g: 'box', flip: true }), 0.5);
    expect(view.mode).toBe('continuous');
    expect(view.value).toBeCloseTo(0.5, 9);
  });
});

describe('stepPositions', () => {
  const continuous = stepPositions(prepareConvolution1d({ mode: 'continuous', f: 'box', g: 'box', flip: true }));
  it('continuous: 49 positions t = -6, -5.75, …, 6', () => {
    expect(continuous.count).toBe(49);
    expect(continuous.shiftAt(0)).toBe(-6);
    expect(continuous.shiftAt(26)).toBe(0.5);
    expect(continuous.shiftAt(48)).toBe(6);
  });

  it.each([
    [0.5, 26],
    [0.6, 26],
    [-100, 0],
    [100, 48],
    [Number.NaN, 0],
  ])('continuous: shift %d -> index %d', (shift, index) => {
    expect(continuous.indexOf(shift)).toBe(index);
  });

  it('discrete f=1,2,3 g=0,1,0.5: 5 positions n = 0..4 (flip) and n = -2..2 (no flip)', () => {
    const flipped = stepPositions(prepareConvolution1d({ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], flip: true }));
    expect(flipped.count).toBe(5);
    expect([flipped.shiftAt(0), flipped.shiftAt(4)]).toEqual([0, 4]);
    expect(flipped.indexOf(3)).toBe(3);
    const correlated = stepPositions(prepareConvolution1d({ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], flip: false }));
    expect([correlated.shiftAt(0), correlated.shiftAt(4)]).toEqual([-2, 2]);
    expect(correlated.indexOf(-2)).toBe(0);
    expect(correlated.indexOf(10)).toBe(4);
  });
});
