// Keras/tqdm-style progress line for training: samples done, a bar, rate, time left or taken, metrics.
// Pure string formatting (no DOM, no console): the training script and the browser trainer share it.

/** Where a long job stands, and the running metrics to show beside the bar. */
export interface ProgressState {
  /** Samples done so far, 0 .. total. */
  done: number;
  /** Samples in the whole epoch (or job). */
  total: number;
  /** Seconds since the job started. */
  elapsedSeconds: number;
  /** Metrics in display order, e.g. [['loss', 0.31], ['acc', 0.91]]; shown with 4 decimals. */
  metrics?: ReadonlyArray<readonly [string, number]>;
  /** Characters between the brackets; default 30, as Keras. */
  width?: number;
}

/**
 * One progress line, as Keras' Progbar with tqdm's rate:
 * `  4800/9600 [==============>...............] 1523 samples/s - ETA: 3s - loss: 0.5123 - acc: 0.8450`
 * and, once done == total, the time taken instead of the time left:
 * ` 9600/9600 [==============================] 1523 samples/s - 6s - loss: 0.4521 - acc: 0.8612`.
 * The count is right-aligned to the width of `total`; the rate is done / elapsed; the time left is
 * (total - done) / rate. Before any sample is done the rate and time left read `?`.
 */
export function formatProgress(state: ProgressState): string {
  const { done, total, elapsedSeconds } = state;
  const width = state.width ?? 30;
  const digits = String(total).length;
  const count = `${String(done).padStart(digits)}/${total}`;
  const rate = done > 0 && elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const finished = done >= total;
  const time = finished
    ? formatDuration(elapsedSeconds)
    : `ETA: ${rate > 0 ? formatDuration((total - done) / rate) : '?'}`;
  const parts = [`${count} ${formatBar(done, total, width)} ${rate > 0 ? formatRate(rate) : '? samples/s'}`, time];
  for (const [name, value] of state.metrics ?? []) parts.push(`${name}: ${value.toFixed(4)}`);
  return parts.join(' - ');
}

/**
 * `[=====>....]` of `width` characters between the brackets: floor(width * done / total) filled,
 * the last filled one an arrow `>` while unfinished, as Keras draws it.
 */
export function formatBar(done: number, total: number, width: number): string {
  const fraction = total > 0 ? Math.min(Math.max(done / total, 0), 1) : 1;
  const filled = Math.floor(width * fraction);
  if (filled >= width) return `[${'='.repeat(width)}]`;
  const arrow = filled > 0 ? `${'='.repeat(filled - 1)}>` : '';
  return `[${arrow}${'.'.repeat(width - arrow.length)}]`;
}

/** Seconds as `7s`, `1:05` (minutes:seconds) or `1:02:03` (hours), rounded to whole seconds. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole}s`;
  const s = String(whole % 60).padStart(2, '0');
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}:${s}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${s}`;
}

/** A rate as `1523 samples/s` (whole numbers from 10 up, one decimal below). */
export function formatRate(samplesPerSecond: number): string {
  const shown = samplesPerSecond >= 10 ? Math.round(samplesPerSecond).toString() : samplesPerSecond.toFixed(1);
  return `${shown} samples/s`;
}
