// Geometry of image-filter's frequency view: the heat map's square with its ω axes (ticks at -π, -π/2,
// 0, π/2, π), and the slice |H(ωx, 0)| as a line path with a y axis. Pure; uses d3-scale.
import { scaleLinear } from 'd3-scale';

/** An axis tick: position along the axis and its label. */
export interface AxisTick {
  at: number;
  label: string;
}

/** The heat map's box (in the figure's coordinates) and its tick positions along x and y. */
export interface HeatGeometry {
  width: number;
  height: number;
  box: { x: number; y: number; size: number };
  xTicks: AxisTick[];
  yTicks: AxisTick[];
}

/** The slice plot: size, plot area, the line's SVG path and the ticks of both axes. */
export interface SliceGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  path: string;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
}

const PI_TICKS: readonly [number, string][] = [
  [-Math.PI, '−π'],
  [-Math.PI / 2, '−π/2'],
  [0, '0'],
  [Math.PI / 2, 'π/2'],
  [Math.PI, 'π'],
];

const MARGIN = { left: 40, right: 12, top: 10, bottom: 34 };

/**
 * The heat map in a figure `size` px square: the map's square inside the margins; ωx runs left to
 * right, ωy top to bottom (as image rows do), both over [-π, π].
 */
export function layoutHeatMap(size: number): HeatGeometry {
  const side = Math.max(1, size - Math.max(MARGIN.left + MARGIN.right, MARGIN.top + MARGIN.bottom));
  const box = { x: MARGIN.left, y: MARGIN.top, size: side };
  const x = scaleLinear().domain([-Math.PI, Math.PI]).range([box.x, box.x + side]);
  const y = scaleLinear().domain([-Math.PI, Math.PI]).range([box.y, box.y + side]);
  return {
    width: box.x + side + MARGIN.right,
    height: box.y + side + MARGIN.bottom,
    box,
    xTicks: PI_TICKS.map(([value, label]) => ({ at: x(value), label })),
    yTicks: PI_TICKS.map(([value, label]) => ({ at: y(value), label })),
  };
}

/**
 * The slice |H(ωx, 0)| over ωx in [-π, π] in a `width` x `height` figure: y from 0 to the nice top of
 * the largest value (at least 1); the path joins every sample with straight lines.
 */
export function layoutSlice(frequencies: readonly number[], values: readonly number[], width: number, height: number, format: (value: number) => string): SliceGeometry {
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const x = scaleLinear().domain([-Math.PI, Math.PI]).range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const path = values
    .map((value, i) => `${i === 0 ? 'M' : 'L'}${x(frequencies[i]).toFixed(2)},${y(value).toFixed(2)}`)
    .join('');
  return {
    width,
    height,
    plot,
    path,
    xTicks: PI_TICKS.map(([value, label]) => ({ at: x(value), label })),
    yTicks: y.ticks(4).map((value) => ({ at: y(value), label: format(value) })),
  };
}
