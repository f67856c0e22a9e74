// Tests of avgPool2d and avgPool2dBackward: shapes, hand values, the plain definition, finite differences, guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { avgPool2d, avgPool2dBackward } from '../../../src/engine/ops/avgPool2d.ts';
import { tensorNumericGradient } from '../numericGradient.ts';
import { tensor, type Tensor } from '../../../src/engine/tensor.ts';
import type { AvgPool2dOptions } from '../../../src/engine/types.ts';
import { referenceAvgPool, seededValues, type PoolCase } from './poolReference.ts';

function expectEngineError(fn: () => unknown, ...parts: string[]): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(EngineError);
  for (const part of parts) expect((caught as Error).message).toContain(part);
}

/** A tensor-shaped object that tensor() would refuse: any shape, `length` numbers of data. */
function raw(shape: readonly number[], length: number): Tensor {
  return { shape, data: new Float32Array(length) };
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i])).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected[i])));
  }
}

const poolCase = fc.record({
  shape: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
  kernel: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
  stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  padding: fc.tuple(fc.nat(2), fc.nat(2)),
  dilation: fc.constant<[number, number]>([1, 1]),
  ceilMode: fc.boolean(),
  countIncludePad: fc.boolean(),
});

function usable(c: PoolCase): PoolCase | null {
  const padding: [number, number] = [Math.min(c.padding[0], Math.floor(c.kernel[0] / 2)), Math.min(c.padding[1], Math.floor(c.kernel[1] / 2))];
  if (c.shape[2] + 2 * padding[0] < c.kernel[0] || c.shape[3] + 2 * padding[1] < c.kernel[1]) return null;
  return { ...c, padding };
}

function options(c: PoolCase): AvgPool2dOptions {
  return { kernelSize: c.kernel, stride: c.stride, padding: c.padding, ceilMode: c.ceilMode, countIncludePad: c.countIncludePad };
}

describe('avgPool2d', () => {
  it('avgPool2d x=[1,1,4,4] k=2 -> [1,1,2,2] with the means of each 2x2 block', () => {
    const x = tensor([1, 1, 4, 4], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    const y = avgPool2d(x, { kernelSize: 2 });
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect([...y.data]).toEqual([3.5, 5.5, 11.5, 13.5]);
  });

  it('avgPool2d x=[1,1,2,2] k=3 s=1 p=1 -> 10/9 counting the padding, 10/4 without', () => {
    const x = tensor([1, 1, 2, 2], [1, 2, 3, 4]);
    const withPad = avgPool2d(x, { kernelSize: 3, stride: 1, padding: 1 });
    const withoutPad = avgPool2d(x, { kernelSize: 3, stride: 1, padding: 1, countIncludePad: false });
    expect(withPad.shape).toEqual([1, 1, 2, 2]);
    expectClose(withPad.data, [10 / 9, 10 / 9, 10 / 9, 10 / 9]);
    expectClose(withoutPad.data, [2.5, 2.5, 2.5, 2.5]);
  });

  it('avgPool2d x=[1,1,1,5] k=[1,2] ceilMode -> [1,1,1,3], the last window divided by 1 (not the kernel 2)', () => {
    const y = avgPool2d(tensor([1, 1, 1, 5], [2, 4, 6, 8, 10]), { kernelSize: [1, 2], ceilMode: true });
    expect(y.shape).toEqual([1, 1, 1, 3]);
    expect([...y.data]).toEqual([3, 7, 10]);
  });

  it('avgPool2d x=[1,1,1,4] k=[1,3] s=[1,2] p=[0,1] ceilMode -> [1,1,1,3], the hanging window counting padding only up to n+p', () => {
    // windows over cols -1..1, 1..3, 3..5; padded input is cols -1..4, so the last divides by 2.
    const y = avgPool2d(tensor([1, 1, 1, 4], [1, 2, 3, 4]), { kernelSize: [1, 3], stride: [1, 2], padding: [0, 1], ceilMode: true });
    expect(y.shape).toEqual([1, 1, 1, 3]);
    expectClose(y.data, [3 / 3, 9 / 3, 4 / 2]);
  });

  it('avgPool2d equals the plain definition on random shapes and options (fast-check)', () => {
    fc.assert(
      fc.property(poolCase, fc.integer(), (raw, seed) => {
        const c = usable(raw);
        fc.pre(c !== null);
        if (c === null) return;
        const size = c.shape.reduce((a, b) => a * b, 1);
        const x = tensor(c.shape, seededValues(size, seed).map((v) => v * 4 - 2));
        const y = avgPool2d(x, options(c));
        const ref = referenceAvgPool(x.data, c);
        expect(y.shape).toEqual(ref.outShape);
        expectClose(y.data, ref.y);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['x rank 3', () => avgPool2d(tensor([1, 4, 4]), { kernelSize: 2 }), ['avgPool2d', 'x [N,C,H,W]', '[1,4,4]']],
    ['kernel 0', () => avgPool2d(tensor([1, 1, 4, 4]), { kernelSize: 0 }), ['avgPool2d', 'kernel size 0']],
    ['stride -2', () => avgPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2, stride: -2 }), ['avgPool2d', 'stride -2']],
    ['padding [0,2] with kernel 3', () => avgPool2d(tensor([1, 1, 4, 4]), { kernelSize: 3, padding: [0, 2] }), ['avgPool2d', 'padding 0x2', 'kernel size 3', 'half']],
    ['kernel [2,6] > input 4x4', () => avgPool2d(tensor([1, 1, 4, 4]), { kernelSize: [2, 6] }), ['avgPool2d', 'kernel 2x6', 'padded input 4x4']],
  ] as const)('avgPool2d x=[1,1,4,4] %s throws', (_name, fn, parts) => {
    expectEngineError(fn, ...parts);
  });

  it.each([
    ['N=NaN', raw([Number.NaN, 1, 4, 4], 16), 'x has shape [NaN,1,4,4] with size NaN in dimension 0 (sizes must be whole numbers >= 0)'],
    ['N=-1', raw([-1, 1, 4, 4], 16), 'x has shape [-1,1,4,4] with size -1 in dimension 0'],
    ['C=1.5', raw([1, 1.5, 4, 4], 24), 'x has shape [1,1.5,4,4] with size 1.5 in dimension 1 (sizes must be whole numbers >= 1)'],
    ['data 15 for [1,1,4,4]', raw([1, 1, 4, 4], 15), 'x has shape [1,1,4,4], that is 16 numbers, but its data holds 15'],
  ] as const)('avgPool2d and avgPool2dBackward x %s k=2 throw naming x', (_name, x, message) => {
    expectEngineError(() => avgPool2d(x, { kernelSize: 2 }), `avgPool2d: ${message}`);
    expectEngineError(() => avgPool2dBackward(x, tensor([1, 1, 2, 2]), { kernelSize: 2 }), `avgPool2dBackward: ${message}`);
  });

  it.each([
    ['left out', undefined, 'avgPool2d: options undefined are not allowed (avgPool2d needs an object of options, e.g. { kernelSize: 2 })'],
    ['null', null, 'avgPool2d: options null are not allowed'],
    ['kernelSize left out', {}, 'avgPool2d: kernel size undefined is not allowed'],
    ['dilation 2', { kernelSize: 2, dilation: 2 }, 'avgPool2d: dilation 2 is not allowed (average pooling has no dilation'],
    ['dilation [1,2]', { kernelSize: 2, dilation: [1, 2] }, 'avgPool2d: dilation 1x2 is not allowed (average pooling has no dilation'],
    ["countIncludePad 'no'", { kernelSize: 2, countIncludePad: 'no' }, 'avgPool2d: countIncludePad "no" is not allowed (countIncludePad must be true or false)'],
  ] as const)('avgPool2d x=[1,1,4,4] options %s throws naming them', (_name, o, message) => {
    expectEngineError(() => avgPool2d(tensor([1, 1, 4, 4]), o as AvgPool2dOptions), message);
  });

  it.each([1, [1, 1] as const])('avgPool2d x=[1,1,4,4] k=2 dilation=%j (no dilation) equals no dilation given', (dilation) => {
    const x = tensor([1, 1, 4, 4], seededValues(16, 3));
    const o = { kernelSize: 2, dilation } as unknown as AvgPool2dOptions;
    expect([...avgPool2d(x, o).data]).toEqual([...avgPool2d(x, { kernelSize: 2 }).data]);
  });
});

describe('avgPool2dBackward', () => {
  it('avgPool2dBackward x=[1,1,4,4] k=2 dy=[1,1,2,2] -> each pixel gets dy/4 of its block', () => {
    const dx = avgPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 2, 2], [4, 8, 12, 16]), { kernelSize: 2 });
    expect([...dx.data]).toEqual([1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4]);
  });

  it('avgPool2dBackward equals the plain scatter of dy/divisor (fast-check)', () => {
    fc.assert(
      fc.property(poolCase, fc.integer(), (raw, seed) => {
        const c = usable(raw);
        fc.pre(c !== null);
        if (c === null) return;
        const size = c.shape.reduce((a, b) => a * b, 1);
        const x = tensor(c.shape);
        const ref = referenceAvgPool(x.data, c);
        const g = seededValues(ref.y.length, seed).map((v) => v * 2 - 1);
        const dx = avgPool2dBackward(x, tensor(ref.outShape, g), options(c));
        const expected = new Array<number>(size).fill(0);
        ref.windows.forEach((taps, i) => {
          for (const at of taps) expected[at] += g[i] / ref.divisors[i];
        });
        expectClose(dx.data, expected);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    [[1, 2, 6, 6], { kernelSize: 2 }],
    [[2, 1, 7, 5], { kernelSize: [3, 2], stride: [2, 1], padding: [1, 1], ceilMode: true }],
    [[1, 1, 6, 7], { kernelSize: 3, stride: 2, padding: 1, ceilMode: true, countIncludePad: false }],
  ] as const)('avgPool2dBackward x=%j %j matches finite differences', (shape, o: AvgPool2dOptions) => {
    const size = shape.reduce<number>((a, b) => a * b, 1);
    const xs = seededValues(size, 3).map((v) => v * 2 - 1);
    const y0 = avgPool2d(tensor(shape, xs), o);
    const g = seededValues(y0.data.length, 5).map((v) => v * 2 - 1);
    const loss = (t: Tensor): number => {
      const y = avgPool2d(t, o);
      let s = 0;
      for (let i = 0; i < y.data.length; i++) s += y.data[i] * g[i];
      return s;
    };
    const dx = avgPool2dBackward(tensor(shape, xs), tensor(y0.shape, g), o);
    const numeric = tensorNumericGradient(loss, tensor(shape, xs));
    for (let i = 0; i < size; i++) {
      expect(Math.abs(numeric[i] - dx.data[i])).toBeLessThan(1e-3);
    }
  });

  it('avgPool2dBackward dy=[1,1,2,3] for output [1,1,2,2] throws naming both shapes', () => {
    expectEngineError(
      () => avgPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 2, 3]), { kernelSize: 2 }),
      'avgPool2dBackward',
      'dy has shape [1,1,2,3]',
      '[1,1,2,2]',
    );
  });

  it('avgPool2dBackward dy=[1,1,2,2] holding 3 numbers throws naming dy and its data', () => {
    expectEngineError(
      () => avgPool2dBackward(tensor([1, 1, 4, 4]), raw([1, 1, 2, 2], 3), { kernelSize: 2 }),
      'avgPool2dBackward: dy has shape [1,1,2,2], that is 4 numbers, but its data holds 3',
    );
  });

  it('avgPool2dBackward dy=[1,1,2,3] names avgPool2d as the forward pass', () => {
    expectEngineError(
      () => avgPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 2, 3]), { kernelSize: 2 }),
      "avgPool2dBackward: dy has shape [1,1,2,3] but avgPool2d's output is [1,1,2,2]",
    );
  });

  it('avgPool2dBackward k=2 dilation=2 throws as avgPool2d does', () => {
    expectEngineError(
      () => avgPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 2, 2]), { kernelSize: 2, dilation: 2 } as unknown as AvgPool2dOptions),
      'avgPool2dBackward: dilation 2 is not allowed',
    );
  });

  it('avgPool2dBackward dy rank 3 throws', () => {
    expectEngineError(() => avgPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 2, 2]), { kernelSize: 2 }), 'avgPool2dBackward', 'dy [N,C,OH,OW]');
  });

  it('avgPool2dBackward x rank 5 throws', () => {
    expectEngineError(() => avgPool2dBackward(tensor([1, 1, 1, 4, 4]), tensor([1, 1, 2, 2]), { kernelSize: 2 }), 'avgPool2dBackward', 'x [N,C,H,W]');
  });

  it('avgPool2dBackward stride 0 throws', () => {
    expectEngineError(() => avgPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 2, 2]), { kernelSize: 2, stride: 0 }), 'avgPool2dBackward', 'stride 0');
  });
});
