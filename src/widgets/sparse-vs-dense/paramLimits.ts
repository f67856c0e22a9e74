// sparse-vs-dense's params as the meta, the reconcile rule and the model share them: the modes, the
// limits and the defaults. Kept apart from model.ts so the meta (in every page) does not pull in the engine.

/** The three ways a layer can connect its outputs to its inputs. */
export const SPARSE_MODES = ['dense', 'local', 'conv'] as const;

/** One mode: dense (every input), local (k neighbours, own weights), conv (k neighbours, shared weights). */
export type SparseMode = (typeof SPARSE_MODES)[number];

/** Limits of the params (also the table's). */
export const INPUTS_RANGE = { min: 2, max: 16 } as const;
export const KERNEL_RANGE = { min: 1, max: 16 } as const;

/** The params as the model reads them: n inputs, kernel width k (1 <= k <= n), the mode. */
export interface SparseVsDenseParams {
  inputs: number;
  kernel: number;
  mode: SparseMode;
}

/** The default params: n = 8, k = 3, conv. */
export const SPARSE_DEFAULTS: SparseVsDenseParams = { inputs: 8, kernel: 3, mode: 'conv' };
