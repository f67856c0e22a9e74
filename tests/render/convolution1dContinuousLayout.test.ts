// Tests of the continuous figure's layout: panels, paths, the output drawn up to t, no NaN.
import { describe, expect, it } from 'vitest';
import { layoutConvolution1dContinuous, shiftAtX } from '../../src/render/convolution1dContinuousLayout.ts';
import { TICK_LABEL_REACH, TITLE_ASCENT, TITLE_CLEARANCE } from '../../src/render/convolution1dAxes.ts';
import { DEFAULT_FIGURE_WIDTH, figureWidthFor, layoutConvolution1d } from '../../src/render/convolution1dLayout.ts';
import { convolution1dAt, prepareConvolution1d } from '../../src/widgets/convolution-1d/model.ts';

function viewAt(f: string | number[], g: string | number[], shift: number, flip = true) {
  const view = convolution1dAt(prepareConvolution1d({ mode: 'continuous', f, g, flip }), shift);
  if (view.mode !== 'continuous') throw new Error('expected a continuous view');
  return view;
}

describe('layoutConvolution1dContinuous', () => {
  it('box * exponential at t=0.5 in 480x330: panels stacked, left margin fits the label 0.7 (3 characters), shift at 6.5/12 of the width', () => {
    const geometry = layoutConvolution1dContinuous(viewAt('box', 'exponential', 0.5), { width: 480, height: 330 });
    expect(geometry.width).toBe(480);
    expect(geometry.top.bottom).toBeLessThan(geometry.bottom.top);
    expect(geometry.bottom.bottom).toBeLessThan(330);
    const { left, right } = geometry.top;
    expect(left).toBe(30);
    expect(right).toBe(480 - 12);
    expect(geometry.shiftX).toBeCloseTo(left + ((0.5 + 6) / 12) * (right - left), 0);
    expect(geometry.dot.x).toBe(geometry.shiftX);
  });

  it('the output path stops at t: its last point is the dot', () => {
    const geometry = layoutConvolution1dContinuous(viewAt('box', 'exponential', -1.3));
    const points = geometry.outputPath.split(/[ML]/).filter(Boolean);
    expect(points.at(-1)).toBe(`${geometry.dot.x},${geometry.dot.y}`);
    expect(points.length).toBeLessThan(241);
  });

  it('the product area is closed on the zero line', () => {
    const geometry = layoutConvolution1dContinuous(viewAt('box', 'box', 0));
    expect(geometry.productArea.endsWith('Z')).toBe(true);
    expect(geometry.productArea.startsWith(`M${geometry.top.left},${Math.round(geometry.top.zeroY * 10) / 10}`)).toBe(true);
  });

  it.each([
    [[0, 0, 0], 'box', 0],
    [Array(12).fill(100) as number[], Array(12).fill(-100) as number[], 6],
    ['step', 'step', -6],
  ] as const)('f=%j g=%j shift=%d: no NaN anywhere in the geometry', (f, g, shift) => {
    const geometry = layoutConvolution1d({ ...viewAt([...f] as number[] | string, [...g] as number[] | string, shift, false) });
    expect(JSON.stringify(geometry)).not.toMatch(/NaN|null|Infinity/);
  });

  it('the bottom title sits below the τ labels of the top panel and clear of its lowest value label', () => {
    const geometry = layoutConvolution1dContinuous(viewAt([-3, 2, 1], 'triangle', 0), { width: 300, height: 340 });
    const titleTop = geometry.outputTitle.y - TITLE_ASCENT;
    const tauLabelBaseline = geometry.top.bottom + 16;
    expect(titleTop).toBeGreaterThanOrEqual(tauLabelBaseline + TITLE_CLEARANCE);
    expect(titleTop).toBeGreaterThanOrEqual(geometry.top.bottom + TICK_LABEL_REACH + TITLE_CLEARANCE);
    expect(geometry.outputTitle.x).toBe(geometry.bottom.left + 6);
  });

  it.each([400, 300, 260])('width %d: the panels fill it and τ labels −6 … 6 keep every 2', (width) => {
    const geometry = layoutConvolution1dContinuous(viewAt('box', 'exponential', 0.5), { width, height: 340 });
    expect(geometry.top.right).toBe(width - 12);
    expect(geometry.top.xTicks.map((t) => t.label)).toEqual(['−6', '−4', '−2', '0', '2', '4', '6']);
  });
});

describe('figureWidthFor and layoutConvolution1d', () => {
  it.each([
    [300, 300],
    [343.7, 343],
    [1200, 400],
    [200, 260],
    [0, 400],
    [Number.NaN, 400],
  ])('container %d px -> layout width %d', (container, width) => {
    expect(figureWidthFor(container)).toBe(width);
  });

  it('layoutConvolution1d: default width 400 (the prerendered one), heights 340 and 440 by mode', () => {
    const continuous = layoutConvolution1d(viewAt('box', 'box', 0));
    expect([continuous.width, continuous.height, DEFAULT_FIGURE_WIDTH]).toEqual([400, 340, 400]);
    const discrete = layoutConvolution1d(convolution1dAt(prepareConvolution1d({ mode: 'discrete', f: [1], g: [1], flip: true }), 0), 300);
    expect([discrete.width, discrete.height]).toEqual([300, 440]);
  });
});

describe('shiftAtX', () => {
  const geometry = layoutConvolution1dContinuous(viewAt('box', 'box', 0));
  const { left, right } = geometry.top;
  const perUnit = (right - left) / 12;
  it.each([
    [left, -6],
    [right, 6],
    [0, -6],
    [1000, 6],
    [left + 6 * perUnit, 0],
    [left + 6.09 * perUnit, 0.1],
    [left + 7.02 * perUnit, 1],
  ])('x=%d -> t=%d (snapped to 0.05, clamped to [-6, 6])', (x, t) => {
    expect(shiftAtX(geometry, x)).toBe(t);
  });
});
