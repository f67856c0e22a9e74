// The frequency view's geometry: the heat map's square and π ticks, the slice's path and y ticks.
import { describe, expect, it } from 'vitest';
import { layoutHeatMap, layoutSlice } from '../../src/render/imageFilterFrequency.ts';

describe('imageFilterFrequency', () => {
  it('layoutHeatMap(240): a square box, 5 ticks per axis from −π to π with 0 in the middle', () => {
    const heat = layoutHeatMap(240);
    expect(heat.xTicks.map((t) => t.label)).toEqual(['−π', '−π/2', '0', 'π/2', 'π']);
    expect(heat.xTicks[0].at).toBe(heat.box.x);
    expect(heat.xTicks[4].at).toBe(heat.box.x + heat.box.size);
    expect(heat.yTicks[2].at).toBeCloseTo(heat.box.y + heat.box.size / 2, 9);
    expect(heat.width).toBeLessThanOrEqual(240);
  });

  it('layoutSlice of 3 samples [1, 3, 1]: path M..L..L, top tick 3 at the plot top', () => {
    const slice = layoutSlice([-Math.PI, 0, Math.PI], [1, 3, 1], 320, 200, String);
    expect(slice.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(slice.path.startsWith(`M${slice.plot.left.toFixed(2)},`)).toBe(true);
    const top = slice.yTicks[slice.yTicks.length - 1];
    expect(top.label).toBe('3');
    expect(top.at).toBeCloseTo(slice.plot.top, 9);
  });

  it('layoutSlice of an all-zero response still has a y axis up to 1', () => {
    const slice = layoutSlice([-1, 0, 1], [0, 0, 0], 320, 200, String);
    expect(slice.yTicks.map((t) => t.label)).toContain('1');
  });
});
