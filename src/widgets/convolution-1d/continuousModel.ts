// Continuous mode: (f*g)(t) = ∫ f(τ) g(t-τ) dτ (or the cross-correlation ∫ f(τ) g(τ-t) dτ) by the
// trapezoid rule, the output curve over t in [-6, 6], and the samples the plot draws. Pure.
import { CONTINUOUS_LIMIT } from './paramLimits.ts';
import type { ContinuousShape } from './shapes.ts';

/**
 * Integration runs over τ in [-20, 20]: wide enough for every shape at every t in [-6, 6] (a gaussian
 * is cut 10 from its centre, where it is below 1e-22; an exponential placed at t = 6 leaves out
 * e^-14 ≈ 8e-7 of its area). The step's infinite support is cut there; that changes no convolution,
 * and only one cross-correlation, step ⋆ step, whose integral is infinite (ContinuousSetup.truncated).
 */
export const INTEGRATION_LIMIT = 20;
/** The largest integration step dτ. */
export const INTEGRATION_STEP = 0.01;
/** Spacing of the t grid of the output curve and of the plot's τ samples. */
export const CURVE_STEP = 0.05;
/** Grid points per unit of the curve grid (1 / CURVE_STEP), so grid points are j / 20 without drift. */
const CURVE_POINTS_PER_UNIT = 20;
/** Offset that samples just either side of a jump (well beyond the shapes' 1e-9 jump tolerance). */
const EDGE_OFFSET = 1e-6;
/** Offset inside each smooth piece at which the integrand is read at the piece's ends. */
const PIECE_INSET = 1e-7;

/** What sits under f in the integral at shift t: g(t - τ) when flipped, g(τ - t) when not. */
export function placedKernel(g: ContinuousShape, t: number, flip: boolean): (tau: number) => number {
  return flip ? (tau) => g.at(t - tau) : (tau) => g.at(tau - t);
}

/** Where the placed kernel can be nonzero: [t - to, t - from] when flipped, [t + from, t + to] when not. */
function placedSupport(g: ContinuousShape, t: number, flip: boolean): [number, number] {
  const [from, to] = g.support;
  return flip ? [t - to, t - from] : [t + from, t + to];
}

/** Where the placed kernel jumps or bends: t - b (flipped) or t + b for each breakpoint b of g. */
function placedBreakpoints(g: ContinuousShape, t: number, flip: boolean): number[] {
  return g.breakpoints.map((b) => (flip ? t - b : t + b));
}

/**
 * (f*g)(t) = ∫ f(τ) g(t-τ) dτ when `flip`, else (f⋆g)(t) = ∫ f(τ) g(τ-t) dτ, over the part of
 * [-20, 20] where both can be nonzero. That interval is cut at every jump or corner of f and of the
 * placed g; each smooth piece gets the trapezoid rule with equal steps of at most 0.01, its ends read
 * just inside the piece (so a jump counts its own side, never the other's). Exact for piecewise-linear
 * products, error O(dτ²) otherwise.
 */
export function integrateAt(f: ContinuousShape, g: ContinuousShape, t: number, flip: boolean): number {
  const [gFrom, gTo] = placedSupport(g, t, flip);
  const from = Math.max(-INTEGRATION_LIMIT, f.support[0], gFrom);
  const to = Math.min(INTEGRATION_LIMIT, f.support[1], gTo);
  if (!(from < to)) return 0;
  const cuts = [...f.breakpoints, ...placedBreakpoints(g, t, flip)].filter((x) => x > from && x < to);
  const ends = [from, ...new Set(cuts), to].sort((a, b) => a - b);
  const kernel = placedKernel(g, t, flip);
  const integrand = (tau: number) => f.at(tau) * kernel(tau);
  let total = 0;
  for (let p = 0; p + 1 < ends.length; p++) {
    const [a, b] = [ends[p], ends[p + 1]];
    const width = b - a;
    if (width <= 2 * PIECE_INSET) continue;
    const steps = Math.max(1, Math.ceil(width / INTEGRATION_STEP - 1e-9));
    const h = width / steps;
    let sum = (integrand(a + PIECE_INSET) + integrand(b - PIECE_INSET)) / 2;
    for (let i = 1; i < steps; i++) sum += integrand(a + i * h);
    total += sum * h;
  }
  return total;
}

/** Points j / 20 for j from -20·limit to 20·limit: the grid -limit, -limit + 0.05, …, limit. */
export function curveGrid(limit: number): number[] {
  const count = limit * CURVE_POINTS_PER_UNIT;
  return Array.from({ length: 2 * count + 1 }, (_, j) => (j - count) / CURVE_POINTS_PER_UNIT);
}

/** Smallest and largest of `values` and 0 (so an axis always shows the zero line). */
export function extentWithZero(values: Iterable<number>): [number, number] {
  let low = 0;
  let high = 0;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}

/** Everything of continuous mode that does not depend on the shift: computed once per f, g, flip. */
export interface ContinuousSetup {
  f: ContinuousShape;
  g: ContinuousShape;
  flip: boolean;
  /** True when the integral is infinite (step ⋆ step) and the values shown are cut at τ = 20. */
  truncated: boolean;
  /** The output curve: t on the 0.05 grid of [-6, 6] and the integral at each. */
  curve: { t: readonly number[]; value: readonly number[] };
  /** Value range of the top panel, the same at every shift: f, g and every product of their extremes, and 0. */
  shapeRange: readonly [number, number];
  /** Value range of the output curve, with 0. */
  outputRange: readonly [number, number];
}

/** The values of `shape` on the grid of [-2·limit, 2·limit] and at both sides of its breakpoints. */
function sampledValues(shape: ContinuousShape): number[] {
  const xs = [...curveGrid(2 * CONTINUOUS_LIMIT), ...shape.breakpoints.flatMap((b) => [b - EDGE_OFFSET, b + EDGE_OFFSET])];
  return xs.map((x) => shape.at(x));
}

/** Prepares continuous mode for f, g and flip: the output curve and the stable value ranges. */
export function prepareContinuous(f: ContinuousShape, g: ContinuousShape, flip: boolean): ContinuousSetup {
  const t = curveGrid(CONTINUOUS_LIMIT);
  const value = t.map((at) => integrateAt(f, g, at, flip));
  const [fLow, fHigh] = extentWithZero(sampledValues(f));
  const [gLow, gHigh] = extentWithZero(sampledValues(g));
  const products = [fLow * gLow, fLow * gHigh, fHigh * gLow, fHigh * gHigh];
  return {
    f,
    g,
    flip,
    truncated: !flip && f.persistsRight && g.persistsRight,
    curve: { t, value },
    shapeRange: extentWithZero([fLow, fHigh, gLow, gHigh, ...products]),
    outputRange: extentWithZero(value),
  };
}

/** The view of continuous mode at one shift t. */
export interface ContinuousView {
  mode: 'continuous';
  flip: boolean;
  truncated: boolean;
  /** The shift t, clamped to [-6, 6]. */
  t: number;
  /** (f*g)(t), or (f⋆g)(t) without flip. */
  value: number;
  /** The top panel's samples over τ in [-6, 6]: f(τ), the placed g and their product (shaded). */
  window: { tau: readonly number[]; f: readonly number[]; g: readonly number[]; product: readonly number[] };
  curve: ContinuousSetup['curve'];
  shapeRange: ContinuousSetup['shapeRange'];
  outputRange: ContinuousSetup['outputRange'];
}

/** The τ samples of the top panel: the 0.05 grid of [-6, 6] plus both sides of every jump of f and of the placed g. */
function windowSamples(setup: ContinuousSetup, t: number): number[] {
  const edges = [...setup.f.breakpoints, ...placedBreakpoints(setup.g, t, setup.flip)].flatMap((b) => [b - EDGE_OFFSET, b, b + EDGE_OFFSET]);
  const inside = edges.filter((x) => x >= -CONTINUOUS_LIMIT && x <= CONTINUOUS_LIMIT);
  return [...new Set([...curveGrid(CONTINUOUS_LIMIT), ...inside])].sort((a, b) => a - b);
}

/** The view at `shift` (clamped to [-6, 6]; a non-finite shift counts as 0). */
export function continuousAt(setup: ContinuousSetup, shift: number): ContinuousView {
  const t = Number.isFinite(shift) ? Math.min(CONTINUOUS_LIMIT, Math.max(-CONTINUOUS_LIMIT, shift)) : 0;
  const tau = windowSamples(setup, t);
  const kernel = placedKernel(setup.g, t, setup.flip);
  const f = tau.map((x) => setup.f.at(x));
  const g = tau.map(kernel);
  return {
    mode: 'continuous',
    flip: setup.flip,
    truncated: setup.truncated,
    t,
    value: integrateAt(setup.f, setup.g, t, setup.flip),
    window: { tau, f, g, product: f.map((v, i) => v * g[i]) },
    curve: setup.curve,
    shapeRange: setup.shapeRange,
    outputRange: setup.outputRange,
  };
}
