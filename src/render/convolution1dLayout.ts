// The layout entry of convolution-1d: the continuous or the discrete figure's geometry for a view.
// Render layer: pure, no DOM, no store.
import { CONTINUOUS_FIGURE_SIZE, layoutConvolution1dContinuous, type ContinuousGeometry, type ContinuousPlotInput } from './convolution1dContinuousLayout.ts';
import { DISCRETE_FIGURE_SIZE, layoutConvolution1dDiscrete, type DiscreteGeometry, type DiscretePlotInput } from './convolution1dDiscreteLayout.ts';

/** A view of either mode, tagged by `mode`. */
export type Convolution1dPlotInput = ({ mode: 'continuous' } & ContinuousPlotInput) | ({ mode: 'discrete' } & DiscretePlotInput);

/** The geometry of either figure, tagged by `kind`. */
export type Convolution1dGeometry = ContinuousGeometry | DiscreteGeometry;

/** The width in viewBox px the figures are laid out at before any measurement: the prerendered one. */
export const DEFAULT_FIGURE_WIDTH = 400;

/** The narrowest layout width: below it the figure scales down instead (a 320 px phone). */
export const MIN_FIGURE_WIDTH = 260;

/**
 * The layout width for a container `containerWidth` CSS px wide: the container's own width, within
 * [260, 400], so one viewBox px is one CSS px on a phone (12 px labels stay 12 px) and wider
 * containers scale the 400 px figure up. A width that is not a positive finite number gives 400.
 */
export function figureWidthFor(containerWidth: number): number {
  if (!(containerWidth > 0) || !Number.isFinite(containerWidth)) return DEFAULT_FIGURE_WIDTH;
  return Math.min(DEFAULT_FIGURE_WIDTH, Math.max(MIN_FIGURE_WIDTH, Math.floor(containerWidth)));
}

/** The geometry for `view`, `width` viewBox px wide (default 400) at the mode's height (340 continuous, 440 discrete). */
export function layoutConvolution1d(view: Convolution1dPlotInput, width = DEFAULT_FIGURE_WIDTH): Convolution1dGeometry {
  return view.mode === 'discrete'
    ? layoutConvolution1dDiscrete(view, { width, height: DISCRETE_FIGURE_SIZE.height })
    : layoutConvolution1dContinuous(view, { width, height: CONTINUOUS_FIGURE_SIZE.height });
}
