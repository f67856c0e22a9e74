// Tests of the sparse forward convolution: bit-equal to an in-order float64 sum, and when it is chosen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConvGeometry } from '../../../src/engine/kernels/convGeometry.ts';
import { convForward } from '../../../src/engine/kernels/convForward.ts';
import { allFinite, sparseConvForward, suitsSparseInput } from '../../../src/engine/kernels/sparseConvForward.ts';
import { planConv2d } from '../../../src/engine/ops/convPlan.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import { randomTensor } from '../ops/convReference.ts';
import { sparseValues } from './sparseInput.ts';

/** y[n,o,i,j] = bias[o] + (float64 sum over c, p, q in order of w * x), rounded once: the dense loop's numbers. */
function inOrderForward(x: Float32Array, w: Float32Array, bias: Float32Array | null, g: ConvGeometry): Float32Array {
  const y = new Float32Array(g.batch * g.outChannels * g.outHeight * g.outWidth);
  let at = 0;
  for (let n = 0; n < g.batch; n++) {
    for (let o = 0; o < g.outChannels; o++) {
      for (let i = 0; i < g.outHeight; i++) {
        for (let j = 0; j < g.outWidth; j++) {
          let sum = 0;
          for (let c = 0; c < g.inChannels; c++) {
            for (let p = 0; p < g.kernelHeight; p++) {
              for (let q = 0; q < g.kernelWidth; q++) {
                const r = i + p - g.padTop;
                const v = j + q - g.padLeft;
                const pixel = r >= 0 && r < g.inHeight && v >= 0 && v < g.inWidth ? x[((n * g.inChannels + c) * g.inHeight + r) * g.inWidth + v] : 0;
                sum += w[((o * g.inChannels + c) * g.kernelHeight + p) * g.kernelWidth + q] * pixel;
              }
            }
          }
          y[at++] = (bias === null ? 0 : bias[o]) + sum;
        }
      }
    }
  }
  return y;
}

describe('sparseConvForward', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions, boolean]> = [
    ['x=[3,1,12,12] w=[4,1,5,5] valid (the reference network conv1)', [3, 1, 12, 12], [4, 1, 5, 5], {}, true],
    ['x=[2,3,7,8] w=[6,3,3,2] same, no bias (6 channels: a partial block of 4)', [2, 3, 7, 8], [6, 3, 3, 2], { padding: 'same' }, false],
    ['x=[1,2,5,5] w=[3,2,3,3] p=3 (a crop)', [1, 2, 5, 5], [3, 2, 3, 3], { padding: 3 }, true],
    ['x=[1,1,6,6] w=[1,1,3,3] full', [1, 1, 6, 6], [1, 1, 3, 3], { padding: 'full' }, true],
  ];
  it.each(cases)('sparseConvForward %s equals the in-order float64 sum bit for bit', (_name, xShape, wShape, o, withBias) => {
    const x = tensor(xShape, sparseValues(xShape, 0.2, 1));
    const w = randomTensor(wShape, 2);
    const bias = withBias ? randomTensor([wShape[0]], 3).data : null;
    const g = planConv2d('test', x, w, o);
    const y = new Float32Array(g.batch * g.outChannels * g.outHeight * g.outWidth).fill(99);
    sparseConvForward(x.data, w.data, bias, g, y);
    expect(Array.from(y)).toEqual(Array.from(inOrderForward(x.data, w.data, bias, g)));
  });

  it('sparseConvForward equals the in-order sum on random shapes, densities and paddings (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 3, max: 8 }),
        fc.integer({ min: 1, max: 3 }), fc.nat(2), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(),
        (channels, outChannels, size, kernel, padding, density, seed) => {
          const x = tensor([2, channels, size, size], sparseValues([2, channels, size, size], density, seed));
          const w = randomTensor([outChannels, channels, kernel, kernel], seed + 1);
          const bias = randomTensor([outChannels], seed + 2).data;
          const g = planConv2d('test', x, w, { padding });
          const y = new Float32Array(2 * outChannels * g.outHeight * g.outWidth);
          sparseConvForward(x.data, w.data, bias, g, y);
          expect(Array.from(y)).toEqual(Array.from(inOrderForward(x.data, w.data, bias, g)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('convForward on a mostly-zero input', () => {
  it('convForward x=[2,1,8,8] 15% nonzero: equal to the in-order sum; a weight of Infinity gives NaN as the dense loop does', () => {
    const x = tensor([2, 1, 8, 8], sparseValues([2, 1, 8, 8], 0.15, 12));
    const w = randomTensor([3, 1, 3, 3], 13);
    const g = planConv2d('test', x, w, {});
    const y = new Float32Array(2 * 3 * 36);
    convForward(x.data, w.data, null, g, y);
    expect(Array.from(y)).toEqual(Array.from(inOrderForward(x.data, w.data, null, g)));
    w.data[4] = Infinity;
    convForward(x.data, w.data, null, g, y);
    expect(Array.from(y)).toEqual(Array.from(inOrderForward(x.data, w.data, null, g)));
    expect(y.some(Number.isNaN)).toBe(true);
  });
});

describe('suitsSparseInput and allFinite', () => {
  const w = randomTensor([2, 1, 3, 3], 1);
  const plan = (x: number[], o: Conv2dOptions) => planConv2d('test', tensor(x), w, o);
  it('suitsSparseInput x=[1,1,28,28] 10% nonzero, stride 1 -> true; 60% nonzero -> false', () => {
    const g = plan([1, 1, 28, 28], {});
    expect(suitsSparseInput(sparseValues([1, 1, 28, 28], 0.1, 4), g)).toBe(true);
    expect(suitsSparseInput(sparseValues([1, 1, 28, 28], 0.6, 4), g)).toBe(false);
  });

  it('suitsSparseInput all-zero x=[1,1,9,9] with stride 2 or dilation 2 -> false (only stride 1, dilation 1)', () => {
    const zeros = new Float32Array(81);
    expect(suitsSparseInput(zeros, plan([1, 1, 9, 9], { stride: 2 }))).toBe(false);
    expect(suitsSparseInput(zeros, plan([1, 1, 9, 9], { dilation: 2 }))).toBe(false);
    expect(suitsSparseInput(zeros, plan([1, 1, 9, 9], {}))).toBe(true);
  });

  it('allFinite [1, -2, 0] -> true; with Infinity, -Infinity or NaN -> false', () => {
    expect(allFinite(Float32Array.from([1, -2, 0]))).toBe(true);
    for (const bad of [Infinity, -Infinity, NaN]) expect(allFinite(Float32Array.from([1, bad, 0]))).toBe(false);
  });
});
