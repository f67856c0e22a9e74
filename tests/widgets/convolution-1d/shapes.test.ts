// Tests of the continuous shapes and discrete sequences of convolution-1d.
import { describe, expect, it } from 'vitest';
import { continuousShape, discreteSequence, isShapeWord } from '../../../src/widgets/convolution-1d/shapes.ts';

describe('continuousShape', () => {
  it.each([
    ['box', -0.7, 0],
    ['box', 0, 1],
    ['box', 0.5, 0.5],
    ['box', -0.5, 0.5],
    ['triangle', 0.25, 0.75],
    ['triangle', -1.5, 0],
    ['gaussian', 0, 1 / Math.sqrt(2 * Math.PI)],
    ['gaussian', 1, Math.exp(-0.5) / Math.sqrt(2 * Math.PI)],
    ['exponential', -0.1, 0],
    ['exponential', 0, 0.5],
    ['exponential', 2, Math.exp(-2)],
    ['step', -3, 0],
    ['step', 0, 0.5],
    ['step', 100, 1],
  ] as const)('%s at x=%d -> %d', (word, x, expected) => {
    expect(continuousShape(word).at(x)).toBeCloseTo(expected, 12);
  });

  it('a jump 1e-12 off its edge (grid noise) still takes the mean: box(0.5 + 1e-12) = 0.5', () => {
    expect(continuousShape('box').at(0.5 + 1e-12)).toBe(0.5);
  });

  it.each([
    [[1, 3, 2], 0.5, 1],
    [[1, 3, 2], 1, 2],
    [[1, 3, 2], 2.99, 2],
    [[1, 3, 2], 3, 1],
    [[1, 3, 2], 0, 0.5],
    [[1, 3, 2], -0.5, 0],
    [[-4], 0.5, -4],
  ] as const)('staircase %j at x=%d -> %d', (list, x, expected) => {
    expect(continuousShape(list).at(x)).toBe(expected);
  });

  it('staircase [1,3,2]: support [0,3], breakpoints 0..3', () => {
    const shape = continuousShape([1, 3, 2]);
    expect(shape.support).toEqual([0, 3]);
    expect(shape.breakpoints).toEqual([0, 1, 2, 3]);
  });

  it('an empty list reads as [0] and an unknown word as the box', () => {
    expect(continuousShape([]).at(0.5)).toBe(0);
    expect(continuousShape('wobble').at(0)).toBe(1);
  });

  it('only the step persists to the right', () => {
    expect(['box', 'triangle', 'gaussian', 'exponential', 'step'].filter((w) => continuousShape(w).persistsRight)).toEqual(['step']);
  });
});

describe('discreteSequence', () => {
  it.each([
    ['box', [1, 1, 1]],
    ['triangle', [1, 2, 1]],
    ['gaussian', [1, 4, 6, 4, 1]],
    ['exponential', [1, 0.5, 0.25, 0.125]],
    ['step', [1, 1, 1, 1, 1]],
  ] as const)('%s -> %j', (word, expected) => {
    expect(discreteSequence(word)).toEqual(expected);
  });

  it('a list is itself; an empty list is [0]', () => {
    expect(discreteSequence([2, -1])).toEqual([2, -1]);
    expect(discreteSequence([])).toEqual([0]);
  });

  it('isShapeWord accepts the five words only', () => {
    expect(isShapeWord('gaussian')).toBe(true);
    expect(isShapeWord('Gaussian')).toBe(false);
    expect(isShapeWord([1])).toBe(false);
  });
});
