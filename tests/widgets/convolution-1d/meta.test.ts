// Tests of convolution-1d's meta and presets: the param table through the URL codec, both languages.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/state/paramTable.ts';
import { decodeParams, encodeParams } from '../../../src/state/urlCodec.ts';
import { decodeWidgetParams } from '../../../src/widgets/decodeWidgetParams.ts';
import { convolution1dMeta, convolution1dParams } from '../../../src/widgets/convolution-1d/meta.ts';
import { convolution1dPresets } from '../../../src/widgets/convolution-1d/presets.ts';
import { convolution1dText } from '../../../src/widgets/convolution-1d/text.ts';

describe('convolution1dMeta', () => {
  it('id convolution-1d, lesson convolution, params mode f g shift flip', () => {
    expect(convolution1dMeta.id).toBe('convolution-1d');
    expect(convolution1dMeta.lesson).toBe('convolution');
    expect(convolution1dParams.map((p) => p.name)).toEqual(['mode', 'f', 'g', 'shift', 'flip']);
  });

  it('every param has a label and a doc in en and zh', () => {
    for (const spec of convolution1dParams) {
      for (const text of [spec.label, spec.doc]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.zh.length).toBeGreaterThan(0);
      }
    }
  });

  it('mode words show as continuous/discrete in en and 连续/离散 in zh', () => {
    const mode = convolution1dParams.find((p) => p.name === 'mode');
    expect(mode?.kind === 'word' && mode.wordLabels).toEqual({
      continuous: { en: 'continuous', zh: '连续' },
      discrete: { en: 'discrete', zh: '离散' },
    });
  });

  it('the shift range holds every discrete n of 12-long sequences: -11..22', () => {
    const shift = convolution1dParams.find((p) => p.name === 'shift');
    expect(shift && shift.kind === 'number' && [shift.min, shift.max]).toEqual([-11, 22]);
  });

  it('mode=discrete&f=1,2,3&g=0,1,0.5&shift=2 decodes with no rejection', () => {
    const { values, rejections } = decodeParams(convolution1dParams, 'mode=discrete&f=1,2,3&g=0,1,0.5&shift=2');
    expect(rejections).toEqual([]);
    expect(values).toMatchObject({ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], shift: 2, flip: true });
  });

  it('f=wobble and 13 numbers are rejected and replaced', () => {
    const { values, rejections } = decodeParams(convolution1dParams, 'f=wobble&g=1,2,3,4,5,6,7,8,9,10,11,12,13');
    expect(rejections.map((r) => r.name)).toEqual(['f', 'g']);
    expect(values.f).toBe('box');
    expect(values.g).toHaveLength(12);
  });
});

describe('convolution1dPresets', () => {
  it.each(convolution1dPresets.map((p) => [p.id, p] as const))('%s survives an encode/decode round trip unchanged (reconcile included)', (_, preset) => {
    const values = { ...defaultParams(convolution1dParams), ...preset.values };
    const { values: decoded, rejections } = decodeWidgetParams(convolution1dMeta, encodeParams(convolution1dParams, values));
    expect(rejections).toEqual([]);
    expect(decoded).toEqual(values);
  });

  it('every preset has a name in en and zh', () => {
    for (const preset of convolution1dPresets) {
      expect(convolution1dText.en.presetNames[preset.id]).toBeTruthy();
      expect(convolution1dText.zh.presetNames[preset.id]).toBeTruthy();
    }
  });
});
