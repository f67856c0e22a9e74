// Timing harness: runs contenders interleaved (A, B, A, B, ...) after a warm-up and reports medians,
// so slow drifts of a shared machine (other jobs, CPU clock) hit every contender alike.

/** One side of a comparison: `prepare` runs untimed before each timed `run` (e.g. switching backends). */
export interface Contender {
  readonly name: string;
  readonly prepare?: () => Promise<void> | void;
  readonly run: () => Promise<void> | void;
}

/** How long to measure: at least `minReps` rounds, at most `maxReps`, aiming at `budgetMs` in all. */
export interface MeasureOptions {
  warmup: number;
  minReps: number;
  maxReps: number;
  budgetMs: number;
}

/** Timings of one contender: every repetition in ms, and their median. */
export interface Timing {
  readonly name: string;
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timeOnce(c: Contender): Promise<number> {
  await c.prepare?.();
  const start = performance.now();
  await c.run();
  return performance.now() - start;
}

/**
 * Warm-up rounds (untimed for the result, but they size the run), then rounds of every contender in turn.
 * The number of rounds is budgetMs / (time of one warm round), clamped to [minReps, maxReps].
 */
export async function measureInterleaved(
  contenders: readonly Contender[],
  o: MeasureOptions,
): Promise<Timing[]> {
  let roundMs = 0;
  for (let w = 0; w < o.warmup; w++) {
    roundMs = 0;
    for (const c of contenders) roundMs += await timeOnce(c);
  }
  const reps = Math.max(o.minReps, Math.min(o.maxReps, Math.floor(o.budgetMs / Math.max(roundMs, 1e-3))));
  const samples = contenders.map(() => [] as number[]);
  for (let r = 0; r < reps; r++) {
    // Alternate the order each round so no contender always runs right after the same other one.
    const order = r % 2 === 0 ? contenders.map((_, i) => i) : contenders.map((_, i) => contenders.length - 1 - i);
    for (const i of order) samples[i].push(await timeOnce(contenders[i]));
  }
  return contenders.map((c, i) => ({ name: c.name, samplesMs: samples[i], medianMs: median(samples[i]) }));
}
