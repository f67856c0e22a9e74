// What a touch on convolution-1d's continuous figure means: a sideways drag along t, a vertical swipe
// (the page scrolls; t stays), or not yet either. Pure.

/** How far (CSS px) a touch must travel before it counts as a drag or a swipe; shorter ones are taps. */
export const TOUCH_SLOP = 8;

/** A touch's meaning so far: a drag along t, a vertical swipe, or undecided (a tap if it ends now). */
export type TouchIntent = 'drag' | 'swipe' | 'undecided';

/**
 * The meaning of a touch that has moved (dx, dy) CSS px from where it went down: a drag once it has
 * gone at least 8 px sideways and more sideways than up or down; a swipe once it has gone at least
 * 8 px up or down and at least as far as sideways; undecided before either.
 */
export function touchIntent(dx: number, dy: number): TouchIntent {
  const across = Math.abs(dx);
  const along = Math.abs(dy);
  if (across >= TOUCH_SLOP && across > along) return 'drag';
  if (along >= TOUCH_SLOP && along >= across) return 'swipe';
  return 'undecided';
}
