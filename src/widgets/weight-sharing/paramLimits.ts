// weight-sharing's params as the meta, the reconcile rule and the model share them: the views, the
// limits and the defaults. Kept apart from model.ts so the meta (in every page) does not pull in the engine.

/** The two views: the layer as a graph, or as a weight matrix. */
export const WEIGHT_SHARING_VIEWS = ['graph', 'matrix'] as const;

/** One view. */
export type WeightSharingView = (typeof WEIGHT_SHARING_VIEWS)[number];

/** Limits of the params (also the table's). */
export const WEIGHT_SHARING_LIMITS = {
  kernel: { minLength: 1, maxLength: 7, min: -10, max: 10 },
  inputs: { min: 3, max: 16 },
  signal: { minLength: 1, maxLength: 16, min: -10, max: 10 },
  shift: { min: -4, max: 4 },
} as const;

/** The params as the model reads them; `signal` always has n values. */
export interface WeightSharingParams {
  kernel: readonly number[];
  inputs: number;
  view: WeightSharingView;
  signal: readonly number[];
  shift: number;
}

/**
 * Defaults: kernel 1, 2, -1 (three different magnitudes and a sign, and not symmetric, so each
 * shared weight is easy to tell apart and the matrix's diagonals differ); n = 8; a small bump
 * 0, 0, 1, 2, 1, 0, 0, 0 with room on both sides, so shifts up to ±2 move it without touching a border.
 */
export const WEIGHT_SHARING_DEFAULTS: WeightSharingParams = {
  kernel: [1, 2, -1],
  inputs: 8,
  view: 'graph',
  signal: [0, 0, 1, 2, 1, 0, 0, 0],
  shift: 0,
};

/** `signal` cut or padded with zeros to `n` values. */
export function fitSignal(signal: readonly number[], n: number): number[] {
  return Array.from({ length: n }, (_, i) => signal[i] ?? 0);
}
