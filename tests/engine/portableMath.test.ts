// Tests of the portable logarithm, cosine, exp and tanh against Math.log, Math.cos, Math.exp and Math.tanh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableCosTurns, portableExp, portableLog, portableTanh, portableTanhArray } from '../../src/engine/portableMath.ts';

describe('portableLog', () => {
  it('portableLog(x) -> Math.log(x) within 1e-15 relative for x in (0, 1e6]', () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -40, max: 1e6, noNaN: true }), (x) => {
        const expected = Math.log(x);
        return Math.abs(portableLog(x) - expected) <= 1e-15 * Math.max(1, Math.abs(expected));
      }),
      { numRuns: 2000 },
    );
  });

  it('portableLog at 1, 2, 2^-32, sqrt(2) -> 0, ln2, -32 ln2, ln2/2', () => {
    expect(portableLog(1)).toBe(0);
    expect(portableLog(2)).toBeCloseTo(Math.LN2, 15);
    expect(portableLog(2 ** -32)).toBeCloseTo(-32 * Math.LN2, 13);
    expect(portableLog(Math.SQRT2)).toBeCloseTo(Math.LN2 / 2, 15);
  });

  it('portableLog of 0, -1, NaN -> -Infinity, NaN, NaN', () => {
    expect(portableLog(0)).toBe(-Infinity);
    expect(portableLog(-1)).toBeNaN();
    expect(portableLog(NaN)).toBeNaN();
  });
});

describe('portableCosTurns', () => {
  it('portableCosTurns(t) -> Math.cos(2 pi t) within 2e-15 for t in [0,1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (t) => {
        return Math.abs(portableCosTurns(t) - Math.cos(2 * Math.PI * t)) <= 2e-15;
      }),
      { numRuns: 2000 },
    );
  });

  it('portableCosTurns at 0, 1/4, 1/2, 3/4, 1/8 -> 1, 0, -1, 0, sqrt(1/2)', () => {
    expect(portableCosTurns(0)).toBe(1);
    expect(Math.abs(portableCosTurns(0.25))).toBeLessThan(1e-16);
    expect(portableCosTurns(0.5)).toBe(-1);
    expect(Math.abs(portableCosTurns(0.75))).toBeLessThan(1e-16);
    expect(portableCosTurns(0.125)).toBeCloseTo(Math.SQRT1_2, 15);
  });
});

describe('portableExp', () => {
  it('portableExp(x) -> Math.exp(x) within 1e-15 relative for x in [-700, 700]', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        const expected = Math.exp(x);
        return Math.abs(portableExp(x) - expected) <= 1e-15 * expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('portableExp at 0, 1, 710, -746, NaN -> 1, e, Infinity, 0, NaN', () => {
    expect(portableExp(0)).toBe(1);
    expect(portableExp(1)).toBeCloseTo(Math.E, 15);
    expect(portableExp(710)).toBe(Infinity);
    expect(portableExp(-746)).toBe(0);
    expect(portableExp(NaN)).toBeNaN();
  });
});

describe('portableTanh', () => {
  it('portableTanh(x) -> Math.tanh(x) within 3e-8 absolute and 1.3e-7 relative (float32 accuracy) for x in [-25, 25]', () => {
    fc.assert(
      fc.property(fc.double({ min: -25, max: 25, noNaN: true }), (x) => {
        const expected = Math.tanh(x);
        const error = Math.abs(portableTanh(x) - expected);
        return error <= 3e-8 && error <= 1.3e-7 * Math.abs(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('portableTanh at 0, -0, 20, -30, 1e-30, NaN -> 0, -0, 1, -1, about 1e-30, NaN; odd', () => {
    expect(portableTanh(0)).toBe(0);
    expect(Object.is(portableTanh(-0), -0)).toBe(true);
    expect(portableTanh(20)).toBe(1);
    expect(portableTanh(-30)).toBe(-1);
    expect(portableTanh(1e-30)).toBeCloseTo(1e-30, 36);
    expect(portableTanh(NaN)).toBeNaN();
    for (const x of [0.3, 2.5, 7.9, 8.2, 12]) expect(portableTanh(-x)).toBe(-portableTanh(x));
  });
});

describe('portableTanhArray', () => {
  it('x of 2000 values in [-30,30] plus 0, 1e-5, -8, NaN -> y[i] = portableTanh(x[i]) exactly', () => {
    const values = [...Array.from({ length: 2000 }, (_, i) => -30 + i * 0.03), 0, 1e-5, -8, NaN];
    const x = Float32Array.from(values);
    const y = new Float32Array(x.length);
    portableTanhArray(x, y, x.length);
    x.forEach((v, i) => expect(Object.is(y[i], Math.fround(portableTanh(v)))).toBe(true));
  });
});
