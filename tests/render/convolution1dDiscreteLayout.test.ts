// Tests of the discrete figure's layout: rows, stems, products, bars filled up to n, no NaN.
import { describe, expect, it } from 'vitest';
import { TICK_LABEL_REACH, TITLE_ASCENT, TITLE_CLEARANCE, labelWidth, type Tick } from '../../src/render/convolution1dAxes.ts';
import { labelStep, layoutConvolution1dDiscrete } from '../../src/render/convolution1dDiscreteLayout.ts';
import { convolution1dAt, prepareConvolution1d } from '../../src/widgets/convolution-1d/model.ts';

function viewAt(f: number[], g: number[], shift: number, flip = true) {
  const view = convolution1dAt(prepareConvolution1d({ mode: 'discrete', f, g, flip }), shift);
  if (view.mode !== 'discrete') throw new Error('expected a discrete view');
  return view;
}

/** Asserts that neighbouring labels (centred at their positions) leave a gap between them. */
function expectApart(ticks: readonly Tick[]) {
  for (let i = 1; i < ticks.length; i++) {
    const gap = ticks[i].position - ticks[i - 1].position - (labelWidth(ticks[i].label) + labelWidth(ticks[i - 1].label)) / 2;
    expect(gap).toBeGreaterThanOrEqual(6);
  }
}

describe('labelStep', () => {
  it.each([
    [40, 14.4, 1],
    [15, 14.4, 2],
    [10.1, 21.6, 5],
    [6, 21.6, 5],
    [4, 21.6, 10],
    [0.5, 21.6, 100],
  ])('slot %d px, labels %d px wide -> every %d', (slot, widest, step) => {
    expect(labelStep(slot, widest)).toBe(step);
  });
});

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

  it('products 0.5, 2, 0 at k = 0, 1, 2 in the 12 px label font', () => {
    expect(geometry.products.map((p) => p.text)).toEqual(['0.5', '2', '0']);
    expect(geometry.productFontSize).toBe(12);
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

  it('12 x 12 values of -100 at n=11: 34 slots; k labels every 5, never touching; products kept apart, none hidden at random', () => {
    const big = Array(12).fill(-100) as number[];
    const dense = layoutConvolution1dDiscrete(viewAt(big, big, 11));
    expect(dense.xTicks.map((t) => t.label)).toEqual(['−10', '−5', '0', '5', '10', '15', '20']);
    expect(dense.products.length).toBeGreaterThan(0);
    expect(dense.products.length).toBeLessThan(12);
    expectApart(dense.products.map((p) => ({ position: p.x, label: p.text })));
    expect(dense.products.every((p) => p.text === '10000')).toBe(true);
    expect(JSON.stringify(dense)).not.toMatch(/NaN|null|Infinity/);
  });

  it.each([400, 300, 260])('12 x 12 cross-correlation at width %d: k labels and products never touch, labels 12 px', (width) => {
    const values = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? -1.25 : 3.5));
    const dense = layoutConvolution1dDiscrete(viewAt(values, values, 0, false), { width, height: 440 });
    expectApart(dense.xTicks);
    expectApart(dense.products.map((p) => ({ position: p.x, label: p.text })));
    expect(dense.productFontSize).toBe(12);
    expect(dense.xTicks.length).toBeGreaterThanOrEqual(4);
  });

  it('negative products are written with the minus sign −: f=1,2 g=-1 n=1 -> −2', () => {
    const negative = layoutConvolution1dDiscrete(viewAt([1, 2], [-1], 1));
    expect(negative.products.map((p) => p.text)).toEqual(['−2']);
  });

  it.each([
    [[1, 2, 3], [0, 1, 0.5]],
    [Array(12).fill(-100) as number[], Array(12).fill(100) as number[]],
  ])('f=%j g=%j: every row title sits clear below the lowest tick label of the row above', (f, g) => {
    const { rows } = layoutConvolution1dDiscrete(viewAt(f, g, 0));
    const titleTop = (titleY: number) => titleY - TITLE_ASCENT;
    expect(titleTop(rows.g.titleY)).toBeGreaterThanOrEqual(rows.f.bottom + TICK_LABEL_REACH + TITLE_CLEARANCE);
    expect(titleTop(rows.products.titleY)).toBeGreaterThanOrEqual(rows.g.bottom + TICK_LABEL_REACH + TITLE_CLEARANCE);
    expect(titleTop(rows.output.titleY)).toBeGreaterThan(rows.products.y);
    expect(titleTop(rows.f.titleY)).toBeGreaterThanOrEqual(0);
    expect(rows.f.titleY).toBeLessThan(rows.f.top - 8);
  });

  it('all zeros: every y is finite and bars have height 0', () => {
    const zeros = layoutConvolution1dDiscrete(viewAt([0, 0], [0], 0, false));
    expect(JSON.stringify(zeros)).not.toMatch(/NaN|null|Infinity/);
    expect(zeros.outputBars.every((b) => b.height === 0)).toBe(true);
  });
});
