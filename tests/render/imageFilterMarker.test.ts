// Pixel picking and the marker's geometry as plain data.
import { describe, expect, it } from 'vitest';
import { arrowStep, layoutMarker, pixelAtPoint } from '../../src/render/imageFilterMarker.ts';

const grid = { width: 512, height: 341 };
const box = { left: 100, top: 50, width: 256, height: 170.5 };

describe('imageFilterMarker', () => {
  it.each([
    [100, 50, 0, 0],
    [228, 135.25, 256, 170],
    [355.99, 220.4, 511, 340],
    [500, 400, 511, 340],
    [0, 0, 0, 0],
  ])('pixelAtPoint(%d, %d) on a 512x341 image drawn 256 px wide -> (%i, %i)', (cx, cy, x, y) => {
    expect(pixelAtPoint(cx, cy, box, grid)).toEqual({ x, y });
  });

  it('pixelAtPoint on a box with no area -> undefined', () => {
    expect(pixelAtPoint(1, 1, { left: 0, top: 0, width: 0, height: 0 }, grid)).toBeUndefined();
  });

  it('layoutMarker(0, 0, 3) on 100x50 -> centred on pixel (0, 0), window 3 px = 3% x 6%', () => {
    const marker = layoutMarker(0, 0, 3, { width: 100, height: 50 });
    expect(marker.window).toEqual({ centreX: 0.5, centreY: 1, width: 3, height: 6 });
    expect(marker.centre).toEqual({ centreX: 0.5, centreY: 1, width: 1, height: 2 });
  });

  it('arrowStep: arrows -> unit steps, other keys -> undefined', () => {
    expect(arrowStep('ArrowLeft')).toEqual([-1, 0]);
    expect(arrowStep('ArrowRight')).toEqual([1, 0]);
    expect(arrowStep('ArrowUp')).toEqual([0, -1]);
    expect(arrowStep('ArrowDown')).toEqual([0, 1]);
    expect(arrowStep('Enter')).toBeUndefined();
  });
});
