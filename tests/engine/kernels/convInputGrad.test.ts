// Tests of convInputGrad on both of its paths: the flipped-kernel convolution (stride 1) and col2im (any stride).
import { describe, expect, it } from 'vitest';
import { convInputGrad } from '../../../src/engine/kernels/convInputGrad.ts';
import { planConv2d } from '../../../src/engine/ops/convPlan.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import { randomTensor, referenceConv2dBackward, referenceGeometry, worstExcess } from '../ops/convReference.ts';

describe('convInputGrad', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions]> = [
    ['stride 1: x=[2,4,8,9] w=[8,4,3,3] valid', [2, 4, 8, 9], [8, 4, 3, 3], {}],
    ['stride 1: x=[1,5,6,7] w=[3,5,3,2] same (asymmetric)', [1, 5, 6, 7], [3, 5, 3, 2], { padding: 'same' }],
    ['stride 1: x=[1,6,7,7] w=[4,3,3,3] groups=2 d=2 full', [1, 6, 7, 7], [4, 3, 3, 3], { groups: 2, dilation: 2, padding: 'full' }],
    ['stride 1: x=[1,2,5,5] w=[3,2,3,3] p=3 (padding wider than the kernel: a crop)', [1, 2, 5, 5], [3, 2, 3, 3], { padding: 3 }],
    ['stride 1: x=[1,1,9,9] w=[4,1,5,5] (one input channel)', [1, 1, 9, 9], [4, 1, 5, 5], {}],
    ['stride 2: x=[2,3,9,8] w=[5,3,3,3] p=1', [2, 3, 9, 8], [5, 3, 3, 3], { stride: 2, padding: 1 }],
    ['stride [1,3]: x=[1,4,7,10] w=[6,2,2,3] groups=2 same', [1, 4, 7, 10], [6, 2, 2, 3], { stride: [1, 3], groups: 2, padding: 'same' }],
  ];
  it.each(cases)('convInputGrad %s writes dx', (_name, xShape, wShape, o) => {
    const x = randomTensor(xShape, 1);
    const w = randomTensor(wShape, 2);
    const g = planConv2d('test', x, w, o);
    const dy = randomTensor([g.batch, g.outChannels, g.outHeight, g.outWidth], 3);
    const dx = new Float32Array(x.data.length).fill(99);
    convInputGrad(dy.data, w.data, g, dx);
    const expected = referenceConv2dBackward(x, w, dy, referenceGeometry(xShape, wShape, o)).dx;
    expect(worstExcess(dx, expected)).toBeLessThanOrEqual(0);
  });
});
