// Tests of conv2dBackward (and its halves): finite differences for dx, dw and db, the plain sums, guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { conv2d } from '../../../src/engine/ops/conv2d.ts';
import { conv2dBackward, conv2dBackwardInput, conv2dBackwardParams } from '../../../src/engine/ops/conv2dBackward.ts';
import { tensor, type Tensor } from '../../../src/engine/tensor.ts';
import type { Conv2dOptions } from '../../../src/engine/types.ts';
import {
  dot,
  randomTensor,
  referenceConv2dBackward,
  referenceGeometry,
  worstExcess,
} from './convReference.ts';
import { tensorNumericGradient } from '../numericGradient.ts';

function expectEngineError(run: () => unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(EngineError);
  expect((thrown as Error).message).toMatch(message);
}

const finiteDifferenceCases: Array<[string, number[], number[], Conv2dOptions]> = [
  ['x=[1,2,5,5] w=[3,2,3,3] s=1 p=1', [1, 2, 5, 5], [3, 2, 3, 3], { padding: 1 }],
  ['x=[2,2,6,5] w=[2,2,3,2] s=2 p=[1,0]', [2, 2, 6, 5], [2, 2, 3, 2], { stride: 2, padding: [1, 0] }],
  ['x=[1,2,7,7] w=[2,2,3,3] d=2 valid', [1, 2, 7, 7], [2, 2, 3, 3], { dilation: 2, padding: 'valid' }],
  ['x=[1,4,5,6] w=[6,2,2,3] groups=2 s=[1,2] same', [1, 4, 5, 6], [6, 2, 2, 3], { groups: 2, stride: [1, 2], padding: 'same' }],
  ['x=[1,1,4,4] w=[2,1,3,3] full', [1, 1, 4, 4], [2, 1, 3, 3], { padding: 'full' }],
  ['x=[1,2,8,7] w=[3,2,4,3] s=3 same (asymmetric)', [1, 2, 8, 7], [3, 2, 4, 3], { stride: 3, padding: 'same' }],
];

describe('conv2dBackward against finite differences', () => {
  it.each(finiteDifferenceCases)('conv2dBackward %s: dx, dw and db', (_name, xShape, wShape, o) => {
    const x = randomTensor(xShape, 21);
    const w = randomTensor(wShape, 22);
    const b = randomTensor([wShape[0]], 23);
    const dy = randomTensor(conv2d(x, w, b, o).shape, 24);
    const loss = (xi: Tensor, wi: Tensor, bi: Tensor): number => dot(conv2d(xi, wi, bi, o).data, dy.data);
    const { dx, dw, db } = conv2dBackward(x, w, dy, o);
    expect(dx.shape).toEqual(x.shape);
    expect(dw.shape).toEqual(w.shape);
    expect(db.shape).toEqual([wShape[0]]);
    expect(worstExcess(dx.data, tensorNumericGradient((t) => loss(t, w, b), x), 1e-3, 1e-3)).toBeLessThanOrEqual(0);
    expect(worstExcess(dw.data, tensorNumericGradient((t) => loss(x, t, b), w), 1e-3, 1e-3)).toBeLessThanOrEqual(0);
    expect(worstExcess(db.data, tensorNumericGradient((t) => loss(x, w, t), b), 1e-3, 1e-3)).toBeLessThanOrEqual(0);
  });
});

describe('conv2dBackward against the plain sums', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions]> = [
    ['x=[3,1,28,28] w=[4,1,5,5] (first layer)', [3, 1, 28, 28], [4, 1, 5, 5], {}],
    ['x=[2,4,24,24] w=[8,4,3,3] (second layer)', [2, 4, 24, 24], [8, 4, 3, 3], {}],
    ['x=[2,8,11,11] w=[16,8,3,3] (third layer)', [2, 8, 11, 11], [16, 8, 3, 3], {}],
    ['x=[2,5,9,10] w=[7,5,3,3] same', [2, 5, 9, 10], [7, 5, 3, 3], { padding: 'same' }],
    ['x=[1,3,19,17] w=[6,3,7,7] s=2 p=3', [1, 3, 19, 17], [6, 3, 7, 7], { stride: 2, padding: 3 }],
    ['x=[1,2,6,6] w=[2,2,3,3] p=3 (padding wider than the kernel)', [1, 2, 6, 6], [2, 2, 3, 3], { padding: 3 }],
  ];
  it.each(cases)('conv2dBackward %s matches the definition', (_name, xShape, wShape, o) => {
    const x = randomTensor(xShape, 31);
    const w = randomTensor(wShape, 32);
    const g = referenceGeometry(x.shape, w.shape, o);
    const dy = randomTensor([xShape[0], wShape[0], g.outHeight, g.outWidth], 33);
    const expected = referenceConv2dBackward(x, w, dy, g);
    const { dx, dw, db } = conv2dBackward(x, w, dy, o);
    expect(worstExcess(dx.data, expected.dx)).toBeLessThanOrEqual(0);
    expect(worstExcess(dw.data, expected.dw)).toBeLessThanOrEqual(0);
    expect(worstExcess(db.data, expected.db)).toBeLessThanOrEqual(0);
  });

  it('property: dx, dw and db equal the plain sums on random shapes and options', () => {
    const pair = (max: number) =>
      fc.oneof(fc.integer({ min: 1, max }), fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max })));
    const problem = fc.record({
      batch: fc.integer({ min: 1, max: 2 }),
      groups: fc.integer({ min: 1, max: 2 }),
      groupIn: fc.integer({ min: 1, max: 5 }),
      groupOut: fc.integer({ min: 1, max: 5 }),
      height: fc.integer({ min: 1, max: 8 }),
      width: fc.integer({ min: 1, max: 8 }),
      kh: fc.integer({ min: 1, max: 3 }),
      kw: fc.integer({ min: 1, max: 3 }),
      stride: pair(3),
      dilation: pair(2),
      padding: fc.oneof(
        fc.integer({ min: 0, max: 3 }),
        fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
        fc.constantFrom('valid' as const, 'same' as const, 'full' as const),
      ),
      seed: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(problem, (p) => {
        const x = randomTensor([p.batch, p.groups * p.groupIn, p.height, p.width], p.seed);
        const w = randomTensor([p.groups * p.groupOut, p.groupIn, p.kh, p.kw], p.seed + 1);
        const o: Conv2dOptions = { stride: p.stride, dilation: p.dilation, padding: p.padding, groups: p.groups };
        const g = referenceGeometry(x.shape, w.shape, o);
        if (g.outHeight < 1 || g.outWidth < 1) return;
        const dy = randomTensor([p.batch, w.shape[0], g.outHeight, g.outWidth], p.seed + 2);
        const expected = referenceConv2dBackward(x, w, dy, g);
        const { dx, dw, db } = conv2dBackward(x, w, dy, o);
        expect(worstExcess(dx.data, expected.dx)).toBeLessThanOrEqual(0);
        expect(worstExcess(dw.data, expected.dw)).toBeLessThanOrEqual(0);
        expect(worstExcess(db.data, expected.db)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('conv2dBackwardInput and conv2dBackwardParams', () => {
  it('conv2dBackwardInput x=[2,3,6,6] w=[4,3,3,3] s=2 p=1 equals conv2dBackward dx; the halves give dw and db', () => {
    const o: Conv2dOptions = { stride: 2, padding: 1 };
    const x = randomTensor([2, 3, 6, 6], 41);
    const w = randomTensor([4, 3, 3, 3], 42);
    const dy = randomTensor([2, 4, 3, 3], 43);
    const all = conv2dBackward(x, w, dy, o);
    expect(conv2dBackwardInput(x, w, dy, o)).toEqual(all.dx);
    const { dw, db } = conv2dBackwardParams(x, w, dy, o);
    expect(dw).toEqual(all.dw);
    expect(db).toEqual(all.db);
  });

  it('conv2dBackward x=[1,1,3,3] w=[1,1,2,2] by hand: dw sums the windows, dx spreads w', () => {
    const x = tensor([1, 1, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const w = tensor([1, 1, 2, 2], [1, 2, 3, 4]);
    const dy = tensor([1, 1, 2, 2], [1, 1, 1, 1]);
    const { dx, dw, db } = conv2dBackward(x, w, dy);
    expect([...dw.data]).toEqual([12, 16, 24, 28]);
    expect([...db.data]).toEqual([4]);
    expect([...dx.data]).toEqual([1, 3, 2, 4, 10, 6, 3, 7, 4]);
  });
});

describe('conv2dBackward guards', () => {
  const x = tensor([1, 2, 5, 5]);
  const w = tensor([3, 2, 3, 3]);
  it('conv2dBackward dy=[1,3,4,4] for an output [1,3,3,3] throws: dy must have the output shape', () => {
    expectEngineError(
      () => conv2dBackward(x, w, tensor([1, 3, 4, 4])),
      /^conv2dBackward: dy has shape \[1,3,4,4\] but the convolution's output is \[1,3,3,3\] \(dy must have the output's shape\)/,
    );
  });
  it('conv2dBackwardInput dy=[1,3,9] throws and names itself', () => {
    expectEngineError(() => conv2dBackwardInput(x, w, tensor([1, 3, 9])), /^conv2dBackwardInput: dy has shape \[1,3,9\]/);
  });
  it('conv2dBackwardParams dy=[1,2,3,3] throws and names itself', () => {
    expectEngineError(() => conv2dBackwardParams(x, w, tensor([1, 2, 3, 3])), /^conv2dBackwardParams: dy has shape \[1,2,3,3\]/);
  });
  it('conv2dBackward x with 2 channels, w=[3,1,3,3] throws: x has 2 channels but w expects 1 x groups', () => {
    expectEngineError(() => conv2dBackward(x, tensor([3, 1, 3, 3]), tensor([1, 3, 3, 3])), /^conv2dBackward: x has 2 channels but w expects 1 x groups 1 = 1/);
  });
  it('conv2dBackward stride=0 throws: stride must be a whole number >= 1', () => {
    expectEngineError(() => conv2dBackward(x, w, tensor([1, 3, 3, 3]), { stride: 0 }), /^conv2dBackward: stride 0 is not allowed/);
  });
  it('conv2dBackward x=[1,2,2,2] k=3 throws: kernel larger than the padded input', () => {
    expectEngineError(() => conv2dBackward(tensor([1, 2, 2, 2]), w, tensor([1, 3, 1, 1])), /^conv2dBackward: kernel 3x3 is larger than the padded input 2x2/);
  });
});
