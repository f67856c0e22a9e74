// Tests of regionInputGrad (the stride-1 input gradient that skips the zero border) against float64 sums.
import { describe, expect, it } from 'vitest';
import { regionInputGrad } from '../../../src/engine/kernels/regionInputGrad.ts';
import { planConv2d } from '../../../src/engine/ops/convPlan.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import { randomTensor, referenceConv2dBackward, referenceGeometry, worstExcess } from '../ops/convReference.ts';

function check(xShape: number[], wShape: number[], o: Conv2dOptions, seed: number): void {
  const x = randomTensor(xShape, seed);
  const w = randomTensor(wShape, seed + 1);
  const g = planConv2d('test', x, w, o);
  const dy = randomTensor([g.batch, g.outChannels, g.outHeight, g.outWidth], seed + 2);
  const dx = new Float32Array(x.data.length).fill(99);
  regionInputGrad(dy.data, w.data, g, dx);
  const expected = referenceConv2dBackward(x, w, dy, referenceGeometry(xShape, wShape, o)).dx;
  expect(worstExcess(dx, expected)).toBeLessThanOrEqual(0);
}

describe('regionInputGrad', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions]> = [
    ['x=[3,8,11,11] w=[16,8,3,3] valid (the reference network conv3, small batch)', [3, 8, 11, 11], [16, 8, 3, 3], {}],
    ['x=[2,3,6,9] w=[5,3,3,2] same (asymmetric kernel)', [2, 3, 6, 9], [5, 3, 3, 2], { padding: 'same' }],
    ['x=[2,6,7,7] w=[4,3,3,3] groups=2 d=2 full', [2, 6, 7, 7], [4, 3, 3, 3], { groups: 2, dilation: 2, padding: 'full' }],
    ['x=[1,2,5,5] w=[3,2,3,3] p=3 (a crop: border pixels get no tap)', [1, 2, 5, 5], [3, 2, 3, 3], { padding: 3 }],
    ['x=[2,5,4,4] w=[2,5,4,4] (kernel as large as the input: one window)', [2, 5, 4, 4], [2, 5, 4, 4], {}],
    ['x=[1,3,1,9] w=[2,3,1,3] p=[0,2] (one row)', [1, 3, 1, 9], [2, 3, 1, 3], { padding: [0, 2] }],
  ];
  it.each(cases)('regionInputGrad %s writes every dx element', (_name, xShape, wShape, o) => {
    check(xShape, wShape, o, 1);
  });

  it('regionInputGrad x=[2,4,8,8] w=[4,4,3,3] gives the same dx when its cached plan is reused with new values', () => {
    check([2, 4, 8, 8], [4, 4, 3, 3], {}, 5);
    check([2, 4, 8, 8], [4, 4, 3, 3], {}, 9);
  });
});
