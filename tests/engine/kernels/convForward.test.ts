// Tests of convForward and convolveWindows on resolved geometries, including a negative padding (crop).
import { describe, expect, it } from 'vitest';
import type { ConvGeometry } from '../../../src/engine/kernels/convGeometry.ts';
import { convForward } from '../../../src/engine/kernels/convForward.ts';
import { planConv2d } from '../../../src/engine/ops/convPlan.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import { randomTensor, referenceConv2d, referenceGeometry, worstExcess, type ReferenceGeometry } from '../ops/convReference.ts';

function toReference(g: ConvGeometry): ReferenceGeometry {
  return {
    stride: [g.strideH, g.strideW], dilation: [g.dilationH, g.dilationW],
    padTop: g.padTop, padBottom: 0, padLeft: g.padLeft, padRight: 0,
    groups: g.groups, outHeight: g.outHeight, outWidth: g.outWidth,
  };
}

describe('convForward', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions]> = [
    ['x=[2,3,9,10] w=[5,3,3,3] p=1 (partial channel panel)', [2, 3, 9, 10], [5, 3, 3, 3], { padding: 1 }],
    ['x=[1,4,7,7] w=[8,2,2,2] groups=2 s=2 d=2 same', [1, 4, 7, 7], [8, 2, 2, 2], { groups: 2, stride: 2, dilation: 2, padding: 'same' }],
    ['x=[1,1,5,7] w=[3,1,1,1] (1x1, 35 positions = 8 panels + 3)', [1, 1, 5, 7], [3, 1, 1, 1], {}],
    ['x=[1,1,9,11] w=[1,1,5,5] same (one output channel, 99 positions = 12 blocks of 8 + 3)', [1, 1, 9, 11], [1, 1, 5, 5], { padding: 'same' }],
    ['x=[2,3,4,5] w=[1,3,3,3] p=1 (one output channel over 3 input channels)', [2, 3, 4, 5], [1, 3, 3, 3], { padding: 1 }],
  ];
  it.each(cases)('convForward %s writes y = conv + bias', (_name, xShape, wShape, o) => {
    const x = randomTensor(xShape, 1);
    const w = randomTensor(wShape, 2);
    const b = randomTensor([wShape[0]], 3);
    const g = planConv2d('test', x, w, o);
    const y = new Float32Array(g.batch * g.outChannels * g.outHeight * g.outWidth).fill(99);
    convForward(x.data, w.data, b.data, g, y);
    expect(worstExcess(y, referenceConv2d(x, w, b, referenceGeometry(xShape, wShape, o)))).toBeLessThanOrEqual(0);
  });

  it.each([
    ['x=[1,1,13,17] w=[1,1,3,3] same', [1, 1, 13, 17], 3],
    ['x=[1,2,6,9] w=[1,2,5,5] same', [1, 2, 6, 9], 5],
  ] as const)('convForward %s: one output channel gives the same bits as channel 0 of a two-channel layer', (_name, xShape, k) => {
    const x = randomTensor([...xShape], 6);
    const wOne = randomTensor([1, xShape[1], k, k], 7);
    const wTwo = { shape: [2, xShape[1], k, k], data: new Float32Array([...wOne.data, ...randomTensor([1, xShape[1], k, k], 8).data]) };
    const bias = randomTensor([2], 9);
    const one = planConv2d('test', x, wOne, { padding: 'same' });
    const two = planConv2d('test', x, wTwo, { padding: 'same' });
    const plane = one.outHeight * one.outWidth;
    const yOne = new Float32Array(plane);
    const yTwo = new Float32Array(2 * plane);
    convForward(x.data, wOne.data, bias.data.subarray(0, 1), one, yOne);
    convForward(x.data, wTwo.data, bias.data, two, yTwo);
    expect(Array.from(yOne)).toEqual(Array.from(yTwo.subarray(0, plane)));
  });

  it('convForward x=[1,2,6,7] k=2x3 with padTop=-1 padLeft=-2 (a crop) reads from row 1, col 2 on', () => {
    const x = randomTensor([1, 2, 6, 7], 4);
    const w = randomTensor([3, 2, 2, 3], 5);
    const g: ConvGeometry = {
      batch: 1, inChannels: 2, inHeight: 6, inWidth: 7, outChannels: 3, kernelHeight: 2, kernelWidth: 3,
      strideH: 1, strideW: 1, dilationH: 1, dilationW: 1, padTop: -1, padLeft: -2, outHeight: 4, outWidth: 3, groups: 1,
    };
    const y = new Float32Array(3 * 4 * 3);
    convForward(x.data, w.data, null, g, y);
    expect(worstExcess(y, referenceConv2d(x, w, null, toReference(g)))).toBeLessThanOrEqual(0);
  });
});
