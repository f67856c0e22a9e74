// Tests of the portable logarithm and cosine against Math.log and Math.cos.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableCosTurns, portableLog } from '../../src/engine/portableMath.ts';

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
