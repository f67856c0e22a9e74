// Tests of tensor(): shapes, data, and the guards (bad shapes, too many numbers).
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/engineError.ts';
import { checkElementCount, ELEMENT_LIMIT, tensor } from '../../src/engine/tensor.ts';

function expectError(run: () => unknown, message: string): void {
  expect(run).toThrow(EngineError);
  expect(run).toThrow(message);
}

describe('tensor', () => {
  it('tensor([2,3]) -> 6 zeros; tensor([2], [1, 2]) -> a float32 copy', () => {
    expect([...tensor([2, 3]).data]).toEqual([0, 0, 0, 0, 0, 0]);
    const data = [1, 2];
    const t = tensor([2], data);
    data[0] = 9;
    expect([...t.data]).toEqual([1, 2]);
  });

  it.each([
    ['5', 5, 'tensor: shape 5 is not a list of dimensions (give the shape as an array, e.g. tensor([2, 3]))'],
    ['undefined', undefined, 'tensor: shape undefined is not a list of dimensions'],
    ['[2,-1]', [2, -1], 'tensor: shape [2,-1] has dimension -1 (every dimension must be a whole number >= 0)'],
    ['[2,1.5]', [2, 1.5], 'tensor: shape [2,1.5] has dimension 1.5'],
    [
      '[65536,65536]',
      [65536, 65536],
      'tensor: shape [65536,65536] would hold 4.3e9 numbers, more than the 268,435,456 the engine allows (use a smaller shape)',
    ],
  ])('tensor shape %s -> EngineError naming the shape', (_name, shape, message) => {
    expectError(() => tensor(shape as unknown as number[]), message);
  });

  it('tensor([2,2], 3 numbers) -> EngineError naming both counts', () => {
    expectError(() => tensor([2, 2], [1, 2, 3]), 'tensor: shape [2,2] holds 4 numbers but 3 were given (they must match)');
  });
});

describe('checkElementCount', () => {
  it(`ELEMENT_LIMIT = 2**28 = ${ELEMENT_LIMIT}: a shape of exactly that many passes, one more throws`, () => {
    expect(ELEMENT_LIMIT).toBe(268435456);
    expect(() => checkElementCount('op', 'the output', [2 ** 14, 2 ** 14], 'advice')).not.toThrow();
    expectError(
      () => checkElementCount('op', 'the output', [2 ** 14 + 1, 2 ** 14], 'use less'),
      'op: the output [16385,16384] would hold 2.7e8 numbers, more than the 268,435,456 the engine allows (use less)',
    );
  });
});
