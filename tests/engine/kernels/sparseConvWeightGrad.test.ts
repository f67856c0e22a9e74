// Tests of the sparse weight gradient: bit-equal to in-order float64 sums per chunk of images.
import { describe, expect, it } from 'vitest';
import { convWeightGrad } from '../../../src/engine/kernels/convWeightGrad.ts';
import { sparseConvWeightGrad } from '../../../src/engine/kernels/sparseConvWeightGrad.ts';
import { planConv2d } from '../../../src/engine/ops/convPlan.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import { randomTensor, referenceConv2dBackward, referenceGeometry, worstExcess } from '../ops/convReference.ts';
import { inOrderWeightGrad, sparseValues } from './sparseInput.ts';

describe('sparseConvWeightGrad', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions, number]> = [
    ['x=[3,1,12,12] w=[4,1,5,5] valid, chunks of 1 image', [3, 1, 12, 12], [4, 1, 5, 5], {}, 1],
    ['x=[5,2,6,7] w=[6,2,3,2] same, chunks of 2 images (6 channels: a partial block)', [5, 2, 6, 7], [6, 2, 3, 2], { padding: 'same' }, 2],
    ['x=[2,1,5,5] w=[3,1,3,3] p=3 (a crop), one chunk', [2, 1, 5, 5], [3, 1, 3, 3], { padding: 3 }, 2],
  ];
  it.each(cases)('sparseConvWeightGrad %s equals in-order float64 sums bit for bit', (_name, xShape, wShape, o, chunk) => {
    const x = tensor(xShape, sparseValues(xShape, 0.2, 5));
    const w = randomTensor(wShape, 6);
    const g = planConv2d('test', x, w, o);
    const dy = randomTensor([g.batch, g.outChannels, g.outHeight, g.outWidth], 7).data;
    const start = randomTensor(wShape, 8).data;
    const dw = Float32Array.from(start);
    sparseConvWeightGrad(x.data, dy, g, dw, chunk);
    const expected = Float32Array.from(start);
    inOrderWeightGrad(x.data, dy, g, expected, chunk);
    expect(Array.from(dw)).toEqual(Array.from(expected));
  });

  it('convWeightGrad x=[4,1,10,10] 15% nonzero (sparse path) matches the float64 reference, and a dy with Infinity takes the dense path', () => {
    const xShape = [4, 1, 10, 10];
    const x = tensor(xShape, sparseValues(xShape, 0.15, 9));
    const w = randomTensor([2, 1, 3, 3], 10);
    const g = planConv2d('test', x, w, {});
    const dy = randomTensor([4, 2, 8, 8], 11);
    const dw = new Float32Array(18);
    convWeightGrad(x.data, dy.data, g, dw);
    const reference = referenceConv2dBackward(x, w, dy, referenceGeometry(xShape, [2, 1, 3, 3], {})).dw;
    expect(worstExcess(dw, reference)).toBeLessThanOrEqual(0);
    dy.data[0] = Infinity;
    const withInfinity = new Float32Array(18);
    convWeightGrad(x.data, dy.data, g, withInfinity);
    // The dense path multiplies the zero pixels too: 0 * Infinity is NaN wherever dy[0] meets a zero.
    expect(withInfinity.some(Number.isNaN)).toBe(true);
  });
});
