// The deferred pixel: shown at once, committed once after it rests, a burst of moves committed once.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PIXEL_COMMIT_DELAY_MS, useDeferredPixel } from '../../../src/widgets/image-filter/useDeferredPixel.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useDeferredPixel', () => {
  it(`30 moves in a burst -> pending follows each at once; one commit (the last, 29, 0) ${PIXEL_COMMIT_DELAY_MS} ms after the last`, () => {
    const commit = vi.fn();
    const { result } = renderHook(() => useDeferredPixel(commit));
    for (let i = 0; i < 30; i++) {
      act(() => result.current.move(i, 0));
      expect(result.current.pending).toEqual({ x: i, y: 0 });
      act(() => {
        vi.advanceTimersByTime(10);
      });
    }
    expect(commit).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(PIXEL_COMMIT_DELAY_MS);
    });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith(29, 0);
    expect(result.current.pending).toBeUndefined();
  });

  it('unmounting before the pixel rests drops the move', () => {
    const commit = vi.fn();
    const { result, unmount } = renderHook(() => useDeferredPixel(commit));
    act(() => result.current.move(3, 4));
    unmount();
    vi.advanceTimersByTime(PIXEL_COMMIT_DELAY_MS * 2);
    expect(commit).not.toHaveBeenCalled();
  });
});
