// The URL codec: decoding every param kind (taken, clamped, defaulted, unknown, repeated) and the
// round trip encode -> decode for arbitrary valid values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParamTable, ParamValues } from '../../src/state/paramTable.ts';
import { decodeParams, encodeParams } from '../../src/state/urlCodec.ts';

const doc = { en: 'x', zh: 'x' };
const table: ParamTable = [
  { name: 'mode', kind: 'word', default: 'continuous', words: ['continuous', 'discrete'], label: doc, doc },
  { name: 'shift', kind: 'number', default: -1, min: -6, max: 6, step: 0.05, label: doc, doc },
  { name: 'size', kind: 'integer', default: 3, min: 1, max: 11, label: doc, doc },
  { name: 'flip', kind: 'flag', default: true, label: doc, doc },
  { name: 'kernel', kind: 'numbers', default: [1, 2, 1], minLength: 1, maxLength: 4, min: -10, max: 10, label: doc, doc },
  { name: 'f', kind: 'wordOrNumbers', default: 'box', words: ['box', 'step'], minLength: 1, maxLength: 3, min: -5, max: 5, label: doc, doc },
];

describe('decodeParams', () => {
  it('empty search -> every default, no rejection', () => {
    const decoded = decodeParams(table, '');
    expect(decoded.values).toEqual({ mode: 'continuous', shift: -1, size: 3, flip: true, kernel: [1, 2, 1], f: 'box' });
    expect(decoded.rejections).toEqual([]);
  });

  it('valid values of every kind are taken as given: ?mode=DISCRETE&shift=2.5&size=5&flip=0&kernel=1, -2&f=1，2、3', () => {
    const decoded = decodeParams(table, '?mode=DISCRETE&shift=2.5&size=5&flip=0&kernel=1,%20-2&f=1，2、3');
    expect(decoded.values).toEqual({ mode: 'discrete', shift: 2.5, size: 5, flip: false, kernel: [1, -2], f: [1, 2, 3] });
    expect(decoded.rejections).toEqual([]);
  });

  it.each([
    ['shift=abc', 'shift', -1, 'not a number'],
    ['shift=Infinity', 'shift', -1, 'not a number'],
    ['shift=', 'shift', -1, 'not a number'],
    ['shift=99', 'shift', 6, 'above the maximum 6'],
    ['shift=-99', 'shift', -6, 'below the minimum -6'],
    ['size=2.6', 'size', 3, 'not a whole number'],
    ['size=0', 'size', 1, 'below the minimum 1'],
    ['mode=sideways', 'mode', 'continuous', 'not one of continuous, discrete'],
    ['flip=maybe', 'flip', true, 'not 1 (on) or 0 (off)'],
    ['kernel=1,x', 'kernel', [1, 2, 1], '"x" in the list is not a number'],
    ['kernel=', 'kernel', [1, 2, 1], 'needs at least 1 number'],
    ['kernel=1,2,3,4,5', 'kernel', [1, 2, 3, 4], 'takes at most 4 numbers'],
    ['kernel=1,20', 'kernel', [1, 10], 'every number must lie in [-10, 10]'],
    ['f=circle', 'f', 'box', 'neither one of box, step nor a list of numbers'],
  ])('%s -> %s = %j, reported as "%s"', (search, name, value, reason) => {
    const decoded = decodeParams(table, search);
    expect(decoded.values[name]).toEqual(value);
    expect(decoded.rejections).toHaveLength(1);
    expect(decoded.rejections[0].name).toBe(name);
    expect(decoded.rejections[0].reason.en).toContain(reason);
    expect(decoded.rejections[0].reason.zh.length).toBeGreaterThan(0);
  });

  it('unknown name ?colour=red -> ignored and reported', () => {
    const decoded = decodeParams(table, 'colour=red');
    expect(decoded.values).toEqual(decodeParams(table, '').values);
    expect(decoded.rejections).toMatchObject([{ name: 'colour', raw: 'red', usedValue: '' }]);
  });

  it('repeated name ?size=4&size=5 -> the first is used, the second reported', () => {
    const decoded = decodeParams(table, 'size=4&size=5');
    expect(decoded.values.size).toBe(4);
    expect(decoded.rejections).toMatchObject([{ name: 'size', raw: '5', usedValue: '4' }]);
  });

  it('ignored names (embed options) ?lang=zh are skipped silently', () => {
    expect(decodeParams(table, 'lang=zh', { ignore: ['lang'] }).rejections).toEqual([]);
  });

  it('a 5,000-character value is reported shortened to 40 characters plus an ellipsis', () => {
    const decoded = decodeParams(table, `shift=${'9'.repeat(5000)}x`);
    expect(decoded.rejections[0].raw).toHaveLength(41);
  });

  it('shift=-0 decodes to 0, not -0', () => {
    expect(Object.is(decodeParams(table, 'shift=-0').values.shift, 0)).toBe(true);
  });
});

describe('encodeParams', () => {
  it('defaults are omitted: encode(defaults) = ""', () => {
    expect(encodeParams(table, decodeParams(table, '').values)).toBe('');
  });

  it('changed values in table order, commas kept readable: mode=discrete&kernel=1,-2', () => {
    const values = { ...decodeParams(table, '').values, kernel: [1, -2], mode: 'discrete' };
    expect(encodeParams(table, values)).toBe('mode=discrete&kernel=1,-2');
  });

  it('omitDefaults false writes every param', () => {
    expect(encodeParams(table, decodeParams(table, '').values, { omitDefaults: false })).toBe(
      'mode=continuous&shift=-1&size=3&flip=1&kernel=1,2,1&f=box',
    );
  });

  it('round trip: decode(encode(v)) = v with no rejection, for arbitrary valid values', () => {
    const values = fc.record({
      mode: fc.constantFrom('continuous', 'discrete'),
      shift: fc.double({ min: -6, max: 6, noNaN: true }).map((x) => Number(x.toPrecision(12)) + 0),
      size: fc.integer({ min: 1, max: 11 }),
      flip: fc.boolean(),
      kernel: fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 1, maxLength: 4 }),
      f: fc.oneof(fc.constantFrom('box', 'step'), fc.array(fc.double({ min: -5, max: 5, noNaN: true }).map((x) => Number(x.toPrecision(12)) + 0), { minLength: 1, maxLength: 3 })),
    });
    fc.assert(
      fc.property(values, (v: ParamValues) => {
        const decoded = decodeParams(table, encodeParams(table, v));
        expect(decoded.rejections).toEqual([]);
        expect(decoded.values).toEqual(v);
      }),
    );
  });
});
