// The words and limits of convolution-1d's params: shape words, modes, list limits and the shift's
// ranges. Pure constants, shared by the meta, the shapes, the model and the reconcile rule.

/** The shape words f and g accept, in the order the docs list them. */
export const SHAPE_WORDS = ['box', 'triangle', 'gaussian', 'exponential', 'step'] as const;

/** One shape word. */
export type ShapeWord = (typeof SHAPE_WORDS)[number];

/** The two modes: functions of a real variable, or sequences indexed by whole numbers. */
export const MODES = ['continuous', 'discrete'] as const;

/** One mode. */
export type Convolution1dMode = (typeof MODES)[number];

/** Longest list f or g may be, and the range of each of its numbers. */
export const LIST_LIMITS = { minLength: 1, maxLength: 12, min: -100, max: 100 } as const;

/** The continuous window: t and the plotted τ run over [-CONTINUOUS_LIMIT, CONTINUOUS_LIMIT]. */
export const CONTINUOUS_LIMIT = 6;

/**
 * The shift param's range in the table, for every mode and length at once: in discrete mode n needs
 * room for every output index, from -(12 - 1) (cross-correlation of 12-long sequences) to 12 + 12 - 2.
 * The range that holds for given params is narrower (see reconcileParams.ts).
 */
export const SHIFT_RANGE = { min: -(LIST_LIMITS.maxLength - 1), max: 2 * LIST_LIMITS.maxLength - 2 } as const;
