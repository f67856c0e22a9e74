// Layout of convolution-1d's discrete figure: rows of stems for f[k] and for g placed at n, the
// products of the overlapping pairs as numbers, and the output bars filled up to n. Pure geometry;
// render layer (d3-scale only, no DOM, no store).
import { scaleLinear } from 'd3-scale';
import { endTicks, leftMarginFor, valueScale, type Tick } from './convolution1dAxes.ts';
import type { FigureSize } from './convolution1dContinuousLayout.ts';
import { svgCoordinate } from './convolution1dPaths.ts';

/** What the discrete layout reads (the widget model's discrete view has these fields). */
export interface DiscretePlotInput {
  f: readonly number[];
  g: readonly number[];
  output: { values: readonly number[]; firstIndex: number };
  /** The k (and n) range of the shared x axis. */
  kRange: readonly [number, number];
  /** The current output index. */
  n: number;
  /** Where g[j] sits on the k axis at this n. */
  gPositions: readonly number[];
  /** The overlapping pairs: index k of f and the product's text. */
  terms: readonly { k: number; productText: string }[];
}

/** A row of the figure: its box, value ticks and zero line. */
export interface RowFrame {
  top: number;
  bottom: number;
  zeroY: number;
  yTicks: readonly Tick[];
}

/** A stem: a line from the zero line to the value, with a dot at its end. */
export interface Stem {
  key: string;
  x: number;
  y: number;
  value: number;
  /** True when the stem takes part in the sum at n. */
  active: boolean;
}

/** One output bar (drawn when filled) and its hover area, keyed by n. */
export interface OutputBar {
  n: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Output computed so far: index <= n. */
  filled: boolean;
  current: boolean;
}

/** Everything the discrete figure draws, in viewBox px. */
export interface DiscreteGeometry {
  kind: 'discrete';
  width: number;
  height: number;
  left: number;
  right: number;
  /** Width of one k slot. */
  slot: number;
  dotRadius: number;
  rows: { f: RowFrame; g: RowFrame; products: { top: number; y: number }; output: RowFrame };
  /** k labels along the bottom (every 1, 2, 5 or 10 when slots are narrow). */
  xTicks: readonly Tick[];
  fStems: readonly Stem[];
  gStems: readonly Stem[];
  /** Products of the overlapping pairs, at their k; font size 0 when slots are too narrow (the formula lists them). */
  products: readonly { key: string; x: number; text: string }[];
  productFontSize: number;
  outputBars: readonly OutputBar[];
  /** x of the current n. */
  cursorX: number;
}

/** The default size of the discrete figure. */
export const DISCRETE_FIGURE_SIZE: FigureSize = { width: 400, height: 420 };

/** Margins in px: right edge, room for k labels at the bottom, each row's title above it, the products' line. */
const MARGIN = { right: 12, bottom: 36 } as const;
const TITLE_ROOM = 26;
const PRODUCTS_HEIGHT = 16;

/** The smallest label step of 1, 2, 5, 10, … that keeps labels 20 px apart. */
function labelStep(slot: number): number {
  for (const step of [1, 2, 5, 10, 20]) if (slot * step >= 20) return step;
  return 50;
}

/** Lays out the discrete figure for `view` in `size`. */
export function layoutConvolution1dDiscrete(view: DiscretePlotInput, size: FigureSize = DISCRETE_FIGURE_SIZE): DiscreteGeometry {
  const usable = size.height - MARGIN.bottom - 4 * TITLE_ROOM - PRODUCTS_HEIGHT;
  const rowHeight = usable * 0.3;
  const fTop = TITLE_ROOM;
  const gTop = fTop + rowHeight + TITLE_ROOM;
  const productsTop = gTop + rowHeight + TITLE_ROOM;
  const outputTop = productsTop + PRODUCTS_HEIGHT + TITLE_ROOM;
  const outputBottom = size.height - MARGIN.bottom;

  const row = (values: readonly number[], top: number, bottom: number) => {
    const scale = valueScale([Math.min(0, ...values), Math.max(0, ...values)], bottom, top);
    return { scale, frame: { top, bottom, zeroY: svgCoordinate(scale(0)), yTicks: endTicks(scale) } };
  };
  const fRow = row(view.f, fTop, fTop + rowHeight);
  const gRow = row(view.g, gTop, gTop + rowHeight);
  const outRow = row(view.output.values, outputTop, outputBottom);

  const [kLow, kHigh] = view.kRange;
  const slotCount = kHigh - kLow + 1;
  const left = leftMarginFor([fRow.frame, gRow.frame, outRow.frame].flatMap((frame) => frame.yTicks));
  const right = size.width - MARGIN.right;
  const slot = (right - left) / slotCount;
  const x = scaleLinear()
    .domain([kLow - 0.5, kHigh + 0.5])
    .range([left, right]);

  const activeK = new Set(view.terms.map((term) => term.k));
  const fStems = view.f.map((value, k) => ({ key: `f${k}`, x: svgCoordinate(x(k)), y: svgCoordinate(fRow.scale(value)), value, active: activeK.has(k) }));
  const gStems = view.g.map((value, j) => {
    const k = view.gPositions[j];
    return { key: `g${j}`, x: svgCoordinate(x(k)), y: svgCoordinate(gRow.scale(value)), value, active: k >= 0 && k < view.f.length };
  });

  const longest = Math.max(1, ...view.terms.map((term) => term.productText.length));
  const fitted = Math.min(12, (slot * 0.95) / (0.62 * longest));
  const barWidth = Math.max(1, slot * 0.6);
  const outputBars = view.output.values.map((value, i) => {
    const n = view.output.firstIndex + i;
    const y = outRow.scale(value);
    const zero = outRow.scale(0);
    return {
      n,
      x: svgCoordinate(x(n) - barWidth / 2),
      y: svgCoordinate(Math.min(y, zero)),
      width: svgCoordinate(barWidth),
      height: svgCoordinate(Math.abs(zero - y)),
      filled: n <= view.n,
      current: n === view.n,
    };
  });

  const step = labelStep(slot);
  const xTicks: Tick[] = [];
  for (let k = kLow; k <= kHigh; k++) if (k % step === 0) xTicks.push({ position: svgCoordinate(x(k)), label: String(k).replace('-', '−') });

  return {
    kind: 'discrete',
    width: size.width,
    height: size.height,
    left,
    right,
    slot,
    dotRadius: svgCoordinate(Math.max(1.5, Math.min(4, slot / 4))),
    rows: { f: fRow.frame, g: gRow.frame, products: { top: productsTop, y: productsTop + 12 }, output: outRow.frame },
    xTicks,
    fStems,
    gStems,
    products: view.terms.map((term) => ({ key: `p${term.k}`, x: svgCoordinate(x(term.k)), text: term.productText })),
    productFontSize: fitted >= 6.5 ? svgCoordinate(fitted) : 0,
    outputBars,
    cursorX: svgCoordinate(x(view.n)),
  };
}
