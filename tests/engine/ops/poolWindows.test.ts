// Tests of poolAxisWindows: clipped window bounds and padded counts per output index.
import { describe, expect, it } from 'vitest';
import { poolAxisWindows } from '../../../src/engine/ops/poolWindows.ts';
import { planPoolAxis } from '../../../src/engine/plan/outputSize.ts';

describe('poolAxisWindows', () => {
  it('poolAxisWindows n=5 k=3 s=2 p=1 -> windows [0,2) [1,4) [3,5), padded counts 3 3 3', () => {
    const w = poolAxisWindows(planPoolAxis('t', 5, { kernelSize: 3, stride: 2, padding: 1 }));
    expect([...w.first]).toEqual([0, 1, 3]);
    expect([...w.end]).toEqual([2, 4, 5]);
    expect([...w.paddedCount]).toEqual([3, 3, 3]);
  });

  it('poolAxisWindows n=4 k=3 s=2 p=1 ceilMode -> the last window counts 2 (the third cell hangs past the padding)', () => {
    const w = poolAxisWindows(planPoolAxis('t', 4, { kernelSize: 3, stride: 2, padding: 1, ceilMode: true }));
    expect([...w.first]).toEqual([0, 1, 3]);
    expect([...w.end]).toEqual([2, 4, 4]);
    expect([...w.paddedCount]).toEqual([3, 3, 2]);
  });

  it('poolAxisWindows n=7 k=3 d=2 s=1 p=1 -> the first in-input tap skips to 1 (taps -1, 1, 3)', () => {
    const w = poolAxisWindows(planPoolAxis('t', 7, { kernelSize: 3, stride: 1, padding: 1, dilation: 2 }));
    expect(w.first[0]).toBe(1);
    expect(w.end[0]).toBe(4);
  });
});
