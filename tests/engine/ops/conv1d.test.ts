// Tests of conv1d and conv1dBackward: worked example, equality with a height-1 conv2d, finite differences, guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { conv1d, conv1dBackward } from '../../../src/engine/ops/conv1d.ts';
import { conv2d } from '../../../src/engine/ops/conv2d.ts';
import { conv2dBackward } from '../../../src/engine/ops/conv2dBackward.ts';
import { tensor, type Tensor } from '../../../src/engine/tensor.ts';
import type { Conv1dOptions } from '../../../src/engine/types.ts';
import { tensorNumericGradient } from '../numericGradient.ts';
import { dot, randomTensor, worstExcess } from './convReference.ts';

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

/** The same data seen as [N, C, 1, L]. */
function asImage(t: Tensor): Tensor {
  return { shape: [t.shape[0], t.shape[1], 1, t.shape[2]], data: t.data };
}

describe('conv1d', () => {
  it('conv1d x=[1,1,5] (1..5) w=[1,1,3] (1 0 -1) -> [1,1,3] differences -2 -2 -2', () => {
    const y = conv1d(tensor([1, 1, 5], [1, 2, 3, 4, 5]), tensor([1, 1, 3], [1, 0, -1]));
    expect(y.shape).toEqual([1, 1, 3]);
    expect([...y.data]).toEqual([-2, -2, -2]);
  });

  const shapes: Array<[string, number[], number[], Conv1dOptions, number[]]> = [
    ['x=[1,1,10] k=3 s=2 p=1', [1, 1, 10], [1, 1, 3], { stride: 2, padding: 1 }, [1, 1, 5]],
    ['x=[2,3,9] k=4 same', [2, 3, 9], [2, 3, 4], { padding: 'same' }, [2, 2, 9]],
    ['x=[1,1,9] k=4 s=2 same', [1, 1, 9], [1, 1, 4], { stride: 2, padding: 'same' }, [1, 1, 5]],
    ['x=[1,1,6] k=3 d=2 full', [1, 1, 6], [1, 1, 3], { dilation: 2, padding: 'full' }, [1, 1, 10]],
    ['x=[1,4,8] w=[6,2,3] groups=2 valid', [1, 4, 8], [6, 2, 3], { groups: 2, padding: 'valid' }, [1, 6, 6]],
  ];
  it.each(shapes)('conv1d %s -> %j', (_name, xShape, wShape, o, expected) => {
    expect(conv1d(tensor(xShape), tensor(wShape), null, o).shape).toEqual(expected);
  });

  it('property: conv1d equals conv2d on [N,C,1,L] with stride [1,s], dilation [1,d] and padding [0,p]', () => {
    const problem = fc.record({
      batch: fc.integer({ min: 1, max: 2 }),
      groups: fc.integer({ min: 1, max: 2 }),
      groupIn: fc.integer({ min: 1, max: 3 }),
      groupOut: fc.integer({ min: 1, max: 5 }),
      length: fc.integer({ min: 4, max: 12 }),
      k: fc.integer({ min: 1, max: 4 }),
      stride: fc.integer({ min: 1, max: 3 }),
      dilation: fc.integer({ min: 1, max: 2 }),
      padding: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constantFrom('valid' as const, 'same' as const, 'full' as const)),
      seed: fc.integer({ min: 1, max: 1000 }),
    });
    fc.assert(
      fc.property(problem, (p) => {
        const x = randomTensor([p.batch, p.groups * p.groupIn, p.length], p.seed);
        const w = randomTensor([p.groups * p.groupOut, p.groupIn, p.k], p.seed + 1);
        const b = randomTensor([p.groups * p.groupOut], p.seed + 2);
        const o: Conv1dOptions = { stride: p.stride, dilation: p.dilation, padding: p.padding, groups: p.groups };
        if ((p.k - 1) * p.dilation + 1 > p.length) return;
        const y = conv1d(x, w, b, o);
        const padding2d = typeof p.padding === 'number' ? ([0, p.padding] as const) : p.padding;
        const o2d = { stride: [1, p.stride] as const, dilation: [1, p.dilation] as const, padding: padding2d, groups: p.groups };
        const y2d = conv2d(asImage(x), asImage(w), b, o2d);
        expect(y.shape).toEqual([y2d.shape[0], y2d.shape[1], y2d.shape[3]]);
        expect(y.data).toEqual(y2d.data);
        const dy = randomTensor(y.shape, p.seed + 3);
        const grads = conv1dBackward(x, w, dy, o);
        const grads2d = conv2dBackward(asImage(x), asImage(w), asImage(dy), o2d);
        expect(worstExcess(grads.dx.data, grads2d.dx.data)).toBeLessThanOrEqual(0);
        expect(worstExcess(grads.dw.data, grads2d.dw.data)).toBeLessThanOrEqual(0);
        expect(worstExcess(grads.db.data, grads2d.db.data)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});

describe('conv1dBackward against finite differences', () => {
  const cases: Array<[string, number[], number[], Conv1dOptions]> = [
    ['x=[1,2,9] w=[3,2,3] s=1 p=1', [1, 2, 9], [3, 2, 3], { padding: 1 }],
    ['x=[2,2,11] w=[2,2,4] s=3 same', [2, 2, 11], [2, 2, 4], { stride: 3, padding: 'same' }],
    ['x=[1,4,8] w=[4,2,3] groups=2 d=2 full', [1, 4, 8], [4, 2, 3], { groups: 2, dilation: 2, padding: 'full' }],
  ];
  it.each(cases)('conv1dBackward %s: dx, dw and db', (_name, xShape, wShape, o) => {
    const x = randomTensor(xShape, 51);
    const w = randomTensor(wShape, 52);
    const b = randomTensor([wShape[0]], 53);
    const dy = randomTensor(conv1d(x, w, b, o).shape, 54);
    const loss = (xi: Tensor, wi: Tensor, bi: Tensor): number => dot(conv1d(xi, wi, bi, o).data, dy.data);
    const { dx, dw, db } = conv1dBackward(x, w, dy, o);
    expect(dx.shape).toEqual(xShape);
    expect(dw.shape).toEqual(wShape);
    expect(worstExcess(dx.data, tensorNumericGradient((t) => loss(t, w, b), x), 1e-3, 1e-3)).toBeLessThanOrEqual(0);
    expect(worstExcess(dw.data, tensorNumericGradient((t) => loss(x, t, b), w), 1e-3, 1e-3)).toBeLessThanOrEqual(0);
    expect(worstExcess(db.data, tensorNumericGradient((t) => loss(x, w, t), b), 1e-3, 1e-3)).toBeLessThanOrEqual(0);
  });
});

describe('conv1d guards', () => {
  const x = tensor([1, 2, 6]);
  const w = tensor([3, 2, 3]);
  it('conv1d x=[1,2,6,1] (rank 4) throws: x must have 3 dimensions', () => {
    expectEngineError(() => conv1d(tensor([1, 2, 6, 1]), w), /^conv1d: x \[N,C,L\] must have 3 dimensions but has shape \[1,2,6,1\]/);
  });
  it('conv1d w=[3,2,3,3] (rank 4) throws: w must have 3 dimensions', () => {
    expectEngineError(() => conv1d(x, tensor([3, 2, 3, 3])), /^conv1d: w \[O,C\/groups,K\] must have 3 dimensions/);
  });
  it('conv1d x with 2 channels, w=[3,1,3] throws: x has 2 channels but w expects 1 x groups', () => {
    expectEngineError(() => conv1d(x, tensor([3, 1, 3])), /^conv1d: x has 2 channels but w expects 1 x groups 1 = 1/);
  });
  it('conv1d groups=2 with 3 output channels throws: groups must divide the output channels', () => {
    expectEngineError(() => conv1d(x, tensor([3, 1, 3]), null, { groups: 2 }), /^conv1d: groups 2 does not divide the 3 output channels of w/);
  });
  it('conv1d x=[1,2,3] k=5 throws: kernel 5 is larger than the padded input 3', () => {
    expectEngineError(() => conv1d(tensor([1, 2, 3]), tensor([3, 2, 5])), /^conv1d: kernel 5 is larger than the padded input 3/);
  });
  it('conv1d x=[1,2,6] w=[3,2,3] padding=2e8 throws: the output would hold 1.2e9 numbers', () => {
    expectEngineError(
      () => conv1d(x, w, null, { padding: 2e8 }),
      /^conv1d: the output \[1,3,400000004\] would hold 1\.2e9 numbers, more than the 268,435,456 the engine allows/,
    );
  });
  it('conv1d options null throws: options must be an object or left out', () => {
    expectEngineError(() => conv1d(x, w, null, null as never), /^conv1d: options null are not allowed/);
  });
  it('conv1d stride=0 throws: stride must be a whole number >= 1', () => {
    expectEngineError(() => conv1d(x, w, null, { stride: 0 }), /^conv1d: stride 0 is not allowed/);
  });
  it('conv1d dilation=-1 throws: dilation must be a whole number >= 1', () => {
    expectEngineError(() => conv1d(x, w, null, { dilation: -1 }), /^conv1d: dilation -1 is not allowed/);
  });
  it('conv1d b=[2] for 3 output channels throws: bias must be [3]', () => {
    expectEngineError(() => conv1d(x, w, tensor([2])), /^conv1d: bias has shape \[2\] but w has 3 output channels/);
  });
  it('conv1dBackward dy=[1,3,5] for an output [1,3,4] throws: dy must have the output shape', () => {
    expectEngineError(() => conv1dBackward(x, w, tensor([1, 3, 5])), /^conv1dBackward: dy has shape \[1,3,5\] but the convolution's output is \[1,3,4\]/);
  });
});
