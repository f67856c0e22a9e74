// Tests of convolution-1d's rule between params: the shift's range by mode, f, g and flip, directly
// and through decodeWidgetParams (a given shift that moves is reported with the value used).
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/state/paramTable.ts';
import { decodeWidgetParams } from '../../../src/widgets/decodeWidgetParams.ts';
import { prepareDiscrete } from '../../../src/widgets/convolution-1d/discreteModel.ts';
import { convolution1dMeta, convolution1dParams } from '../../../src/widgets/convolution-1d/meta.ts';
import { allowedShifts, outputIndexRange, reconcileConvolution1d } from '../../../src/widgets/convolution-1d/reconcileParams.ts';

const defaults = defaultParams(convolution1dParams);
const at = (values: Record<string, unknown>) => ({ ...defaults, ...values }) as typeof defaults;

describe('outputIndexRange', () => {
  it.each([
    [3, 3, true, [0, 4]],
    [3, 3, false, [-2, 2]],
    [12, 12, true, [0, 22]],
    [12, 12, false, [-11, 11]],
    [1, 1, true, [0, 0]],
    [5, 2, false, [-1, 4]],
  ] as const)('F=%d G=%d flip=%s -> %j', (fLength, gLength, flip, range) => {
    expect(outputIndexRange(fLength, gLength, flip)).toEqual(range);
  });

  it.each([
    [[1, 2, 3], [0, 1, 0.5], true],
    [[1, 2, 3], [0, 1, 0.5], false],
    [[4], [1, 2, 3, 4, 5], false],
  ] as const)('f=%j g=%j flip=%s: the range is where the model puts the output', (f, g, flip) => {
    const { output } = prepareDiscrete(f, g, flip);
    expect(outputIndexRange(f.length, g.length, flip)).toEqual([output.firstIndex, output.firstIndex + output.values.length - 1]);
  });
});

describe('allowedShifts', () => {
  it('continuous: [-6, 6], any real', () => {
    expect(allowedShifts(at({ mode: 'continuous', f: [1, 2, 3] }))).toEqual({ low: -6, high: 6, whole: false });
  });

  it.each([
    ['box', 'triangle', true, 0, 4],
    ['gaussian', 'exponential', false, -3, 4],
    [[1, 2], 'step', true, 0, 5],
  ] as const)('discrete f=%j g=%j flip=%s: whole n from %d to %d (words read as their sequences)', (f, g, flip, low, high) => {
    expect(allowedShifts(at({ mode: 'discrete', f, g, flip }))).toEqual({ low, high, whole: true });
  });
});

describe('reconcileConvolution1d', () => {
  it.each([
    [{ mode: 'continuous', shift: 2.5 }],
    [{ mode: 'continuous', shift: -6 }],
    [{ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], shift: 4 }],
    [{ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], flip: false, shift: -2 }],
  ])('%j is allowed: the same values, nothing moved', (given) => {
    const values = at(given);
    expect(reconcileConvolution1d(values)).toEqual({ values, moved: [] });
  });

  it.each([
    [{ mode: 'continuous', shift: 1e9 }, 6],
    [{ mode: 'continuous', shift: -7.5 }, -6],
    [{ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], shift: -999 }, 0],
    [{ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], shift: 22 }, 4],
    [{ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], flip: false, shift: -11 }, -2],
    [{ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], shift: 2.4 }, 2],
    [{ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], flip: false, shift: -0.4 }, 0],
  ])('%j -> shift %d', (given, shift) => {
    const { values, moved } = reconcileConvolution1d(at(given));
    expect(values).toEqual(at({ ...given, shift }));
    expect(Object.is(values.shift, -0)).toBe(false);
    expect(moved.map((m) => m.name)).toEqual(['shift']);
  });

  it('the problem states the rule in both languages: continuous [-6, 6]; discrete whole n from 0 to 4 here', () => {
    expect(reconcileConvolution1d(at({ shift: 9 })).moved[0].problem).toEqual({
      en: 'in continuous mode t lies in [-6, 6]',
      zh: '连续模式下 t 的范围是 [-6, 6]',
    });
    expect(reconcileConvolution1d(at({ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], shift: 9 })).moved[0].problem).toEqual({
      en: 'in discrete mode n is a whole number from 0 to 4 here',
      zh: '离散模式下 n 在这里取 0 到 4 之间的整数',
    });
  });

  it('a shift that is not a finite number is left to the table', () => {
    const values = at({ shift: Number.NaN });
    expect(reconcileConvolution1d(values)).toEqual({ values, moved: [] });
  });

  it('the meta uses it', () => {
    expect(convolution1dMeta.reconcile).toBe(reconcileConvolution1d);
  });
});

describe('decodeWidgetParams(convolution1dMeta, …)', () => {
  it.each([
    ['shift=1e9', '6', 'in continuous mode t lies in [-6, 6]; using 6'],
    ['shift=-7', '-6', 'in continuous mode t lies in [-6, 6]; using -6'],
    ['mode=discrete&shift=-999', '0', 'in discrete mode n is a whole number from 0 to 5 here; using 0'],
    ['mode=discrete&f=1,2,3&g=0,1,0.5&flip=0&shift=-9', '-2', 'in discrete mode n is a whole number from -2 to 2 here; using -2'],
    ['mode=discrete&f=1,2,3&g=0,1,0.5&shift=2.5', '3', 'in discrete mode n is a whole number from 0 to 4 here; using 3'],
  ])('%s -> one rejection of shift, using %s', (search, used, reason) => {
    const { values, rejections } = decodeWidgetParams(convolution1dMeta, search);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ name: 'shift', usedValue: used, cause: 'value' });
    expect(rejections[0].reason.en).toBe(reason);
    expect(rejections[0].reason.zh).toContain(`改用 ${used}`);
    expect(values.shift).toBe(Number(used));
  });

  it('shift=99 is reported once, with the rule of the mode (not the table maximum 22)', () => {
    const { rejections } = decodeWidgetParams(convolution1dMeta, 'shift=99');
    expect(rejections).toHaveLength(1);
    expect(rejections[0].reason.en).toBe('in continuous mode t lies in [-6, 6]; using 6');
  });

  it('mode=discrete with the default shift 0.5: moved to 1 silently (the reader gave no shift)', () => {
    expect(decodeWidgetParams(convolution1dMeta, 'mode=discrete')).toMatchObject({ values: { shift: 1 }, rejections: [] });
  });

  it('mode=discrete&f=1,2,3&g=0,1,0.5&shift=2: taken as given', () => {
    expect(decodeWidgetParams(convolution1dMeta, 'mode=discrete&f=1,2,3&g=0,1,0.5&shift=2').rejections).toEqual([]);
  });
});
