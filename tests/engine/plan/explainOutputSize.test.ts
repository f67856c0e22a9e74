// Tests of explainOutputSize: the seed's example, every step's numbers, both conventions, errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { explainOutputSize, type OutputSizeExplanation, type WindowExplanation } from '../../../src/engine/plan/explainOutputSize.ts';
import { convOutputSize, convTransposeOutputSize, poolOutputSize } from '../../../src/engine/plan/outputSize.ts';

function windowed(e: OutputSizeExplanation): WindowExplanation {
  if (e.kind === 'convTranspose') throw new Error('expected a window explanation');
  return e;
}

function stepValue(e: OutputSizeExplanation, id: string): number | undefined {
  return e.steps.find((s) => s.id === id)?.value;
}

/**
 * Evaluates the left side of a substituted plain-text formula ("floor((9 + 2*0 - 1*(2-1) - 1) / 2) + 1 = ...")
 * with a tiny parser for numbers, + - * /, parentheses, floor() and ceil().
 */
function evaluateLeft(text: string): number {
  const tokens = text.split(' = ')[0].match(/floor|ceil|\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const next = (): string => tokens[at++];
  const primary = (): number => {
    const t = next();
    if (t === 'floor' || t === 'ceil') {
      next();
      const v = sum();
      next();
      return t === 'floor' ? Math.floor(v) : Math.ceil(v);
    }
    if (t === '(') {
      const v = sum();
      next();
      return v;
    }
    return Number(t);
  };
  const product = (): number => {
    let v = primary();
    while (peek() === '*' || peek() === '/') v = next() === '*' ? v * primary() : v / primary();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + product() : v - product();
    return v;
  };
  return sum();
}

describe('explainOutputSize', () => {
  it('explainOutputSize seed example: 28 -5+1 = 24, 24 -3+1 = 22, pool 2 -> 11, 11 -3+1 = 9, pool 2 -> 4 dropping one row', () => {
    const a = explainOutputSize({ kind: 'conv', inputSize: 28, kernelSize: 5, padding: 'valid' });
    const b = explainOutputSize({ kind: 'conv', inputSize: a.outputSize, kernelSize: 3, padding: 'valid' });
    const c = windowed(explainOutputSize({ kind: 'pool', inputSize: b.outputSize, kernelSize: 2 }));
    const d = explainOutputSize({ kind: 'conv', inputSize: c.outputSize, kernelSize: 3, padding: 'valid' });
    const e = windowed(explainOutputSize({ kind: 'pool', inputSize: d.outputSize, kernelSize: 2 }));
    expect([a, b, c, d, e].map((x) => x.outputSize)).toEqual([24, 22, 11, 9, 4]);
    expect(stepValue(a, 'numerator')).toBe(23);
    expect(c.rounding.remainder).toBe(0);
    expect(c.rounding.uncoveredInput).toBe(0);
    expect(e.numerator).toBe(7);
    expect(e.quotient).toBe(3.5);
    expect(e.rounding).toMatchObject({ mode: 'floor', value: 3, remainder: 1, uncovered: 1, uncoveredInput: 1, uncoveredPadding: 0 });
    expect(e.steps.map((s) => s.id)).toEqual(['padding', 'span', 'numerator', 'divide', 'round', 'plusOne', 'result']);
    expect(e.perSide.substitutedText).toBe('floor((9 + 2*0 - 1*(2-1) - 1) / 2) + 1 = floor(7 / 2) + 1 = 3 + 1 = 4');
    expect(e.steps.find((s) => s.id === 'round')?.text).toContain('never covered');
  });

  it("explainOutputSize conv n=7 k=4 s=2 'same' -> P=3 (1 before, 2 after), p=1.5, out 4", () => {
    const e = windowed(explainOutputSize({ kind: 'conv', inputSize: 7, kernelSize: 4, stride: 2, padding: 'same' }));
    expect(e.padding).toMatchObject({ source: 'same', before: 1, after: 2, total: 3, perSide: 1.5, asymmetric: true, sameTarget: 4 });
    expect(e.padding.text.join(' ')).toContain('odd pixel goes after');
    expect(e.total.substitutedText).toBe('floor((7 + 3 - 1*(4-1) - 1) / 2) + 1 = floor(6 / 2) + 1 = 3 + 1 = 4');
    expect(e.outputSize).toBe(4);
  });

  it("explainOutputSize conv n=5 k=3 d=2 'full' -> p=4 per side, out 9", () => {
    const e = explainOutputSize({ kind: 'conv', inputSize: 5, kernelSize: 3, dilation: 2, padding: 'full' });
    expect(e.padding).toMatchObject({ source: 'full', before: 4, after: 4, total: 8, perSide: 4 });
    expect(e.span).toBe(5);
    expect(e.outputSize).toBe(9);
  });

  it('explainOutputSize pool n=5 k=2 s=2 p=1 ceilMode -> 3 after dropping the window that starts in the right padding', () => {
    const e = windowed(explainOutputSize({ kind: 'pool', inputSize: 5, kernelSize: 2, stride: 2, padding: 1, ceilMode: true }));
    expect(e.ceilCorrection).toBe(true);
    expect(e.rounding).toMatchObject({ mode: 'ceil', value: 3, remainder: 1, overhang: 1 });
    expect(stepValue(e, 'plusOne')).toBe(4);
    expect(stepValue(e, 'ceilCorrection')).toBe(3);
    expect(e.outputSize).toBe(3);
    expect(e.perSide.substitutedTex).toContain('\\left\\lceil');
  });

  it('explainOutputSize pool n=9 k=2 ceilMode -> 5, the last window holding one row', () => {
    const e = windowed(explainOutputSize({ kind: 'pool', inputSize: 9, kernelSize: 2, ceilMode: true }));
    expect(e.outputSize).toBe(5);
    expect(e.ceilCorrection).toBe(false);
    expect(e.rounding).toMatchObject({ uncovered: 0, overhang: 1 });
  });

  it('explainOutputSize convTranspose n=3 k=3 s=2 p=1 outputPadding=1 -> 6 via stretch 4, full 7, crop 5, +1', () => {
    const e = explainOutputSize({ kind: 'convTranspose', inputSize: 3, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1 });
    expect(e.kind).toBe('convTranspose');
    if (e.kind !== 'convTranspose') return;
    expect([e.stretched, e.full, stepValue(e, 'crop'), e.outputSize]).toEqual([4, 7, 5, 6]);
    expect(e.perSide.substitutedText).toBe('(3-1)*2 - 2*1 + 1*(3-1) + 1 + 1 = 6');
    expect(e.padding.text[0]).toContain('cropped');
  });

  it('explainOutputSize result equals convOutputSize / poolOutputSize and the substituted formulas evaluate to it (fast-check)', () => {
    const paddingArb = fc.oneof(fc.nat(3), fc.constantFrom<'valid' | 'same' | 'full'>('valid', 'same', 'full'));
    fc.assert(
      fc.property(
        fc.constantFrom<'conv' | 'pool'>('conv', 'pool'),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        paddingArb,
        fc.boolean(),
        (kind, n, k, s, d, padding, ceilMode) => {
          const pad = kind === 'pool' ? (typeof padding === 'number' ? Math.min(padding, Math.floor(k / 2)) : 0) : padding;
          const run = (): number =>
            kind === 'pool'
              ? poolOutputSize(n, { kernelSize: k, stride: s, padding: pad as number, dilation: d, ceilMode })
              : convOutputSize(n, { kernelSize: k, stride: s, padding: pad, dilation: d, ceilMode });
          let expected: number;
          try {
            expected = run();
          } catch {
            return;
          }
          const e = windowed(
            kind === 'pool'
              ? explainOutputSize({ kind, inputSize: n, kernelSize: k, stride: s, padding: pad as number, dilation: d, ceilMode })
              : explainOutputSize({ kind, inputSize: n, kernelSize: k, stride: s, padding: pad, dilation: d, ceilMode }),
          );
          expect(e.outputSize).toBe(expected);
          expect(e.steps[e.steps.length - 1]).toMatchObject({ id: 'result', value: expected });
          expect(evaluateLeft(e.perSide.substitutedText)).toBe(expected);
          expect(evaluateLeft(e.total.substitutedText)).toBe(expected);
          expect(e.rounding.uncovered).toBe(e.rounding.uncoveredInput + e.rounding.uncoveredPadding);
          if (!ceilMode) expect(e.rounding.uncovered).toBe(e.rounding.remainder);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('explainOutputSize convTranspose result equals convTransposeOutputSize and its formulas evaluate to it (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(3),
        fc.nat(3),
        (n, k, s, d, p, a) => {
          const o = { kernelSize: k, stride: s, dilation: d, padding: p, outputPadding: a };
          let expected: number;
          try {
            expected = convTransposeOutputSize(n, o);
          } catch {
            return;
          }
          const e = explainOutputSize({ kind: 'convTranspose', inputSize: n, ...o });
          expect(e.outputSize).toBe(expected);
          expect(evaluateLeft(e.perSide.substitutedText)).toBe(expected);
          expect(evaluateLeft(e.total.substitutedText)).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['conv n=3 k=5', () => explainOutputSize({ kind: 'conv', inputSize: 3, kernelSize: 5 }), () => convOutputSize(3, { kernelSize: 5 })],
    ['conv stride 0', () => explainOutputSize({ kind: 'conv', inputSize: 8, kernelSize: 3, stride: 0 }), () => convOutputSize(8, { kernelSize: 3, stride: 0 })],
    ['pool padding 2 k=3', () => explainOutputSize({ kind: 'pool', inputSize: 8, kernelSize: 3, padding: 2 }), () => poolOutputSize(8, { kernelSize: 3, padding: 2 })],
    [
      'convTranspose outputPadding 2 s=2',
      () => explainOutputSize({ kind: 'convTranspose', inputSize: 3, kernelSize: 3, stride: 2, outputPadding: 2 }),
      () => convTransposeOutputSize(3, { kernelSize: 3, stride: 2, outputPadding: 2 }),
    ],
  ])('explainOutputSize %s throws the same EngineError as the output-size function', (_name, explain, direct) => {
    let fromDirect = '';
    try {
      direct();
    } catch (e) {
      fromDirect = (e as Error).message;
    }
    expect(fromDirect).not.toBe('');
    expect(explain).toThrow(EngineError);
    expect(explain).toThrow(fromDirect);
  });

  it.each([
    ["kind 'deconv'", { kind: 'deconv', inputSize: 5, kernelSize: 3 }, "explainOutputSize: kind \"deconv\" is not known (use one of 'conv', 'pool', 'convTranspose')"],
    ['kind left out', { inputSize: 5, kernelSize: 3 }, "explainOutputSize: kind undefined is not known (use one of 'conv', 'pool', 'convTranspose')"],
    ['request undefined', undefined, 'explainOutputSize: options undefined are not allowed (explainOutputSize needs an object of options'],
  ])('explainOutputSize %s throws EngineError naming it and the allowed kinds', (_name, request, message) => {
    const run = (): unknown => explainOutputSize(request as never);
    expect(run).toThrow(EngineError);
    expect(run).toThrow(message);
  });
});
