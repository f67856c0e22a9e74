// Layout of convolution-1d's continuous figure: a top panel with f(τ), the placed g and their shaded
// product over τ in [-6, 6], and a bottom panel with (f*g)(t) drawn up to the current t. Pure
// geometry; render layer (d3-scale only, no DOM, no store).
import { scaleLinear } from 'd3-scale';
import { endTicks, leftMarginFor, ticksOf, valueScale, type Tick } from './convolution1dAxes.ts';
import { areaPath, linePath, svgCoordinate } from './convolution1dPaths.ts';

/** What the continuous layout reads (the widget model's continuous view has these fields). */
export interface ContinuousPlotInput {
  /** The current shift t. */
  t: number;
  /** The output at t. */
  value: number;
  /** Samples over τ: f(τ), the placed g and their product. */
  window: { tau: readonly number[]; f: readonly number[]; g: readonly number[]; product: readonly number[] };
  /** The whole output curve over t. */
  curve: { t: readonly number[]; value: readonly number[] };
  /** Value range of the top panel (f, g, product), stable across shifts. */
  shapeRange: readonly [number, number];
  /** Value range of the output curve. */
  outputRange: readonly [number, number];
}

/** The figure's size in viewBox units. */
export interface FigureSize {
  width: number;
  height: number;
}

/** A plot panel: its box in px, axis ticks and where the value 0 lies. */
export interface PanelFrame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  zeroY: number;
}

/** Everything the continuous figure draws, in viewBox px. */
export interface ContinuousGeometry {
  kind: 'continuous';
  width: number;
  height: number;
  /** τ panel: f, the placed g, the product. */
  top: PanelFrame;
  /** t panel: the output curve. */
  bottom: PanelFrame;
  fPath: string;
  gPath: string;
  productArea: string;
  /** x of τ = t in the top panel and of t in the bottom one (the panels share the x scale). */
  shiftX: number;
  /** The output curve from the left end up to t. */
  outputPath: string;
  /** The current output value. */
  dot: { x: number; y: number };
  /** Where the bottom panel's title starts (baseline), in the gap under the top panel's τ labels. */
  outputTitle: { x: number; y: number };
}

/** The default (prerendered) size; a narrow container lays the figure out narrower (see figureWidthFor). */
export const CONTINUOUS_FIGURE_SIZE: FigureSize = { width: 400, height: 340 };

/** Margins in px: room for tick labels below each panel and the bottom panel's title in the gap. */
const MARGIN = { right: 12, top: 12, gap: 54, bottom: 36 } as const;

/** Lays out the continuous figure for `view` in `size` (τ and t both span [-6, 6]). */
export function layoutConvolution1dContinuous(view: ContinuousPlotInput, size: FigureSize = CONTINUOUS_FIGURE_SIZE): ContinuousGeometry {
  const plotHeight = size.height - MARGIN.top - MARGIN.gap - MARGIN.bottom;
  const topBox = { top: MARGIN.top, bottom: MARGIN.top + plotHeight * 0.55 };
  const bottomBox = { top: topBox.bottom + MARGIN.gap, bottom: size.height - MARGIN.bottom };
  const yTop = valueScale(view.shapeRange, topBox.bottom, topBox.top);
  const yBottom = valueScale(view.outputRange, bottomBox.bottom, bottomBox.top);
  const topTicks = endTicks(yTop);
  const bottomTicks = endTicks(yBottom);

  const left = leftMarginFor([...topTicks, ...bottomTicks]);
  const right = size.width - MARGIN.right;
  const x = scaleLinear().domain([-6, 6]).range([left, right]);
  const xTicks = ticksOf(x, 6);

  const tau = view.window.tau.map((v) => x(v));
  const drawnCount = view.curve.t.findIndex((t) => t > view.t);
  const upTo = drawnCount === -1 ? view.curve.t.length : drawnCount;
  const outputXs = [...view.curve.t.slice(0, upTo), view.t].map((v) => x(v));
  const outputYs = [...view.curve.value.slice(0, upTo), view.value].map((v) => yBottom(v));

  return {
    kind: 'continuous',
    width: size.width,
    height: size.height,
    top: { left, right, ...topBox, xTicks, yTicks: topTicks, zeroY: yTop(0) },
    bottom: { left, right, ...bottomBox, xTicks, yTicks: bottomTicks, zeroY: yBottom(0) },
    fPath: linePath(tau, view.window.f.map((v) => yTop(v))),
    gPath: linePath(tau, view.window.g.map((v) => yTop(v))),
    productArea: areaPath(tau, view.window.product.map((v) => yTop(v)), yTop(0)),
    shiftX: svgCoordinate(x(view.t)),
    outputPath: linePath(outputXs, outputYs),
    dot: { x: svgCoordinate(x(view.t)), y: svgCoordinate(yBottom(view.value)) },
    outputTitle: { x: left + 6, y: bottomBox.top - 10 },
  };
}

/** The shift t under the viewBox x coordinate `x` of `geometry`: clamped to [-6, 6], rounded to `step`. */
export function shiftAtX(geometry: ContinuousGeometry, x: number, step = 0.05): number {
  const { left, right } = geometry.top;
  const t = scaleLinear().domain([left, right]).range([-6, 6]).clamp(true)(x);
  const snapped = Math.round(t / step) * step;
  return Number(snapped.toFixed(6)) + 0;
}
