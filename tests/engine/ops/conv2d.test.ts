// Tests of conv2d: worked examples, shapes, the padding words, every guard, and the fast kernels against the plain sum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { conv2d } from '../../../src/engine/ops/conv2d.ts';
import { convOutputSize } from '../../../src/engine/plan/outputSize.ts';
import { tensor, type Tensor } from '../../../src/engine/tensor.ts';
import type { Conv2dOptions, Padding } from '../../../src/engine/types.ts';
import { randomTensor, referenceConv2d, referenceGeometry, worstExcess } from './convReference.ts';

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

function expectMatchesReference(x: Tensor, w: Tensor, b: Tensor | null, o: Conv2dOptions): void {
  const y = conv2d(x, w, b, o);
  const g = referenceGeometry(x.shape, w.shape, o);
  expect(y.shape).toEqual([x.shape[0], w.shape[0], g.outHeight, g.outWidth]);
  expect(worstExcess(y.data, referenceConv2d(x, w, b, g))).toBeLessThanOrEqual(0);
}

describe('conv2d worked examples', () => {
  it('conv2d x=[1,1,3,3] (1..9) w=[1,1,2,2] (ones) -> [1,1,2,2] window sums 12 16 24 28', () => {
    const x = tensor([1, 1, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const y = conv2d(x, tensor([1, 1, 2, 2], [1, 1, 1, 1]));
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect([...y.data]).toEqual([12, 16, 24, 28]);
  });

  it('conv2d is a cross-correlation: w=[1,1,1,2] (0 1) picks the right neighbour, no flip', () => {
    const x = tensor([1, 1, 1, 4], [1, 2, 3, 4]);
    expect([...conv2d(x, tensor([1, 1, 1, 2], [0, 1])).data]).toEqual([2, 3, 4]);
  });

  it('conv2d x=[1,1,2,2] w=[2,1,1,1] (2, -1) b=[10, 20] adds one bias per output channel', () => {
    const y = conv2d(tensor([1, 1, 2, 2], [1, 2, 3, 4]), tensor([2, 1, 1, 1], [2, -1]), tensor([2], [10, 20]));
    expect([...y.data]).toEqual([12, 14, 16, 18, 19, 18, 17, 16]);
  });

  it('conv2d x=[1,1,3,3] w=[1,1,3,3] p=1 reads zeros in the padding (corner sees 4 pixels)', () => {
    const y = conv2d(tensor([1, 1, 3, 3], new Array<number>(9).fill(1)), tensor([1, 1, 3, 3], new Array<number>(9).fill(1)), null, { padding: 1 });
    expect([...y.data]).toEqual([4, 6, 4, 6, 9, 6, 4, 6, 4]);
  });

  it('conv2d with b undefined, b null and no options all agree', () => {
    const x = randomTensor([1, 2, 5, 5], 1);
    const w = randomTensor([3, 2, 3, 3], 2);
    expect(conv2d(x, w).data).toEqual(conv2d(x, w, null, {}).data);
    expect(conv2d(x, w, undefined).data).toEqual(conv2d(x, w, null).data);
  });

  it('conv2d leaves its inputs unchanged', () => {
    const x = randomTensor([1, 2, 5, 5], 3);
    const w = randomTensor([3, 2, 3, 3], 4);
    const before = [Float32Array.from(x.data), Float32Array.from(w.data)];
    conv2d(x, w, null, { padding: 'same' });
    expect(x.data).toEqual(before[0]);
    expect(w.data).toEqual(before[1]);
  });
});

describe('conv2d output shapes', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions, number[]]> = [
    ['x=[1,1,5,5] k=3 s=2 p=1', [1, 1, 5, 5], [1, 1, 3, 3], { stride: 2, padding: 1 }, [1, 1, 3, 3]],
    ['x=[1,1,28,28] k=5 valid', [1, 1, 28, 28], [4, 1, 5, 5], { padding: 'valid' }, [1, 4, 24, 24]],
    ['x=[2,4,24,24] k=3', [2, 4, 24, 24], [8, 4, 3, 3], {}, [2, 8, 22, 22]],
    ['x=[1,3,7,8] k=3 same', [1, 3, 7, 8], [2, 3, 3, 3], { padding: 'same' }, [1, 2, 7, 8]],
    ['x=[1,1,7,8] k=4x3 s=2 same', [1, 1, 7, 8], [1, 1, 4, 3], { stride: 2, padding: 'same' }, [1, 1, 4, 4]],
    ['x=[1,1,5,6] k=3 full', [1, 1, 5, 6], [1, 1, 3, 3], { padding: 'full' }, [1, 1, 7, 8]],
    ['x=[1,1,5,6] k=3 d=2 full', [1, 1, 5, 6], [1, 1, 3, 3], { padding: 'full', dilation: 2 }, [1, 1, 9, 10]],
    ['x=[1,2,9,9] k=3 d=2 p=0', [1, 2, 9, 9], [1, 2, 3, 3], { dilation: 2 }, [1, 1, 5, 5]],
    ['x=[1,1,8,9] k=3 s=[2,3] p=[1,0]', [1, 1, 8, 9], [1, 1, 3, 3], { stride: [2, 3], padding: [1, 0] }, [1, 1, 4, 3]],
    ['x=[1,3,224,224] k=7 s=2 p=3', [1, 3, 224, 224], [2, 3, 7, 7], { stride: 2, padding: 3 }, [1, 2, 112, 112]],
    ['x=[1,4,6,6] w=[6,2,3,3] groups=2', [1, 4, 6, 6], [6, 2, 3, 3], { groups: 2 }, [1, 6, 4, 4]],
    ['x=[0,2,5,5] k=3 (empty batch)', [0, 2, 5, 5], [3, 2, 3, 3], {}, [0, 3, 3, 3]],
  ];
  it.each(cases)('conv2d %s -> %j', (_name, xShape, wShape, o, expected) => {
    expect(conv2d(tensor(xShape), tensor(wShape), null, o).shape).toEqual(expected);
  });
});

describe('conv2d against the plain sum', () => {
  const cases: Array<[string, number[], number[], Conv2dOptions]> = [
    ['x=[3,1,28,28] w=[4,1,5,5] (first layer)', [3, 1, 28, 28], [4, 1, 5, 5], {}],
    ['x=[2,4,24,24] w=[8,4,3,3] (second layer)', [2, 4, 24, 24], [8, 4, 3, 3], {}],
    ['x=[2,8,11,11] w=[16,8,3,3] (third layer)', [2, 8, 11, 11], [16, 8, 3, 3], {}],
    ['x=[2,5,13,11] w=[7,5,3,3] same (partial panels)', [2, 5, 13, 11], [7, 5, 3, 3], { padding: 'same' }],
    ['x=[1,3,23,21] w=[6,3,7,7] s=2 p=3', [1, 3, 23, 21], [6, 3, 7, 7], { stride: 2, padding: 3 }],
    ['x=[1,6,9,10] w=[6,2,3,2] groups=3 s=[2,1] d=[1,2] p=[2,1]', [1, 6, 9, 10], [6, 2, 3, 2], { groups: 3, stride: [2, 1], dilation: [1, 2], padding: [2, 1] }],
    ['x=[1,6,8,8] w=[6,1,3,3] depthwise groups=6 full', [1, 6, 8, 8], [6, 1, 3, 3], { groups: 6, padding: 'full' }],
    ['x=[1,2,6,7] w=[3,2,2,4] s=3 d=2 same', [1, 2, 6, 7], [3, 2, 2, 4], { stride: 3, dilation: 2, padding: 'same' }],
  ];
  it.each(cases)('conv2d %s matches the definition', (_name, xShape, wShape, o) => {
    const w = randomTensor(wShape, 7);
    expectMatchesReference(randomTensor(xShape, 5), w, randomTensor([wShape[0]], 9), o);
  });

  it('conv2d gives the same answer after a larger call reused its scratch memory', () => {
    const x = randomTensor([1, 2, 6, 6], 11);
    const w = randomTensor([3, 2, 3, 3], 12);
    const first = conv2d(x, w, null, { padding: 1 });
    conv2d(randomTensor([2, 8, 20, 20], 13), randomTensor([9, 8, 5, 5], 14), null, { padding: 2 });
    expect(conv2d(x, w, null, { padding: 1 }).data).toEqual(first.data);
  });

  const padding = fc.oneof(
    fc.integer({ min: 0, max: 3 }),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    fc.constantFrom('valid' as const, 'same' as const, 'full' as const),
  );
  const pair = (max: number) => fc.oneof(fc.integer({ min: 1, max }), fc.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 1, max })));
  const problem = fc.record({
    batch: fc.integer({ min: 1, max: 2 }),
    groups: fc.integer({ min: 1, max: 3 }),
    groupIn: fc.integer({ min: 1, max: 3 }),
    groupOut: fc.integer({ min: 1, max: 6 }),
    height: fc.integer({ min: 1, max: 9 }),
    width: fc.integer({ min: 1, max: 9 }),
    kh: fc.integer({ min: 1, max: 4 }),
    kw: fc.integer({ min: 1, max: 4 }),
    stride: pair(3),
    dilation: pair(3),
    padding,
    bias: fc.boolean(),
    seed: fc.integer({ min: 1, max: 1000 }),
  });

  it('property: conv2d equals the nested sum on random shapes, strides, dilations, groups and padding words', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const x = randomTensor([p.batch, p.groups * p.groupIn, p.height, p.width], p.seed);
        const w = randomTensor([p.groups * p.groupOut, p.groupIn, p.kh, p.kw], p.seed + 1);
        const b = p.bias ? randomTensor([p.groups * p.groupOut], p.seed + 2) : null;
        const o: Conv2dOptions = { stride: p.stride, dilation: p.dilation, padding: p.padding, groups: p.groups };
        const g = referenceGeometry(x.shape, w.shape, o);
        if (g.outHeight < 1 || g.outWidth < 1) {
          expect(() => conv2d(x, w, b, o)).toThrow(EngineError);
          return;
        }
        expectMatchesReference(x, w, b, o);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('property: conv2d output height and width equal convOutputSize per dimension', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const [sh, sw] = typeof p.stride === 'number' ? [p.stride, p.stride] : p.stride;
        const [dh, dw] = typeof p.dilation === 'number' ? [p.dilation, p.dilation] : p.dilation;
        const [ph, pw] = typeof p.padding === 'number' || typeof p.padding === 'string' ? [p.padding, p.padding] : p.padding;
        const x = tensor([1, 1, p.height, p.width]);
        const w = tensor([1, 1, p.kh, p.kw]);
        const o: Conv2dOptions = { stride: p.stride, dilation: p.dilation, padding: p.padding };
        let expected: number[];
        try {
          expected = [
            convOutputSize(p.height, { kernelSize: p.kh, stride: sh, dilation: dh, padding: ph }),
            convOutputSize(p.width, { kernelSize: p.kw, stride: sw, dilation: dw, padding: pw }),
          ];
        } catch {
          expect(() => conv2d(x, w, null, o)).toThrow(EngineError);
          return;
        }
        expect(conv2d(x, w, null, o).shape.slice(2)).toEqual(expected);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('conv2d guards', () => {
  const x = tensor([1, 3, 5, 5]);
  const w = tensor([4, 3, 3, 3]);
  it('conv2d x=[1,1,3,3] w=[1,1,3,3] padding=1e6 throws: the output would hold 4.0e12 numbers', () => {
    expectEngineError(
      () => conv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 3, 3]), null, { padding: 1e6 }),
      /^conv2d: the output \[1,1,2000001,2000001\] would hold 4\.0e12 numbers, more than the 268,435,456 the engine allows \(use a smaller input, padding or kernel\)$/,
    );
  });
  it('conv2d x=[1,1,3,3] w=[1,1,3,3] padding=1e5 stride=1e5 throws: the padded input would hold 4.0e10 numbers', () => {
    expectEngineError(
      () => conv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 3, 3]), null, { padding: 1e5, stride: 1e5 }),
      /^conv2d: the padded input \[1,1,200003,200003\] would hold 4\.0e10 numbers, more than the 268,435,456 the engine allows/,
    );
  });
  it.each([
    ['null', null],
    ['5', 5],
  ])('conv2d x=[1,3,5,5] w=[4,3,3,3] options %s throws: options must be an object or left out', (_name, o) => {
    expectEngineError(() => conv2d(x, w, null, o as never), /^conv2d: options (null|5) are not allowed \(give an object of options, e\.g\. \{ stride: 1, padding: 1 \}, or leave them out\)/);
  });
  it('conv2d x=[3,5,5] (rank 3) throws: x must have 4 dimensions', () => {
    expectEngineError(() => conv2d(tensor([3, 5, 5]), w), /^conv2d: x \[N,C,H,W\] must have 4 dimensions but has shape \[3,5,5\]/);
  });
  it('conv2d w=[4,3,3] (rank 3) throws: w must have 4 dimensions', () => {
    expectEngineError(() => conv2d(x, tensor([4, 3, 3])), /^conv2d: w \[O,C\/groups,KH,KW\] must have 4 dimensions but has shape \[4,3,3\]/);
  });
  it('conv2d x=[1,3,NaN,5] throws: sizes must be whole numbers', () => {
    const bad = { shape: [1, 3, NaN, 5], data: new Float32Array(75) };
    expectEngineError(() => conv2d(bad, w), /^conv2d: x has shape \[1,3,NaN,5\] with size NaN in dimension 2 \(sizes must be whole numbers >= 1\)/);
  });
  it('conv2d w=[4,3,0,3] throws: a kernel size of 0', () => {
    const bad = { shape: [4, 3, 0, 3], data: new Float32Array(0) };
    expectEngineError(() => conv2d(x, bad), /^conv2d: w has shape \[4,3,0,3\] with size 0 in dimension 2/);
  });
  it('conv2d x=[1,3,5,5] with 10 numbers of data throws: shape and data must match', () => {
    const bad = { shape: [1, 3, 5, 5], data: new Float32Array(10) };
    expectEngineError(() => conv2d(bad, w), /^conv2d: x has shape \[1,3,5,5\], that is 75 numbers, but its data holds 10/);
  });
  it('conv2d x with 3 channels, w=[4,2,3,3] throws: x has 3 channels but w expects 2 x groups', () => {
    expectEngineError(() => conv2d(x, tensor([4, 2, 3, 3])), /^conv2d: x has 3 channels but w expects 2 x groups 1 = 2/);
  });
  it('conv2d x=[1,4,5,5] w=[4,1,3,3] groups=2 throws: channels do not match 1 x groups 2', () => {
    expectEngineError(() => conv2d(tensor([1, 4, 5, 5]), tensor([4, 1, 3, 3]), null, { groups: 2 }), /x has 4 channels but w expects 1 x groups 2 = 2/);
  });
  it('conv2d 3 input channels groups=2 throws: groups must divide the input channels', () => {
    expectEngineError(() => conv2d(x, tensor([4, 1, 3, 3]), null, { groups: 2 }), /^conv2d: groups 2 does not divide the 3 input channels of x/);
  });
  it('conv2d w=[3,2,3,3] groups=2 throws: groups must divide the output channels', () => {
    expectEngineError(() => conv2d(tensor([1, 4, 5, 5]), tensor([3, 2, 3, 3]), null, { groups: 2 }), /^conv2d: groups 2 does not divide the 3 output channels of w/);
  });
  it.each([0, -1, 1.5, NaN])('conv2d groups=%s throws: groups must be a whole number >= 1', (groups) => {
    expectEngineError(() => conv2d(x, w, null, { groups }), new RegExp(`^conv2d: groups ${String(groups)} is not allowed \\(groups must be a whole number >= 1\\)`));
  });
  it('conv2d x=[1,1,3,3] k=5 throws: kernel 5x5 is larger than the padded input 3x3', () => {
    expectEngineError(() => conv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 5, 5])), /^conv2d: kernel 5x5 is larger than the padded input 3x3 \(the kernel must fit inside the input plus its padding\)/);
  });
  it('conv2d x=[1,1,5,5] k=3 d=3 throws: the dilated kernel spans 7', () => {
    expectEngineError(() => conv2d(tensor([1, 1, 5, 5]), tensor([1, 1, 3, 3]), null, { dilation: 3 }), /^conv2d: kernel 3x3 \(dilated to span 7x7\) is larger than the padded input 5x5/);
  });
  it('conv2d x=[1,1,3,3] k=5 p=1 fits a 5x5 padded input and k=5 valid does not', () => {
    expect(conv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 5, 5]), null, { padding: 1 }).shape).toEqual([1, 1, 1, 1]);
    expectEngineError(() => conv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 5, 5]), null, { padding: 'valid' }), /larger than the padded input 3x3/);
  });
  it.each([0, -2, 1.5, NaN])('conv2d stride=%s throws: stride must be a whole number >= 1', (stride) => {
    expectEngineError(() => conv2d(x, w, null, { stride }), new RegExp(`^conv2d: stride ${String(stride)} is not allowed \\(stride must be a whole number >= 1\\)`));
  });
  it('conv2d stride=[1,0] throws and names the pair', () => {
    expectEngineError(() => conv2d(x, w, null, { stride: [1, 0] }), /^conv2d: stride 1x0 is not allowed/);
  });
  it.each([0, -1, 0.5])('conv2d dilation=%s throws: dilation must be a whole number >= 1', (dilation) => {
    expectEngineError(() => conv2d(x, w, null, { dilation }), new RegExp(`^conv2d: dilation ${dilation} is not allowed \\(dilation must be a whole number >= 1\\)`));
  });
  it.each([-1, 1.5])('conv2d padding=%s throws: padding must be a whole number >= 0 or a word', (padding) => {
    expectEngineError(() => conv2d(x, w, null, { padding }), new RegExp(`^conv2d: padding ${padding} is not allowed`));
  });
  it("conv2d padding='half' throws: only 'valid', 'same' and 'full' are words", () => {
    expectEngineError(() => conv2d(x, w, null, { padding: 'half' as Padding }), /^conv2d: padding half is not allowed/);
  });
  it('conv2d b=[3] for 4 output channels throws: bias must be [4]', () => {
    expectEngineError(() => conv2d(x, w, tensor([3])), /^conv2d: bias has shape \[3\] but w has 4 output channels \(bias must be \[4\]/);
  });
  it('conv2d b=[1,4] throws: bias must have one dimension', () => {
    expectEngineError(() => conv2d(x, w, tensor([1, 4])), /^conv2d: bias has shape \[1,4\] but w has 4 output channels/);
  });
});
