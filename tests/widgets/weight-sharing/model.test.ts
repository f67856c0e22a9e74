// Tests of weight-sharing's model: reading params, the shifted signal, the output by the engine's
// conv1d, the weight matrix (band, equal diagonals, W x = conv1d), equivariance, reconcile and the
// sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeConvGraph, describeShift, localWeightsOf } from '../../../src/widgets/weight-sharing/describe.ts';
import { convOutput, equivariance, matrixTimes, readParams, readWeight, shiftSignal, weightMatrix } from '../../../src/widgets/weight-sharing/model.ts';
import { fitSignal } from '../../../src/widgets/weight-sharing/paramLimits.ts';
import { reconcileWeightSharing } from '../../../src/widgets/weight-sharing/reconcileParams.ts';

const weight = fc.integer({ min: -20, max: 20 }).map((x) => x / 2);
const kernelAndSignal = fc
  .integer({ min: 3, max: 16 })
  .chain((n) => fc.tuple(fc.array(weight, { minLength: 1, maxLength: Math.min(7, n) }), fc.array(weight, { minLength: n, maxLength: n })));

describe('readParams', () => {
  it('defaults: kernel 1,2,-1, n=8, graph, bump signal, shift 0', () => {
    expect(readParams({})).toEqual({ kernel: [1, 2, -1], inputs: 8, view: 'graph', signal: [0, 0, 1, 2, 1, 0, 0, 0], shift: 0 });
  });

  it('n raised to the kernel length, signal fitted to n, shift clamped to [-4, 4]', () => {
    const p = readParams({ kernel: [1, 1, 1, 1, 1], inputs: 3, signal: [1, 2], shift: 9 });
    expect(p.inputs).toBe(5);
    expect(p.signal).toEqual([1, 2, 0, 0, 0]);
    expect(p.shift).toBe(4);
  });
});

describe('signals', () => {
  it('fitSignal cuts or pads: [1,2,3] to 2 -> [1,2], to 5 -> [1,2,3,0,0]', () => {
    expect(fitSignal([1, 2, 3], 2)).toEqual([1, 2]);
    expect(fitSignal([1, 2, 3], 5)).toEqual([1, 2, 3, 0, 0]);
  });

  it('shiftSignal [1,2,3,4] by 1 -> [0,1,2,3]; by -2 -> [3,4,0,0]; by 0 unchanged', () => {
    expect(shiftSignal([1, 2, 3, 4], 1)).toEqual([0, 1, 2, 3]);
    expect(shiftSignal([1, 2, 3, 4], -2)).toEqual([3, 4, 0, 0]);
    expect(shiftSignal([1, 2, 3, 4], 0)).toEqual([1, 2, 3, 4]);
  });
});

describe('convOutput (engine conv1d: cross-correlation, valid)', () => {
  it('x = 0,0,1,2,1,0,0,0, w = 1,2,-1 -> -1,0,4,4,1,0 (no flip: y[j] = sum x[j+p] w[p])', () => {
    expect(convOutput([0, 0, 1, 2, 1, 0, 0, 0], [1, 2, -1])).toEqual([-1, 0, 4, 4, 1, 0]);
  });

  it('0.1-steps come back as decimals: x = 0.1,0.2,0.3, w = 1 -> 0.1,0.2,0.3', () => {
    expect(convOutput([0.1, 0.2, 0.3], [1])).toEqual([0.1, 0.2, 0.3]);
  });

  it('a sum that cancels is 0, not float32 noise: x = 1,1,1, w = 0.1,0.2,-0.3 -> 0', () => {
    expect(convOutput([1, 1, 1], [0.1, 0.2, -0.3])).toEqual([0]);
  });
});

describe('weightMatrix', () => {
  it('kernel 1,2,-1, n=5: 3x5 band, zeros outside, diagonals equal', () => {
    const W = weightMatrix([1, 2, -1], 5);
    expect(W.map((row) => row.map((e) => e.value))).toEqual([
      [1, 2, -1, 0, 0],
      [0, 1, 2, -1, 0],
      [0, 0, 1, 2, -1],
    ]);
    expect(W[1].map((e) => e.kernelIndex)).toEqual([null, 0, 1, 2, null]);
  });

  it('band structure and equal diagonals for every kernel and n; W x equals conv1d', () => {
    fc.assert(
      fc.property(kernelAndSignal, ([w, x]) => {
        const n = x.length;
        const W = weightMatrix(w, n);
        expect(W).toHaveLength(n - w.length + 1);
        W.forEach((row, j) =>
          row.forEach((entry, i) => {
            const p = i - j;
            if (p < 0 || p >= w.length) expect(entry).toEqual({ value: 0, kernelIndex: null });
            else expect(entry).toEqual({ value: w[p], kernelIndex: p });
          }),
        );
        const product = matrixTimes(W, x);
        const conv = convOutput(x, w);
        product.forEach((value, j) => expect(value).toBeCloseTo(conv[j], 4));
      }),
    );
  });
});

describe('equivariance', () => {
  it('shift 2 of the bump with kernel 1,2,-1: exact copy moved right by 2', () => {
    const check = equivariance([0, 0, 1, 2, 1, 0, 0, 0], [1, 2, -1], 2);
    expect(check.y).toEqual([-1, 0, 4, 4, 1, 0]);
    expect(check.yShifted).toEqual([0, 0, -1, 0, 4, 4]);
    expect(check.exact).toBe(false);
    expect(check.leftAtBorder).toEqual([4]);
    expect(check.enteredAtBorder).toEqual([]);
  });

  it('shift 1 of the bump: exact (nothing leaves or enters)', () => {
    const check = equivariance([0, 0, 1, 2, 1, 0, 0, 0], [1, 2, -1], 1);
    expect(check.exact).toBe(true);
    expect(check.yShifted).toEqual([0, -1, 0, 4, 4, 1]);
  });

  it('away from the borders y′[j] = y[j - s], for every kernel, signal and shift in [-4, 4]', () => {
    fc.assert(
      fc.property(kernelAndSignal, fc.integer({ min: -4, max: 4 }), ([w, x], s) => {
        const check = equivariance(x, w, s);
        const m = check.y.length;
        check.yShifted.forEach((value, j) => {
          if (j - s >= 0 && j - s < m) expect(value).toBeCloseTo(check.y[j - s], 4);
        });
      }),
    );
  });
});

describe('reconcileWeightSharing', () => {
  it('kernel of 5 with n=3 -> n moved to 5 and the signal padded, both reported', () => {
    const result = reconcileWeightSharing({ kernel: [1, 1, 1, 1, 1], inputs: 3, signal: [1, 2, 3], view: 'graph', shift: 0 });
    expect(result.values.inputs).toBe(5);
    expect(result.values.signal).toEqual([1, 2, 3, 0, 0]);
    expect(result.moved.map((m) => m.name)).toEqual(['inputs', 'signal']);
  });

  it('signal longer than n -> cut; defaults unchanged', () => {
    expect(reconcileWeightSharing({ kernel: [1], inputs: 3, signal: [1, 2, 3, 4] }).values.signal).toEqual([1, 2, 3]);
    const defaults = { kernel: [1, 2, -1], inputs: 8, signal: [0, 0, 1, 2, 1, 0, 0, 0] };
    expect(reconcileWeightSharing(defaults)).toEqual({ values: defaults, moved: [] });
  });
});

describe('sentences', () => {
  it('describeConvGraph 1,2,-1 n=8', () => {
    expect(describeConvGraph([1, 2, -1], 8, 'en')).toBe('Convolutional layer: 8 inputs, 6 outputs, 18 edges using only 3 weights: w₁ = 1, w₂ = 2, w₃ = −1, each on 6 edges.');
  });

  it('localWeightsOf y₂ k=3 -> w₂,₂ w₂,₃ w₂,₄', () => {
    expect(localWeightsOf(1, 3)).toBe('y₂: w₂,₂ w₂,₃ w₂,₄');
  });

  it('describeShift: 0, exact 1, border 2 (en) and zh', () => {
    const x = [0, 0, 1, 2, 1, 0, 0, 0];
    expect(describeShift(equivariance(x, [1, 2, -1], 0), 'en')).toMatch(/^The shift is 0/);
    expect(describeShift(equivariance(x, [1, 2, -1], 1), 'en')).toBe(
      'The input moved 1 place to the right, and so did the output: every value of y reappears in y′. This is translation equivariance.',
    );
    expect(describeShift(equivariance(x, [1, 2, -1], 2), 'en')).toBe('Away from the borders the output moved 2 places to the right as well; at the border, y₅ fell off the right end.');
    expect(describeShift(equivariance(x, [1, 2, -1], -3), 'zh')).toContain('向左平移了 3 位');
  });

  it('describeShift zh: one value entered at the border -> 它的窗口, two -> 它们的窗口', () => {
    expect(describeShift(equivariance([1, 0, 0, 0, 0, 0], [1, 2, -1], 1), 'zh')).toContain('y′₁ 是新出现的值（它的窗口里有移进来的零）');
    expect(describeShift(equivariance([1, 0, 0, 0, 0, 0], [1, 1, 1], 2), 'zh')).toContain('y′₁、y′₂ 是新出现的值（它们的窗口里有移进来的零）');
  });
});

describe('readWeight', () => {
  it.each([
    ['0.5', 0.5],
    ['−2', -2],
    ['１０', 10],
    ['10.5', null],
    ['', null],
    ['-', null],
  ])('%s -> %s', (text, value) => {
    expect(readWeight(text)).toBe(value);
  });
});
