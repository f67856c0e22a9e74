// Tests of the value scales and ticks of convolution-1d's figures.
import { describe, expect, it } from 'vitest';
import { endTicks, labelWidth, leftMarginFor, tickLabel, ticksOf, valueScale, withMinusSign } from '../../src/render/convolution1dAxes.ts';

describe('convolution1dAxes', () => {
  it('valueScale [0.2, 0.9] -> domain [0, 1] (0 included, nice), range bottom..top', () => {
    const scale = valueScale([0.2, 0.9], 100, 0);
    expect(scale.domain()).toEqual([0, 1]);
    expect(scale(0)).toBe(100);
    expect(scale(1)).toBe(0);
  });

  it.each([
    [[0, 0]],
    [[Number.NaN, 1]],
    [[5, 5]],
  ] as const)('valueScale %j never collapses', (range) => {
    const [low, high] = valueScale(range, 100, 0).domain();
    expect(high).toBeGreaterThan(low);
    expect(Number.isFinite(low) && Number.isFinite(high)).toBe(true);
  });

  it('endTicks of [-4, 2] label −4, 0, 2', () => {
    expect(endTicks(valueScale([-4, 2], 100, 0)).map((t) => t.label)).toEqual(['−4', '0', '2']);
  });

  it('ticksOf [-6, 6] at 6 ticks labels every 2', () => {
    expect(ticksOf(valueScale([-6, 6], 100, 0), 6).map((t) => t.label)).toEqual(['−6', '−4', '−2', '0', '2', '4', '6']);
  });

  it('tickLabel keeps 4 significant digits: 0.123456 -> 0.1235, -0 -> 0', () => {
    expect(tickLabel(0.123456)).toBe('0.1235');
    expect(tickLabel(-0)).toBe('0');
  });
});

describe('withMinusSign and labelWidth', () => {
  it.each([
    ['-1.5', '−1.5'],
    ['1e-7', '1e−7'],
    ['-2, 3, -4', '−2, 3, −4'],
    ['0.5', '0.5'],
  ])('withMinusSign(%s) -> %s', (text, shown) => {
    expect(withMinusSign(text)).toBe(shown);
  });

  it('labelWidth counts 7.2 px a character at the 12 px font: −10 -> 21.6', () => {
    expect(labelWidth('−10')).toBeCloseTo(21.6, 9);
  });
});

describe('leftMarginFor', () => {
  it.each([
    [['0'], 28],
    [['0.7', '0'], 30],
    [['−120000', '0'], 59],
  ])('labels %j -> %d px', (labels, margin) => {
    expect(leftMarginFor(labels.map((label) => ({ position: 0, label })))).toBe(margin);
  });
});
