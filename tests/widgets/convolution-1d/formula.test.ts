// Tests of the TeX formulas of convolution-1d: the integral at t and the sum written term by term.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { continuousAt, prepareContinuous } from '../../../src/widgets/convolution-1d/continuousModel.ts';
import { discreteAt, prepareDiscrete } from '../../../src/widgets/convolution-1d/discreteModel.ts';
import { continuousFormula, discreteFormula, kernelArgument } from '../../../src/widgets/convolution-1d/formula.ts';
import { continuousShape } from '../../../src/widgets/convolution-1d/shapes.ts';

describe('kernelArgument', () => {
  it.each([
    ['0.5', true, '0.5-\\tau'],
    ['0', true, '-\\tau'],
    ['-1.25', true, '-1.25-\\tau'],
    ['0.5', false, '\\tau-0.5'],
    ['0', false, '\\tau'],
    ['-1.25', false, '\\tau+1.25'],
  ] as const)('shift=%s flip=%s -> %s', (shift, flip, expected) => {
    expect(kernelArgument(shift, '\\tau', flip)).toBe(expected);
  });
});

describe('discreteFormula', () => {
  it('f=1,2,3 g=0,1,0.5 n=2: the sum term by term with the numbers, = 2.5', () => {
    const view = discreteAt(prepareDiscrete([1, 2, 3], [0, 1, 0.5], true), 2);
    expect(discreteFormula(view)).toBe(
      '{(f*g)[2]} = {\\sum_k f[k]\\,g[2-k]} = {f[0]\\,g[2]} + {f[1]\\,g[1]} + {f[2]\\,g[0]} = {1\\cdot 0.5} + {2\\cdot 1} + {3\\cdot 0} = {2.5}',
    );
  });

  it('cross-correlation at n=-1 with a negative number in parentheses', () => {
    const view = discreteAt(prepareDiscrete([1, -2, 3], [0, 1, 0.5], false), -1);
    expect(discreteFormula(view)).toBe(
      '{(f\\star g)[-1]} = {\\sum_k f[k]\\,g[k+1]} = {f[0]\\,g[1]} + {f[1]\\,g[2]} = {1\\cdot 1} + {(-2)\\cdot 0.5} = {0}',
    );
  });

  it('convolution at n=0 writes g[-k]', () => {
    expect(discreteFormula(discreteAt(prepareDiscrete([4], [2], true), 0))).toBe('{(f*g)[0]} = {\\sum_k f[k]\\,g[-k]} = {f[0]\\,g[0]} = {4\\cdot 2} = {8}');
  });
});

describe('continuousFormula', () => {
  const shape = continuousShape;
  it('box * exponential at t=0.5: the integral ≈ 0.632', () => {
    const view = continuousAt(prepareContinuous(shape('box'), shape('exponential'), true), 0.5);
    expect(continuousFormula(view)).toBe('{(f*g)(0.5)} = {\\int_{-\\infty}^{\\infty} f(\\tau)\\,g(0.5-\\tau)\\,d\\tau} \\approx {0.632}');
  });

  it('step ⋆ step (infinite): the limits show the cut at ±20', () => {
    const view = continuousAt(prepareContinuous(shape('step'), shape('step'), false), -1);
    expect(continuousFormula(view)).toBe('{(f\\star g)(-1)} = {\\int_{-20}^{20} f(\\tau)\\,g(\\tau+1)\\,d\\tau} \\approx {20}');
  });

  it('every formula is valid TeX for KaTeX (twelve negative values, both modes and flips)', () => {
    const list = Array.from({ length: 12 }, (_, i) => -100 + i * 0.001);
    for (const flip of [true, false]) {
      const discrete = discreteAt(prepareDiscrete(list, list, flip), 5);
      const continuous = continuousAt(prepareContinuous(shape(list), shape('gaussian'), flip), -6);
      for (const tex of [discreteFormula(discrete), continuousFormula(continuous)]) {
        expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
      }
    }
  });
});
