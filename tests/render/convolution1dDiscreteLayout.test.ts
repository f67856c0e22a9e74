// Tests of the discrete figure's layout: rows, stems, products, bars filled up to n, no NaN.
import { describe, expect, it } from 'vitest';
import { layoutConvolution1dDiscrete } from '../../src/render/convolution1dDiscreteLayout.ts';
import { convolution1dAt, prepareConvolution1d } from '../../src/widgets/convolution-1d/model.ts';

function viewAt(f: number[], g: number[], shift: number, flip = true) {
  const view = convolution1dAt(prepareConvolution1d({ mode: 'discrete', f, g, flip }), shift);
  if (view.mode !== 'discrete') throw new Error('expected a discrete view');
  return view;
}

describe('layoutConvolution1dDiscrete', () => {
  const geometry = layoutConvolution1dDiscrete(viewAt([1, 2, 3], [0, 1, 0.5], 2));

  it('f=1,2,3 g=0,1,0.5 n=2: 7 slots for k = -2..4, rows top to bottom', () => {
    expect(geometry.slot).toBeCloseTo((geometry.right - geometry.left) / 7, 6);
    expect(geometry.right).toBe(400 - 12);
    const { f, g, products, output } = geometry.rows;
    expect(f.bottom).toBeLessThan(g.top);
    expect(g.bottom).toBeLessThan(products.top);
    expect(products.y).toBeLessThan(output.top);
    expect(output.bottom).toBeLessThanOrEqual(geometry.height);
  });

  it('g stems sit at k = 2, 1, 0 (flipped at n=2) and are all active; f stems all active', () => {
    const x = (k: number) => geometry.fStems[k].x;
    expect(geometry.gStems.map((s) => s.x)).toEqual([x(2), x(1), x(0)]);
    expect(geometry.gStems.every((s) => s.active)).toBe(true);
    expect(geometry.fStems.every((s) => s.active)).toBe(true);
  });

  it('products 0.5, 2, 0 at k = 0, 1, 2 with a readable font', () => {
    expect(geometry.products.map((p) => p.text)).toEqual(['0.5', '2', '0']);
    expect(geometry.productFontSize).toBeGreaterThanOrEqual(6.5);
  });

  it('output bars n = 0..4, filled up to n = 2, the current one marked', () => {
    expect(geometry.outputBars.map((b) => [b.n, b.filled, b.current])).toEqual([
      [0, true, false],
      [1, true, false],
      [2, true, true],
      [3, false, false],
      [4, false, false],
    ]);
    expect(geometry.cursorX).toBe(geometry.fStems[2].x);
  });

  it('a negative output bar hangs below the zero line', () => {
    const negative = layoutConvolution1dDiscrete(viewAt([-2], [3], 0));
    const bar = negative.outputBars[0];
    expect(bar.y).toBeCloseTo(negative.rows.output.zeroY, 0);
    expect(bar.height).toBeGreaterThan(0);
  });

  it('12 x 12 values of 100: 34 slots, labels every 2 or more, products hidden when they cannot fit', () => {
    const big = Array(12).fill(-100) as number[];
    const dense = layoutConvolution1dDiscrete(viewAt(big, big, 11));
    expect(dense.xTicks.length).toBeLessThan(34);
    expect(dense.productFontSize).toBe(0);
    expect(JSON.stringify(dense)).not.toMatch(/NaN|null|Infinity/);
  });

  it('all zeros: every y is finite and bars have height 0', () => {
    const zeros = layoutConvolution1dDiscrete(viewAt([0, 0], [0], 0, false));
    expect(JSON.stringify(zeros)).not.toMatch(/NaN|null|Infinity/);
    expect(zeros.outputBars.every((b) => b.height === 0)).toBe(true);
  });
});
