// Tests of the bench's timing harness: the median, and the interleaved order of the rounds.
import { describe, expect, it } from 'vitest';
import { measureInterleaved, median } from '../../bench/harness.ts';

describe('median', () => {
  it('median [3,1,2] -> 2 (odd count: the middle value)', () => {
    expect(median([3, 1, 2])).toBe(2);
  });

  it('median [4,1,3,2] -> 2.5 (even count: mean of the two middle values)', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('measureInterleaved', () => {
  it('2 contenders, warmup 1, minReps=maxReps=3 -> A B, then rounds A B / B A / A B, 3 samples each', async () => {
    const calls: string[] = [];
    const contender = (name: string) => ({ name, prepare: () => void calls.push(`prepare ${name}`), run: () => void calls.push(name) });
    const timings = await measureInterleaved([contender('A'), contender('B')], { warmup: 1, minReps: 3, maxReps: 3, budgetMs: 1 });
    expect(calls.filter((c) => !c.startsWith('prepare'))).toEqual(['A', 'B', 'A', 'B', 'B', 'A', 'A', 'B']);
    expect(calls.filter((c) => c.startsWith('prepare')).length).toBe(8);
    expect(timings.map((t) => [t.name, t.samplesMs.length])).toEqual([['A', 3], ['B', 3]]);
    for (const t of timings) expect(t.medianMs).toBe(median(t.samplesMs));
  });
});
