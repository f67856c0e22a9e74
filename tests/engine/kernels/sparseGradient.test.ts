// Tests of the gradients for a mostly-zero dy: bit-equal to the dense paths' sums, and when they are chosen.
import { describe, expect, it } from 'vitest';
import { convInputGrad } from '../../../src/engine/kernels/convInputGrad.ts';
import { convWeightGrad } from '../../../src/engine/kernels/convWeightGrad.ts';
import { regionInputGrad } from '../../../src/engine/kernels/regionInputGrad.ts';
import { sparseGradientDensity, sparseInputGrad, sparseWeightGrad } from '../../../src/engine/kernels/sparseGradient.ts';
import { planConv2d } from '../../../src/engine/ops/convPlan.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import { randomTensor } from '../ops/convReference.ts';
import { inOrderWeightGrad, sparseValues } from './sparseInput.ts';

const cases: Array<[string, number[], number[], number]> = [
  ['x=[3,8,11,11] w=[16,8,3,3] (the reference network conv3), chunks of 2', [3, 8, 11, 11], [16, 8, 3, 3], 2],
  ['x=[2,3,7,9] w=[5,3,2,4] (5 channels, a 2x4 kernel), chunks of 1', [2, 3, 7, 9], [5, 3, 2, 4], 1],
  ['x=[2,2,4,4] w=[3,2,1,1] (1x1 kernel), one chunk', [2, 2, 4, 4], [3, 2, 1, 1], 2],
];

function setup(xShape: number[], wShape: number[], seed: number) {
  const x = randomTensor(xShape, seed);
  const w = randomTensor(wShape, seed + 1);
  const g = planConv2d('test', x, w, {});
  const dyShape = [g.batch, g.outChannels, g.outHeight, g.outWidth];
  return { x, w, g, dy: sparseValues(dyShape, 0.15, seed + 2) };
}

describe('sparseInputGrad', () => {
  it.each(cases)('sparseInputGrad %s equals regionInputGrad bit for bit', (_name, xShape, wShape) => {
    const { x, w, g, dy } = setup(xShape, wShape, 1);
    const dx = new Float32Array(x.data.length).fill(99);
    sparseInputGrad(dy, w.data, g, dx);
    const expected = new Float32Array(x.data.length);
    regionInputGrad(dy, w.data, g, expected);
    expect(Array.from(dx)).toEqual(Array.from(expected));
  });

  it('convInputGrad with a weight of Infinity takes the dense path (0 * Infinity is NaN there too)', () => {
    const { x, w, g, dy } = setup([1, 2, 6, 6], [2, 2, 3, 3], 4);
    w.data[0] = Infinity;
    const dx = new Float32Array(x.data.length);
    convInputGrad(dy, w.data, g, dx);
    const expected = new Float32Array(x.data.length);
    regionInputGrad(dy, w.data, g, expected);
    expect(Array.from(dx)).toEqual(Array.from(expected));
    expect(dx.some(Number.isNaN)).toBe(true);
  });
});

describe('sparseWeightGrad', () => {
  it.each(cases)('sparseWeightGrad %s equals the in-order float64 sums per chunk bit for bit', (_name, xShape, wShape, chunk) => {
    const { x, g, dy } = setup(xShape, wShape, 7);
    const start = randomTensor(wShape, 8).data;
    const dw = Float32Array.from(start);
    sparseWeightGrad(x.data, dy, g, dw, chunk);
    const expected = Float32Array.from(start);
    inOrderWeightGrad(x.data, dy, g, expected, chunk);
    expect(Array.from(dw)).toEqual(Array.from(expected));
  });

  it('convWeightGrad with an input of NaN takes the dense path (0 * NaN is NaN there too)', () => {
    const { x, g, dy } = setup([1, 2, 6, 6], [2, 2, 3, 3], 10);
    x.data[0] = NaN;
    const dw = new Float32Array(2 * 2 * 3 * 3);
    convWeightGrad(x.data, dy, g, dw);
    expect(Number.isNaN(dw[0])).toBe(true);
    expect(Number.isNaN(dw[18])).toBe(true);
  });
});

describe('sparseGradientDensity', () => {
  const w = randomTensor([2, 1, 3, 3], 1);
  const plan = (shape: number[], o: Conv2dOptions) => planConv2d('test', tensor(shape), w, o);
  it('sparseGradientDensity of dy with 1 nonzero in 5 sampled values, valid stride 1 -> 0.2', () => {
    const dy = new Float32Array(2 * 7 * 7);
    for (let i = 0; i < dy.length; i += 25) dy[i] = 1;
    expect(sparseGradientDensity(dy, plan([1, 1, 9, 9], {}))).toBeCloseTo(0.2, 1);
  });

  it.each([
    ['stride 2', { stride: 2 }],
    ['dilation 2', { dilation: 2 }],
    ['padding 1', { padding: 1 }],
  ] as const)('sparseGradientDensity x=[1,1,9,9] %s -> Infinity (only stride 1, dilation 1, no padding)', (_name, o) => {
    expect(sparseGradientDensity(new Float32Array(100), plan([1, 1, 9, 9], o))).toBe(Infinity);
  });
});
