// Layout of convolution-1d's discrete figure: rows of stems for f[k] and for g placed at n, the
// products of the overlapping pairs as numbers, and the output bars filled up to n. Pure geometry;
// render layer (d3-scale only, no DOM, no store).
import { scaleLinear } from 'd3-scale';
import {
  endTicks,
  LABEL_FONT_SIZE,
  labelWidth,
  leftMarginFor,
  TICK_LABEL_REACH,
  TITLE_ASCENT,
  TITLE_CLEARANCE,
  valueScale,
  withMinusSign,
  type Tick,
} from './convolution1dAxes.ts';
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

/** A row of the figure: its box, value ticks, zero line and the baseline of its title (above the box). */
export interface RowFrame {
  top: number;
  bottom: number;
  zeroY: number;
  yTicks: readonly Tick[];
  titleY: number;
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

/** One output bar (drawn when filled) and its click area, keyed by n. */
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
  rows: { f: RowFrame; g: RowFrame; products: { top: number; y: number; titleY: number }; output: RowFrame };
  /** k labels along the bottom: every 1, 2, 5, 10, … so that neighbouring labels never touch. */
  xTicks: readonly Tick[];
  fStems: readonly Stem[];
  gStems: readonly Stem[];
  /**
   * Products of the overlapping pairs at their k, written with `−`, in the 12 px label font; a product
   * whose label would touch the one kept before it is left out (the formula lists every term).
   */
  products: readonly { key: string; x: number; text: string }[];
  productFontSize: number;
  outputBars: readonly OutputBar[];
  /** x of the current n. */
  cursorX: number;
}

/** The default size of the discrete figure. */
export const DISCRETE_FIGURE_SIZE: FigureSize = { width: 400, height: 440 };

/** Margins in px: right edge, room for k labels at the bottom, the products' line. */
const MARGIN = { right: 12, bottom: 36 } as const;
const PRODUCTS_HEIGHT = 16;
/** Title baseline above its row's top: clear of the row's highest tick label beside it. */
const TITLE_RAISE = 11;
/**
 * Room above each row for its title: the title's glyphs stay TITLE_CLEARANCE below the lowest tick
 * label of the row above (which reaches TICK_LABEL_REACH below that row): 5 + 6 + 11 + 11 = 33.
 */
const TITLE_ROOM = TICK_LABEL_REACH + TITLE_CLEARANCE + TITLE_ASCENT + TITLE_RAISE;
/** The least space between two neighbouring labels (k ticks, products). */
const LABEL_GAP = 6;

/** The smallest step of 1, 2, 5, 10, 20, … at which labels as wide as `widest` px, `slot` px per k, keep LABEL_GAP apart. */
export function labelStep(slot: number, widest: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of [scale, 2 * scale, 5 * scale]) if (slot * step >= widest + LABEL_GAP || step >= 1000) return step;
  }
}

/** The labels (centred at x, sorted by x) kept from the left: each inside [0, width] and LABEL_GAP clear of the one kept before it. */
function spacedLabels<T extends { x: number; text: string }>(labels: readonly T[], width: number): T[] {
  const kept: T[] = [];
  let end = -Infinity;
  for (const label of labels) {
    const half = labelWidth(label.text) / 2;
    if (label.x - half < Math.max(0, end + LABEL_GAP) || label.x + half > width) continue;
    kept.push(label);
    end = label.x + half;
  }
  return kept;
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
    return { scale, frame: { top, bottom, zeroY: svgCoordinate(scale(0)), yTicks: endTicks(scale), titleY: top - TITLE_RAISE } };
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

  const widestK = Math.max(labelWidth(withMinusSign(String(kLow))), labelWidth(String(kHigh)));
  const step = labelStep(slot, widestK);
  const xTicks: Tick[] = [];
  for (let k = kLow; k <= kHigh; k++) if (k % step === 0) xTicks.push({ position: svgCoordinate(x(k)), label: withMinusSign(String(k)) });
  const products = view.terms.map((term) => ({ key: `p${term.k}`, x: svgCoordinate(x(term.k)), text: withMinusSign(term.productText) }));

  return {
    kind: 'discrete',
    width: size.width,
    height: size.height,
    left,
    right,
    slot,
    dotRadius: svgCoordinate(Math.max(1.5, Math.min(4, slot / 4))),
    rows: { f: fRow.frame, g: gRow.frame, products: { top: productsTop, y: productsTop + 12, titleY: productsTop - TITLE_RAISE }, output: outRow.frame },
    xTicks,
    fStems,
    gStems,
    products: spacedLabels(products, size.width),
    productFontSize: LABEL_FONT_SIZE,
    outputBars,
    cursorX: svgCoordinate(x(view.n)),
  };
}
