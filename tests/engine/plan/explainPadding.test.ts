// Tests of explainPadding: each padding source, its numbers and its derivation lines.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { explainPadding } from '../../../src/engine/plan/explainPadding.ts';

describe('explainPadding', () => {
  it('explainPadding p=2 n=8 k=3 -> 2 before, 2 after, P=4', () => {
    expect(explainPadding('t', 2, 8, 3, 1, 1)).toMatchObject({ source: 'number', before: 2, after: 2, total: 4, perSide: 2, asymmetric: false, sameTarget: null });
  });

  it("explainPadding 'valid' n=8 k=3 -> 0", () => {
    const d = explainPadding('t', 'valid', 8, 3, 1, 1);
    expect(d).toMatchObject({ source: 'valid', total: 0 });
    expect(d.text).toHaveLength(1);
  });

  it("explainPadding 'full' n=5 k=3 d=2 -> 4 per side, the text showing d*(k-1) = 2*(3-1) = 4", () => {
    const d = explainPadding('t', 'full', 5, 3, 1, 2);
    expect(d).toMatchObject({ source: 'full', before: 4, after: 4, total: 8 });
    expect(d.text[0]).toContain('2*(3-1) = 4');
  });

  it("explainPadding 'same' n=6 k=3 s=2 -> out 3, P=1 put after, p=0.5", () => {
    const d = explainPadding('t', 'same', 6, 3, 2, 1);
    expect(d).toMatchObject({ source: 'same', before: 0, after: 1, total: 1, perSide: 0.5, asymmetric: true, sameTarget: 3 });
    expect(d.text).toHaveLength(3);
    expect(d.tex).toHaveLength(3);
    expect(d.text[1]).toContain('max(2*2 + 1*(3-1) + 1 - 6, 0)');
  });

  it("explainPadding 'same' n=7 k=1 s=3 -> P=0 (max clips the negative)", () => {
    expect(explainPadding('t', 'same', 7, 1, 3, 1)).toMatchObject({ total: 0, sameTarget: 3 });
  });

  it('explainPadding p=-1 throws naming the op and the value', () => {
    expect(() => explainPadding('conv2d', -1, 5, 3, 1, 1)).toThrow(EngineError);
    expect(() => explainPadding('conv2d', -1, 5, 3, 1, 1)).toThrow('conv2d: padding -1 is not allowed');
  });

  it.each([
    ['n=NaN', Number.NaN, 3, 1, 1, 'conv2d: input size NaN is not allowed (input size must be a whole number >= 1)'],
    ['n=0', 0, 3, 1, 1, 'conv2d: input size 0 is not allowed'],
    ['k=1.5', 5, 1.5, 1, 1, 'conv2d: kernel size 1.5 is not allowed (kernel size must be a whole number >= 1)'],
    ['s=0', 5, 3, 0, 1, 'conv2d: stride 0 is not allowed (stride must be a whole number >= 1)'],
    ['d=-1', 5, 3, 1, -1, 'conv2d: dilation -1 is not allowed (dilation must be a whole number >= 1)'],
  ])("explainPadding 'same' %s throws naming the op and the value", (_name, n, k, s, d, message) => {
    expect(() => explainPadding('conv2d', 'same', n, k, s, d)).toThrow(EngineError);
    expect(() => explainPadding('conv2d', 'same', n, k, s, d)).toThrow(message);
  });
});
