// How a layer graph tells kernel weights apart: one colour class per kernel index (the palette is in
// layerGraph.css, light and dark) plus a dash pattern, so colour is never the only cue. Shared by
// sparse-vs-dense and weight-sharing. Render layer: pure, no DOM, no store.

/** How many colours the palette has; index p uses colour p mod 7. */
export const KERNEL_COLOUR_COUNT = 7;

/** Dash patterns (SVG stroke-dasharray, '' for solid), index p uses pattern p mod 5. */
export const KERNEL_DASHES = ['', '7 3', '2 3', '9 3 2 3', '4 4'] as const;

/** The look of the edges that use kernel weight w_{p+1}. */
export interface KernelStyle {
  /** CSS class carrying the stroke colour: `layer-graph-k0` .. `layer-graph-k6`. */
  colourClass: string;
  /** stroke-dasharray, '' for a solid line. */
  dash: string;
}

/** The style of kernel index `p` (0-based): colour p mod 7, dash p mod 5, so 35 indices look distinct. */
export function kernelStyle(p: number): KernelStyle {
  const index = Number.isInteger(p) && p >= 0 ? p : 0;
  return { colourClass: `layer-graph-k${index % KERNEL_COLOUR_COUNT}`, dash: KERNEL_DASHES[index % KERNEL_DASHES.length] };
}

/**
 * Stroke width of an edge whose weight is `w`, for widths that follow |w| on an absolute scale (so
 * editing one weight never changes the others): 0.75 + 1.6 * sqrt(min(|w|, 10)); 0.75 at w = 0,
 * 2.35 at |w| = 1, about 5.8 at |w| >= 10. A non-finite w counts as 0.
 */
export function weightStrokeWidth(w: number): number {
  const magnitude = Number.isFinite(w) ? Math.min(Math.abs(w), 10) : 0;
  return Math.round((0.75 + 1.6 * Math.sqrt(magnitude)) * 100) / 100;
}
