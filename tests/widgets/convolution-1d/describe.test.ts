// Tests of the sentences convolution-1d says: the figure's description and the player's position.
import { describe, expect, it } from 'vitest';
import { describeFigure, describePosition, shapeDescription } from '../../../src/widgets/convolution-1d/describe.ts';
import { convolution1dAt, prepareConvolution1d } from '../../../src/widgets/convolution-1d/model.ts';

const discreteSetup = prepareConvolution1d({ mode: 'discrete', f: [1, 2, 3], g: [0, 1, 0.5], flip: true });
const continuousSetup = prepareConvolution1d({ mode: 'continuous', f: 'box', g: 'exponential', flip: true });

describe('describePosition', () => {
  it.each([
    ['en', 'n = 2: (f*g)[2] = 2.5'],
    ['zh', 'n = 2：(f*g)[2] = 2.5'],
  ] as const)('discrete n=2 in %s -> %s', (lang, text) => {
    expect(describePosition(discreteSetup, 2, lang)).toBe(text);
  });

  it('continuous t=0.5 -> t = 0.5: (f*g)(0.5) ≈ 0.632', () => {
    expect(describePosition(continuousSetup, 0.5, 'en')).toBe('t = 0.5: (f*g)(0.5) ≈ 0.632');
  });

  it('negative numbers read with the minus sign −: n = −1 (flip off), t = −0.5', () => {
    const correlated = prepareConvolution1d({ mode: 'discrete', f: [1, -2], g: [-1, 0.5], flip: false });
    expect(describePosition(correlated, -1, 'en')).toBe('n = −1: (f⋆g)[−1] = 0.5');
    expect(describePosition(correlated, 0, 'en')).toBe('n = 0: (f⋆g)[0] = −2');
    expect(describePosition(continuousSetup, -0.5, 'en')).toBe('t = −0.5: (f*g)(−0.5) ≈ 0');
  });

  it('discrete shift beyond the output is clamped to its last index', () => {
    expect(describePosition(discreteSetup, 20, 'en')).toBe('n = 4: (f*g)[4] = 1.5');
  });
});

describe('describeFigure', () => {
  it('discrete en names f, g, n, the products, the value and the output so far', () => {
    const view = convolution1dAt(discreteSetup, 2);
    expect(describeFigure(view, [1, 2, 3], [0, 1, 0.5], 'en')).toBe(
      'f = 1, 2, 3 and g = 0, 1, 0.5, g flipped and placed at n = 2. The products 1·0.5, 2·1, 3·0 add up to (f*g)[2] = 2.5. Output so far: 0, 1, 2.5.',
    );
  });

  it('discrete with negatives: −2·(−1), output so far −1, 2.5, all with the minus sign −', () => {
    const view = convolution1dAt(prepareConvolution1d({ mode: 'discrete', f: [1, -2], g: [-1, 0.5], flip: true }), 1);
    expect(describeFigure(view, [1, -2], [-1, 0.5], 'en')).toBe(
      'f = 1, −2 and g = −1, 0.5, g flipped and placed at n = 1. The products 1·0.5, −2·(−1) add up to (f*g)[1] = 2.5. Output so far: −1, 2.5.',
    );
  });

  it('continuous zh names the shapes in Chinese and gives the value', () => {
    const view = convolution1dAt(continuousSetup, 0.5);
    expect(describeFigure(view, 'box', 'exponential', 'zh')).toBe(
      'f 为矩形函数，g 为指数函数；g 翻转后平移到 t = 0.5。阴影是两者的乘积，面积 (f*g)(0.5) ≈ 0.632；下方的输出曲线画到 t = 0.5。',
    );
  });

  it('a list reads as steps in continuous mode: steps 0, −1, 3', () => {
    expect(shapeDescription([0, -1, 3], 'en')).toBe('steps 0, −1, 3');
  });
});
