// Tests of the shared pair and padding resolution: resolvePair's accepted forms and its guards.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/engineError.ts';
import { resolvePair } from '../../src/engine/geometry.ts';
import type { Pair } from '../../src/engine/types.ts';

function expectError(run: () => unknown, message: string): void {
  expect(run).toThrow(EngineError);
  expect(run).toThrow(message);
}

describe('resolvePair', () => {
  it.each([
    [3, [3, 3]],
    [[2, 5], [2, 5]],
  ] as const)('resolvePair %j -> %j', (value, expected) => {
    expect(resolvePair('op', 'stride', value as Pair, 1)).toEqual(expected);
  });

  it.each([
    ['undefined', undefined, 'op: kernel size undefined is not allowed (kernel size must be a whole number >= 1 or a pair [rows, cols] of them)'],
    ['null', null, 'op: kernel size null is not allowed'],
    ["'3'", '3', 'op: kernel size "3" is not allowed'],
    ['[3]', [3], 'op: kernel size [3] is not allowed'],
    ['[3,3,3]', [3, 3, 3], 'op: kernel size [3,3,3] is not allowed'],
    ['0', 0, 'op: kernel size 0 is not allowed (kernel size must be a whole number >= 1)'],
    ['[2,1.5]', [2, 1.5], 'op: kernel size 2x1.5 is not allowed (kernel size must be a whole number >= 1)'],
  ])('resolvePair kernel size %s -> EngineError naming op and value', (_name, value, message) => {
    expectError(() => resolvePair('op', 'kernel size', value as unknown as Pair, 1), message);
  });
});
