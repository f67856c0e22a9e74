// Tests of convWeightGrad and convBiasGrad: the plain sums, and that both add to what is there.
import { describe, expect, it } from 'vitest';
import { convBiasGrad, convWeightGrad } from '../../../src/engine/kernels/convWeightGrad.ts';
import { planConv2d } from '../../../src/engine/ops/convPlan.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import { randomTensor, referenceConv2dBackward, referenceGeometry, worstExcess } from '../ops/convReference.ts';

describe('convWeightGrad', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions]> = [
    ['x=[3,4,10,10] w=[8,4,3,3] valid', [3, 4, 10, 10], [8, 4, 3, 3], {}],
    ['x=[1,3,9,8] w=[5,3,3,2] s=2 p=[1,2] (partial tap and channel panels)', [1, 3, 9, 8], [5, 3, 3, 2], { stride: 2, padding: [1, 2] }],
    ['x=[2,4,7,7] w=[6,2,3,3] groups=2 d=2 same', [2, 4, 7, 7], [6, 2, 3, 3], { groups: 2, dilation: 2, padding: 'same' }],
  ];
  it.each(cases)('convWeightGrad %s adds dw', (_name, xShape, wShape, o) => {
    const x = randomTensor(xShape, 1);
    const w = randomTensor(wShape, 2);
    const g = planConv2d('test', x, w, o);
    const dy = randomTensor([g.batch, g.outChannels, g.outHeight, g.outWidth], 3);
    const dw = new Float32Array(w.data.length).fill(0.5);
    convWeightGrad(x.data, dy.data, g, dw);
    const expected = referenceConv2dBackward(x, w, dy, referenceGeometry(xShape, wShape, o)).dw.map((v) => v + 0.5);
    expect(worstExcess(dw, expected)).toBeLessThanOrEqual(0);
  });
});

describe('convBiasGrad', () => {
  it('convBiasGrad dy=[2,3,1,2] adds the sum over images and positions of each channel', () => {
    const dy = Float32Array.from([1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60]);
    const db = Float32Array.from([1, 1, 1]);
    convBiasGrad(dy, 2, 3, 2, db);
    expect([...db]).toEqual([34, 78, 122]);
  });
});
