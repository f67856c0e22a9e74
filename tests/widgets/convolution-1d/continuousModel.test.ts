// Tests of continuous mode: the trapezoid integral against closed forms, the output curve, the
// truncation of infinite supports, and the view at a shift.
import { describe, expect, it } from 'vitest';
import {
  continuousAt,
  curveGrid,
  integrateAt,
  INTEGRATION_LIMIT,
  prepareContinuous,
} from '../../../src/widgets/convolution-1d/continuousModel.ts';
import { SHAPE_WORDS } from '../../../src/widgets/convolution-1d/paramLimits.ts';
import { continuousShape, type ContinuousShape, type ShapeValue } from '../../../src/widgets/convolution-1d/shapes.ts';

const shape = (value: ShapeValue) => continuousShape(value);
const sampleTs = curveGrid(6).filter((_, i) => i % 5 === 0);

/** The part of the integral that the cut at ±20 leaves out, up to ±60: midpoint rule, step 0.01, on both tails. */
function tailBeyondLimit(f: ContinuousShape, g: ContinuousShape, t: number, flip: boolean): number {
  const h = 0.01;
  let sum = 0;
  for (let x = INTEGRATION_LIMIT + h / 2; x < 60; x += h) {
    for (const tau of [x, -x]) sum += Math.abs(f.at(tau) * (flip ? g.at(t - tau) : g.at(tau - t)));
  }
  return sum * h;
}

describe('integrateAt against closed forms', () => {
  it.each(sampleTs)('box * box = triangle at t=%d', (t) => {
    expect(integrateAt(shape('box'), shape('box'), t, true)).toBeCloseTo(Math.max(0, 1 - Math.abs(t)), 6);
  });

  it.each(sampleTs)('exponential * step = 1 - e^-t (t >= 0) at t=%d', (t) => {
    const expected = t < 0 ? 0 : 1 - Math.exp(-t);
    expect(integrateAt(shape('exponential'), shape('step'), t, true)).toBeCloseTo(expected, 3);
  });

  it.each(sampleTs)('gaussian * gaussian = N(0, 2) density at t=%d', (t) => {
    const expected = Math.exp(-(t * t) / 4) / Math.sqrt(4 * Math.PI);
    expect(integrateAt(shape('gaussian'), shape('gaussian'), t, true)).toBeCloseTo(expected, 6);
  });

  it.each(sampleTs)('box * exponential = rise then decay at t=%d', (t) => {
    const expected = t < -0.5 ? 0 : t <= 0.5 ? 1 - Math.exp(-(t + 0.5)) : Math.exp(-(t - 0.5)) - Math.exp(-(t + 0.5));
    expect(integrateAt(shape('box'), shape('exponential'), t, true)).toBeCloseTo(expected, 3);
  });

  it.each(sampleTs)('step * step = max(t, 0) at t=%d', (t) => {
    expect(integrateAt(shape('step'), shape('step'), t, true)).toBeCloseTo(Math.max(0, t), 6);
  });

  it('staircase [1,3,2] * box at t=1 -> 2 (half of the first step and half of the second)', () => {
    expect(integrateAt(shape([1, 3, 2]), shape('box'), 1, true)).toBeCloseTo(2, 9);
  });

  it('all-zero f gives 0 everywhere', () => {
    expect(sampleTs.map((t) => integrateAt(shape([0, 0]), shape('gaussian'), t, true)).every((v) => v === 0)).toBe(true);
  });
});

describe('flip: convolution vs cross-correlation', () => {
  it.each(sampleTs)('box: flip=1 and flip=0 agree at t=%d', (t) => {
    expect(integrateAt(shape('box'), shape('box'), t, false)).toBeCloseTo(integrateAt(shape('box'), shape('box'), t, true), 12);
  });

  it('exponential: flip=1 and flip=0 differ (box * exp at t=1 vs box ⋆ exp at t=1)', () => {
    const convolution = integrateAt(shape('box'), shape('exponential'), 1, true);
    const correlation = integrateAt(shape('box'), shape('exponential'), 1, false);
    expect(convolution).toBeCloseTo(Math.exp(-0.5) - Math.exp(-1.5), 3);
    expect(correlation).toBe(0);
  });

  it('box ⋆ exponential at t=-1 = e^-0.5 - e^-1.5 (the mirror image of the convolution)', () => {
    expect(integrateAt(shape('box'), shape('exponential'), -1, false)).toBeCloseTo(Math.exp(-0.5) - Math.exp(-1.5), 3);
  });
});

describe('truncation at τ = ±20', () => {
  const pairs = SHAPE_WORDS.flatMap((f) => SHAPE_WORDS.map((g) => [f, g] as const));
  it.each(pairs.flatMap(([f, g]) => [[f, g, true] as const, [f, g, false] as const]))(
    'f=%s g=%s flip=%s: beyond ±20 the integrand adds < 1e-5 for t in [-6, 6], unless the integral is infinite',
    (f, g, flip) => {
      const setup = prepareContinuous(shape(f), shape(g), flip);
      if (setup.truncated) {
        expect([f, g, flip]).toEqual(['step', 'step', false]);
        return;
      }
      for (const t of [-6, -3, 0, 3, 6]) expect(tailBeyondLimit(shape(f), shape(g), t, flip)).toBeLessThan(1e-5);
    },
  );

  it('step ⋆ step is marked truncated and cut at 20: value at t=0 is 20', () => {
    const setup = prepareContinuous(shape('step'), shape('step'), false);
    expect(setup.truncated).toBe(true);
    expect(integrateAt(shape('step'), shape('step'), 0, false)).toBeCloseTo(INTEGRATION_LIMIT, 6);
  });
});

describe('prepareContinuous and continuousAt', () => {
  it('box * exponential: curve of 241 points over [-6, 6], ranges include 0 and the peak', () => {
    const setup = prepareContinuous(shape('box'), shape('exponential'), true);
    expect(setup.curve.t).toHaveLength(241);
    expect(setup.curve.t[0]).toBe(-6);
    expect(setup.curve.t[240]).toBe(6);
    expect(setup.outputRange[0]).toBe(0);
    expect(setup.outputRange[1]).toBeCloseTo(1 - Math.exp(-1), 3);
    expect(setup.shapeRange).toEqual([0, 1]);
  });

  it('shift 0.5: value ≈ 0.632, product = f·g at every sample, samples sorted inside [-6, 6]', () => {
    const view = continuousAt(prepareContinuous(shape('box'), shape('exponential'), true), 0.5);
    expect(view.t).toBe(0.5);
    expect(view.value).toBeCloseTo(1 - Math.exp(-1), 3);
    const { tau, f, g, product } = view.window;
    expect(tau.every((x, i) => i === 0 || x > tau[i - 1])).toBe(true);
    expect(tau[0]).toBe(-6);
    expect(tau[tau.length - 1]).toBe(6);
    expect(product.every((p, i) => p === f[i] * g[i])).toBe(true);
  });

  it('the window samples both sides of the box edges and of the placed exponential jump', () => {
    const view = continuousAt(prepareContinuous(shape('box'), shape('exponential'), true), 0.3);
    const { tau, g } = view.window;
    expect(g[tau.indexOf(0.3 - 1e-6)]).toBeCloseTo(1, 5);
    expect(g[tau.indexOf(0.3)]).toBe(0.5);
    expect(g[tau.indexOf(0.3 + 1e-6)]).toBe(0);
    expect(tau).toContain(0.5 - 1e-6);
    expect(tau).toContain(0.5 + 1e-6);
  });

  it.each([
    [100, 6],
    [-7, -6],
    [Number.NaN, 0],
  ])('shift %d is clamped to t=%d', (shift, t) => {
    expect(continuousAt(prepareContinuous(shape('box'), shape('box'), true), shift).t).toBe(t);
  });

  it('twelve 100s against themselves: finite numbers only, peak 100·100·6 at t = 6 (half the overlap)', () => {
    const big = Array(12).fill(100) as number[];
    const setup = prepareContinuous(shape(big), shape(big), true);
    const view = continuousAt(setup, 6);
    const all = [...setup.curve.value, ...view.window.f, ...view.window.g, ...view.window.product, view.value, ...setup.shapeRange];
    expect(all.every(Number.isFinite)).toBe(true);
    expect(view.value).toBeCloseTo(60000, 6);
    expect(setup.shapeRange).toEqual([0, 10000]);
  });

  it('negative f: the shape range reaches below 0 (f = -4,2 against a box)', () => {
    const setup = prepareContinuous(shape([-4, 2]), shape('box'), true);
    expect(setup.shapeRange).toEqual([-4, 2]);
  });
});
