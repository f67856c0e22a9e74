// Tests of what a touch on the continuous figure means: sideways drag, vertical swipe or undecided.
import { describe, expect, it } from 'vitest';
import { TOUCH_SLOP, touchIntent } from '../../../src/widgets/convolution-1d/touchIntent.ts';

describe('touchIntent', () => {
  it('the slop is 8 px', () => {
    expect(TOUCH_SLOP).toBe(8);
  });

  it.each([
    [0, 0, 'undecided'],
    [5, 3, 'undecided'],
    [-7, 7, 'undecided'],
    [8, 0, 'drag'],
    [-12, 5, 'drag'],
    [10, 9, 'drag'],
    [0, 8, 'swipe'],
    [3, -20, 'swipe'],
    [9, 9, 'swipe'],
    [12, 40, 'swipe'],
  ] as const)('dx=%d dy=%d -> %s', (dx, dy, intent) => {
    expect(touchIntent(dx, dy)).toBe(intent);
  });
});
