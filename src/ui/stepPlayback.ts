// The timing rules of the step player: the speeds offered and the time between steps.

/** The speeds offered, as multiples of one step per `BASE_STEP_MS`. */
export const PLAYER_SPEEDS = [0.5, 1, 2, 4] as const;

/** Time per step at speed 1, in milliseconds. */
export const BASE_STEP_MS = 700;

/**
 * Milliseconds between two steps while playing: BASE_STEP_MS / speed, doubled under reduced motion
 * (the stepping stays, but slower, so each state can be read before it changes).
 */
export function stepDelayMs(speed: number, reducedMotion: boolean): number {
  return (BASE_STEP_MS / speed) * (reducedMotion ? 2 : 1);
}
