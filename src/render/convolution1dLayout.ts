// The layout entry of convolution-1d: the continuous or the discrete figure's geometry for a view.
// Render layer: pure, no DOM, no store.
import {
  CONTINUOUS_FIGURE_SIZE,
  layoutConvolution1dContinuous,
  type ContinuousGeometry,
  type ContinuousPlotInput,
  type FigureSize,
} from './convolution1dContinuousLayout.ts';
import { DISCRETE_FIGURE_SIZE, layoutConvolution1dDiscrete, type DiscreteGeometry, type DiscretePlotInput } from './convolution1dDiscreteLayout.ts';

/** A view of either mode, tagged by `mode`. */
export type Convolution1dPlotInput = ({ mode: 'continuous' } & ContinuousPlotInput) | ({ mode: 'discrete' } & DiscretePlotInput);

/** The geometry of either figure, tagged by `kind`. */
export type Convolution1dGeometry = ContinuousGeometry | DiscreteGeometry;

/** The geometry for `view`, in `size` or the mode's default size. */
export function layoutConvolution1d(view: Convolution1dPlotInput, size?: FigureSize): Convolution1dGeometry {
  return view.mode === 'discrete'
    ? layoutConvolution1dDiscrete(view, size ?? DISCRETE_FIGURE_SIZE)
    : layoutConvolution1dContinuous(view, size ?? CONTINUOUS_FIGURE_SIZE);
}
