// The colour legend's geometry: labelled ends and 0, a gradient stop exactly at 0, minor ticks kept
// clear of the labels.
import { describe, expect, it } from 'vitest';
import { layoutLegend } from '../../src/render/imageFilterLegend.ts';

const format = (v: number) => String(Math.round(v));

describe('layoutLegend', () => {
  it('domain [-812, 812], 320 px: labels -812, 0, 812 at the bar ends and middle', () => {
    const legend = layoutLegend([-812, 812], 320, format);
    const labelled = legend.ticks.filter((t) => t.label !== '');
    expect(labelled.map((t) => t.label)).toEqual(['-812', '0', '812']);
    expect(labelled[0].x).toBe(legend.bar.x);
    expect(labelled[2].x).toBe(legend.bar.x + legend.bar.width);
    expect(labelled[1].x).toBeCloseTo(160, 9);
  });

  it('domain [-100, 300]: a gradient stop exactly at value 0 (offset 0.25), stops sorted', () => {
    const legend = layoutLegend([-100, 300], 320, format);
    expect(legend.stops.find((s) => s.value === 0)?.offset).toBe(0.25);
    const offsets = legend.stops.map((s) => s.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('domain [0, 255]: labels 0 and 255 only; minor ticks at least 14 px from them', () => {
    const legend = layoutLegend([0, 255], 320, format);
    const labelled = legend.ticks.filter((t) => t.label !== '');
    expect(labelled.map((t) => t.label)).toEqual(['0', '255']);
    for (const minor of legend.ticks.filter((t) => t.label === '')) {
      for (const major of labelled) expect(Math.abs(minor.x - major.x)).toBeGreaterThanOrEqual(14);
    }
  });
});
