// Tests of the validation split and batch gathering.
import { describe, expect, it } from 'vitest';
import { tensor } from '../../src/engine/index.ts';
import { gatherBatch, sampleIndices, splitValidation } from '../../src/training/batches.ts';

describe('splitValidation', () => {
  it('10 indices fraction=0.2 -> the first 8 train, the last 2 validate', () => {
    const order = Uint32Array.from([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const { train, validation } = splitValidation(order, 0.2);
    expect(Array.from(train)).toEqual([9, 8, 7, 6, 5, 4, 3, 2]);
    expect(Array.from(validation)).toEqual([1, 0]);
  });

  it('12000 indices fraction=0.2 -> 9600 and 2400', () => {
    const { train, validation } = splitValidation(sampleIndices(12000), 0.2);
    expect([train.length, validation.length]).toEqual([9600, 2400]);
  });

  it.each([1, -0.1, NaN])('fraction=%s -> RangeError', (fraction) => {
    expect(() => splitValidation(sampleIndices(3), fraction)).toThrow(RangeError);
  });
});

describe('gatherBatch', () => {
  it('x=[4,1,1,2] indices=[3,0,2,1] start=1 count=2 -> samples 0 and 2 with their labels', () => {
    const x = tensor([4, 1, 1, 2], [0, 1, 10, 11, 20, 21, 30, 31]);
    const batch = gatherBatch(x, [5, 6, 7, 8], Uint32Array.from([3, 0, 2, 1]), 1, 2);
    expect(batch.x.shape).toEqual([2, 1, 1, 2]);
    expect(Array.from(batch.x.data)).toEqual([0, 1, 20, 21]);
    expect(Array.from(batch.labels)).toEqual([5, 7]);
  });

  it('into of the same shape -> reused; of another count -> a new batch', () => {
    const x = tensor([3, 2], [1, 2, 3, 4, 5, 6]);
    const first = gatherBatch(x, [0, 1, 2], sampleIndices(3), 0, 2);
    expect(gatherBatch(x, [0, 1, 2], sampleIndices(3), 1, 2, first)).toBe(first);
    expect(Array.from(first.x.data)).toEqual([3, 4, 5, 6]);
    expect(gatherBatch(x, [0, 1, 2], sampleIndices(3), 0, 1, first)).not.toBe(first);
  });
});
