// Tests of convTranspose2d: worked example, shapes, the scatter definition, the adjoint of conv2d, guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { conv2d } from '../../../src/engine/ops/conv2d.ts';
import { convTranspose2d } from '../../../src/engine/ops/convTranspose2d.ts';
import { convTransposeOutputSize } from '../../../src/engine/plan/outputSize.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import type { ConvTranspose2dOptions } from '../../../src/engine/types.ts';
import { dot, randomTensor, referenceConvTranspose2d, worstExcess } from './convReference.ts';

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

type Pair2 = [number, number];
const asPair = (v: number | readonly [number, number] | undefined, fallback: number): Pair2 =>
  v === undefined ? [fallback, fallback] : typeof v === 'number' ? [v, v] : [v[0], v[1]];

describe('convTranspose2d', () => {
  it('convTranspose2d x=[1,1,2,2] (1 2 3 4) w=[1,1,2,2] (ones) s=2 stamps each value into its own 2x2 block', () => {
    const y = convTranspose2d(tensor([1, 1, 2, 2], [1, 2, 3, 4]), tensor([1, 1, 2, 2], [1, 1, 1, 1]), null, { stride: 2 });
    expect(y.shape).toEqual([1, 1, 4, 4]);
    expect([...y.data]).toEqual([1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4]);
  });

  it('convTranspose2d x=[1,1,2,2] (ones) w=[1,1,2,2] (ones) s=1 b=[0.5] overlaps the stamps and adds the bias', () => {
    const y = convTranspose2d(tensor([1, 1, 2, 2], [1, 1, 1, 1]), tensor([1, 1, 2, 2], [1, 1, 1, 1]), tensor([1], [0.5]));
    expect([...y.data]).toEqual([1.5, 2.5, 1.5, 2.5, 4.5, 2.5, 1.5, 2.5, 1.5]);
  });

  const shapes: Array<[string, number[], number[], ConvTranspose2dOptions, number[]]> = [
    ['x=[1,2,4,4] w=[2,3,3,3] s=1 p=0', [1, 2, 4, 4], [2, 3, 3, 3], {}, [1, 3, 6, 6]],
    ['x=[1,1,3,3] w=[1,1,3,3] s=2 p=1 op=1', [1, 1, 3, 3], [1, 1, 3, 3], { stride: 2, padding: 1, outputPadding: 1 }, [1, 1, 6, 6]],
    ['x=[2,4,3,5] w=[4,3,2,3] groups=2 s=[2,3] d=[1,2]', [2, 4, 3, 5], [4, 3, 2, 3], { groups: 2, stride: [2, 3], dilation: [1, 2] }, [2, 6, 6, 17]],
  ];
  it.each(shapes)('convTranspose2d %s -> %j (convTransposeOutputSize per dimension)', (_name, xShape, wShape, o, expected) => {
    const y = convTranspose2d(tensor(xShape), tensor(wShape), null, o);
    expect(y.shape).toEqual(expected);
    const [s, p, op, d] = [asPair(o.stride, 1), asPair(o.padding, 0), asPair(o.outputPadding, 0), asPair(o.dilation, 1)];
    [0, 1].forEach((axis) => {
      expect(y.shape[2 + axis]).toBe(
        convTransposeOutputSize(xShape[2 + axis], { kernelSize: wShape[2 + axis], stride: s[axis], padding: p[axis], outputPadding: op[axis], dilation: d[axis] }),
      );
    });
  });

  const problem = fc.record({
    batch: fc.integer({ min: 1, max: 2 }),
    groups: fc.integer({ min: 1, max: 2 }),
    groupIn: fc.integer({ min: 1, max: 3 }),
    groupOut: fc.integer({ min: 1, max: 5 }),
    height: fc.integer({ min: 1, max: 5 }),
    width: fc.integer({ min: 1, max: 5 }),
    kh: fc.integer({ min: 1, max: 4 }),
    kw: fc.integer({ min: 1, max: 4 }),
    stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    dilation: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    padding: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    outputPadding: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    bias: fc.boolean(),
    seed: fc.integer({ min: 1, max: 1000 }),
  });

  it('property: convTranspose2d equals the scatter definition (stride, padding, outputPadding, dilation, groups)', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const outputPadding: Pair2 = [0, 1].map((a) => Math.min(p.outputPadding[a], Math.max(p.stride[a], p.dilation[a]) - 1)) as Pair2;
        const o = { stride: p.stride, padding: p.padding, outputPadding, dilation: p.dilation, groups: p.groups };
        const x = randomTensor([p.batch, p.groups * p.groupIn, p.height, p.width], p.seed);
        const w = randomTensor([p.groups * p.groupIn, p.groupOut, p.kh, p.kw], p.seed + 1);
        const b = p.bias ? randomTensor([p.groups * p.groupOut], p.seed + 2) : null;
        const expected = referenceConvTranspose2d(x, w, b, o);
        if (expected.shape[2] < 1 || expected.shape[3] < 1) {
          expect(() => convTranspose2d(x, w, b, o)).toThrow(EngineError);
          return;
        }
        const y = convTranspose2d(x, w, b, o);
        expect(y.shape).toEqual(expected.shape);
        expect(worstExcess(y.data, expected.data)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 250, seed: 11 },
    );
  });

  it('property: convTranspose2d is the adjoint of conv2d, <conv2d(u, w), x> = <u, convTranspose2d(x, w)>', () => {
    fc.assert(
      fc.property(problem, (p) => {
        // Why outputPadding < stride here: then conv2d maps convTranspose2d's output shape back onto x's shape.
        const outputPadding: Pair2 = [0, 1].map((a) => Math.min(p.outputPadding[a], p.stride[a] - 1)) as Pair2;
        const o = { stride: p.stride, padding: p.padding, outputPadding, dilation: p.dilation, groups: p.groups };
        const x = randomTensor([p.batch, p.groups * p.groupIn, p.height, p.width], p.seed);
        const w = randomTensor([p.groups * p.groupIn, p.groupOut, p.kh, p.kw], p.seed + 1);
        const size = [0, 1].map((a) => (a === 0 ? p.height - 1 : p.width - 1) * p.stride[a] - 2 * p.padding[a] + p.dilation[a] * ((a === 0 ? p.kh : p.kw) - 1) + outputPadding[a] + 1);
        if (size[0] < 1 || size[1] < 1) return;
        const y = convTranspose2d(x, w, null, o);
        const u = randomTensor(y.shape, p.seed + 3);
        const conv = conv2d(u, w, null, { stride: p.stride, padding: p.padding, dilation: p.dilation, groups: p.groups });
        expect(conv.shape).toEqual(x.shape);
        const left = dot(conv.data, x.data);
        const right = dot(u.data, y.data);
        expect(Math.abs(left - right)).toBeLessThanOrEqual(1e-4 * (1 + Math.abs(left)));
      }),
      { numRuns: 250, seed: 13 },
    );
  });
});

describe('convTranspose2d guards', () => {
  const x = tensor([1, 2, 3, 3]);
  const w = tensor([2, 3, 3, 3]);
  it('convTranspose2d x=[2,3,3] (rank 3) throws: x must have 4 dimensions', () => {
    expectEngineError(() => convTranspose2d(tensor([2, 3, 3]), w), /^convTranspose2d: x \[N,Cin,H,W\] must have 4 dimensions but has shape \[2,3,3\]/);
  });
  it('convTranspose2d w=[2,3,3] (rank 3) throws: w must have 4 dimensions', () => {
    expectEngineError(() => convTranspose2d(x, tensor([2, 3, 3])), /^convTranspose2d: w \[Cin,O\/groups,KH,KW\] must have 4 dimensions/);
  });
  it('convTranspose2d x with 2 channels, w=[3,3,3,3] throws: w must start with the channels of x', () => {
    expectEngineError(() => convTranspose2d(x, tensor([3, 3, 3, 3])), /^convTranspose2d: x has 2 channels but w has 3 in its first dimension/);
  });
  it('convTranspose2d groups=4 with 2 channels throws: groups must divide the input channels', () => {
    expectEngineError(() => convTranspose2d(x, w, null, { groups: 4 }), /^convTranspose2d: groups 4 does not divide the 2 input channels of x/);
  });
  it('convTranspose2d groups=0 throws: groups must be a whole number >= 1', () => {
    expectEngineError(() => convTranspose2d(x, w, null, { groups: 0 }), /^convTranspose2d: groups 0 is not allowed/);
  });
  it('convTranspose2d x=[1,2,NaN,3] throws: sizes must be whole numbers', () => {
    expectEngineError(() => convTranspose2d({ shape: [1, 2, NaN, 3], data: new Float32Array(0) }, w), /^convTranspose2d: x has shape \[1,2,NaN,3\] with size NaN in dimension 2/);
  });
  it('convTranspose2d stride=0 throws: stride must be a whole number >= 1', () => {
    expectEngineError(() => convTranspose2d(x, w, null, { stride: 0 }), /^convTranspose2d: stride 0 is not allowed/);
  });
  it('convTranspose2d padding=-1 throws: padding must be a whole number >= 0', () => {
    expectEngineError(() => convTranspose2d(x, w, null, { padding: -1 }), /^convTranspose2d: padding -1 is not allowed/);
  });
  it('convTranspose2d dilation=0 throws: dilation must be a whole number >= 1', () => {
    expectEngineError(() => convTranspose2d(x, w, null, { dilation: 0 }), /^convTranspose2d: dilation 0 is not allowed/);
  });
  it('convTranspose2d s=2 op=2 throws: output padding must be smaller than the stride or the dilation', () => {
    expectEngineError(() => convTranspose2d(x, w, null, { stride: 2, outputPadding: 2 }), /^convTranspose2d: output padding 2 is not smaller than stride 2 or dilation 1/);
  });
  it('convTranspose2d s=1 d=3 op=2 is allowed (op < dilation), as in PyTorch', () => {
    expect(convTranspose2d(x, w, null, { dilation: 3, outputPadding: 2 }).shape).toEqual([1, 3, 11, 11]);
  });
  it('convTranspose2d x=[1,2,1,1] k=3 p=2 throws: padding leaves no output', () => {
    expectEngineError(() => convTranspose2d(tensor([1, 2, 1, 1]), w, null, { padding: 2 }), /^convTranspose2d: padding 2 removes 4 of the 3 output pixels/);
  });
  it('convTranspose2d x=[1,2,3,3] w=[2,3,3,3] stride=1e5 throws: the output would hold 1.2e11 numbers', () => {
    expectEngineError(
      () => convTranspose2d(x, w, null, { stride: 1e5 }),
      /^convTranspose2d: the output \[1,3,200003,200003\] would hold 1\.2e11 numbers, more than the 268,435,456 the engine allows \(use a smaller input, stride, dilation or kernel\)/,
    );
  });
  it('convTranspose2d options null throws: options must be an object or left out', () => {
    expectEngineError(() => convTranspose2d(x, w, null, null as never), /^convTranspose2d: options null are not allowed/);
  });
  it("convTranspose2d stride '2' or [2,2,2] throws naming the value", () => {
    expectEngineError(() => convTranspose2d(x, w, null, { stride: '2' as never }), /^convTranspose2d: stride "2" is not allowed/);
    expectEngineError(() => convTranspose2d(x, w, null, { stride: [2, 2, 2] as never }), /^convTranspose2d: stride \[2,2,2\] is not allowed/);
  });
  it('convTranspose2d b=[2] for 3 output channels throws: bias must be [3]', () => {
    expectEngineError(() => convTranspose2d(x, w, tensor([2])), /^convTranspose2d: bias has shape \[2\] but w has 3 output channels/);
  });
});
