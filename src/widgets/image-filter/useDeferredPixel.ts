// The inspected pixel while the reader moves it: shown at once, written to the params (and so to the
// URL or the saved lesson state) only once it has rested for a moment. Why: a hover fires dozens of
// moves a second, and browsers throttle (or refuse) that many history updates.
import { useCallback, useEffect, useRef, useState } from 'react';

/** A pixel position. */
export interface PixelPosition {
  x: number;
  y: number;
}

/** How long the pixel must rest before it is written, ms. */
export const PIXEL_COMMIT_DELAY_MS = 250;

/**
 * `pending`: the pixel being moved, not yet written (undefined when the params hold it); `move`: shows
 * (x, y) now and calls `commit(x, y)` after PIXEL_COMMIT_DELAY_MS without another move. A pending
 * move is dropped on unmount.
 */
export function useDeferredPixel(commit: (x: number, y: number) => void): { pending: PixelPosition | undefined; move: (x: number, y: number) => void } {
  const [pending, setPending] = useState<PixelPosition>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const move = useCallback((x: number, y: number) => {
    setPending({ x, y });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      commitRef.current(x, y);
      setPending(undefined);
    }, PIXEL_COMMIT_DELAY_MS);
  }, []);
  return { pending, move };
}
