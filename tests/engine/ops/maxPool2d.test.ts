// Tests of maxPool2d, maxPool2dBackward and their recorded-indices pair: shapes, hand values, the plain definition, finite differences, guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import {
  maxPool2d,
  maxPool2dBackward,
  maxPool2dBackwardFromIndices,
  maxPool2dWithIndices,
} from '../../../src/engine/ops/maxPool2d.ts';
import { tensorNumericGradient } from '../numericGradient.ts';
import { tensor, type Tensor } from '../../../src/engine/tensor.ts';
import type { MaxPool2dOptions } from '../../../src/engine/types.ts';
import { distinctValues, referenceMaxPool, seededValues, type PoolCase } from './poolReference.ts';

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

const poolCase = fc.record({
  shape: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
  kernel: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  padding: fc.tuple(fc.nat(1), fc.nat(1)),
  dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
  ceilMode: fc.boolean(),
  countIncludePad: fc.constant(true),
});

/** Fits padding to PyTorch's rule and skips cases whose kernel does not fit. */
function usable(c: PoolCase): PoolCase | null {
  const padding: [number, number] = [Math.min(c.padding[0], Math.floor(c.kernel[0] / 2)), Math.min(c.padding[1], Math.floor(c.kernel[1] / 2))];
  for (const axis of [0, 1]) {
    const span = c.dilation[axis] * (c.kernel[axis] - 1) + 1;
    if (c.shape[axis + 2] + 2 * padding[axis] < span) return null;
  }
  return { ...c, padding };
}

function options(c: PoolCase): MaxPool2dOptions {
  return { kernelSize: c.kernel, stride: c.stride, padding: c.padding, dilation: c.dilation, ceilMode: c.ceilMode };
}

describe('maxPool2d', () => {
  it('maxPool2d x=[1,1,4,4] k=2 -> [1,1,2,2] with the maxima of each 2x2 block', () => {
    const x = tensor([1, 1, 4, 4], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    const y = maxPool2d(x, { kernelSize: 2 });
    expect(y.shape).toEqual([1, 1, 2, 2]);
    expect([...y.data]).toEqual([6, 8, 14, 16]);
  });

  it('maxPool2d x=[1,1,3,3] k=2 s=1 p=1 -> [1,1,4,4] (padding never wins, even over negatives)', () => {
    const x = tensor([1, 1, 3, 3], [-1, -2, -3, -4, -5, -6, -7, -8, -9]);
    const y = maxPool2d(x, { kernelSize: 2, stride: 1, padding: 1 });
    expect(y.shape).toEqual([1, 1, 4, 4]);
    expect([...y.data]).toEqual([-1, -1, -2, -3, -1, -1, -2, -3, -4, -4, -5, -6, -7, -7, -8, -9]);
  });

  it('maxPool2d x=[1,1,5,5] k=2 ceilMode -> [1,1,3,3], the last window holding one column', () => {
    const x = tensor([1, 1, 5, 5], Array.from({ length: 25 }, (_, i) => i));
    const y = maxPool2d(x, { kernelSize: 2, ceilMode: true });
    expect(y.shape).toEqual([1, 1, 3, 3]);
    expect([...y.data]).toEqual([6, 8, 9, 16, 18, 19, 21, 23, 24]);
  });

  it('maxPool2d x=[1,1,5,5] k=2 d=2 s=1 -> [1,1,3,3] over taps two apart', () => {
    const x = tensor([1, 1, 5, 5], Array.from({ length: 25 }, (_, i) => (i * 7) % 25));
    const y = maxPool2d(x, { kernelSize: 2, stride: 1, dilation: 2 });
    expect(y.shape).toEqual([1, 1, 3, 3]);
    const ref = referenceMaxPool(x.data, {
      shape: [1, 1, 5, 5], kernel: [2, 2], stride: [1, 1], padding: [0, 0], dilation: [2, 2], ceilMode: false, countIncludePad: true,
    });
    expect([...y.data]).toEqual(ref.y);
  });

  it('maxPool2d x=[1,1,2,2] with a NaN -> NaN, as PyTorch', () => {
    const y = maxPool2d(tensor([1, 1, 2, 2], [1, Number.NaN, 3, 2]), { kernelSize: 2 });
    expect(Number.isNaN(y.data[0])).toBe(true);
  });

  it('maxPool2d x=[100,8,22,22] k=2 -> [100,8,11,11] and x=[100,16,9,9] -> [100,16,4,4] (reference network)', () => {
    expect(maxPool2d(tensor([100, 8, 22, 22]), { kernelSize: 2 }).shape).toEqual([100, 8, 11, 11]);
    expect(maxPool2d(tensor([100, 16, 9, 9]), { kernelSize: 2 }).shape).toEqual([100, 16, 4, 4]);
  });

  it('maxPool2d x=[2,3,8,9] k=2 (the 2x2 stride-2 path) equals the plain definition, ties and NaN included', () => {
    const values = seededValues(2 * 3 * 8 * 9, 5).map((v, i) => (i % 23 === 0 ? Number.NaN : Math.round(v * 4)));
    const x = tensor([2, 3, 8, 9], values);
    const c: PoolCase = { shape: [2, 3, 8, 9], kernel: [2, 2], stride: [2, 2], padding: [0, 0], dilation: [1, 1], ceilMode: false, countIncludePad: true };
    const ref = referenceMaxPool(x.data, c);
    expect([...maxPool2d(x, { kernelSize: 2 }).data]).toEqual(ref.y);
    const g = seededValues(ref.y.length, 6);
    const dx = maxPool2dBackward(x, tensor(ref.outShape, g), { kernelSize: 2 });
    const expected = new Array<number>(x.data.length).fill(0);
    ref.argmax.forEach((at, i) => {
      expected[at] += Math.fround(g[i]);
    });
    expect([...dx.data]).toEqual(expected);
  });

  it('maxPool2d equals the plain definition on random shapes and options (fast-check)', () => {
    fc.assert(
      fc.property(poolCase, fc.integer(), (raw, seed) => {
        const c = usable(raw);
        fc.pre(c !== null);
        if (c === null) return;
        const size = c.shape.reduce((a, b) => a * b, 1);
        const x = tensor(c.shape, seededValues(size, seed).map((v) => Math.round(v * 8) - 4));
        const y = maxPool2d(x, options(c));
        const ref = referenceMaxPool(x.data, c);
        expect(y.shape).toEqual(ref.outShape);
        expect([...y.data]).toEqual(ref.y);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['x rank 3', () => maxPool2d(tensor([1, 4, 4]), { kernelSize: 2 }), ['maxPool2d', 'x [N,C,H,W]', '[1,4,4]']],
    ['kernel 0', () => maxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 0 }), ['maxPool2d', 'kernel size 0']],
    ['stride 0', () => maxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2, stride: 0 }), ['maxPool2d', 'stride 0']],
    ['dilation 0', () => maxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2, dilation: 0 }), ['maxPool2d', 'dilation 0']],
    ['padding -1', () => maxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2, padding: -1 }), ['maxPool2d', 'padding -1']],
    ['padding 2 > k/2', () => maxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 3, padding: 2 }), ['maxPool2d', 'padding 2', 'kernel size 3', 'half']],
    ['kernel 5 > input 3', () => maxPool2d(tensor([1, 1, 3, 3]), { kernelSize: 5 }), ['maxPool2d', 'kernel 5', 'padded input 3x3']],
    ['empty input 0x4', () => maxPool2d(tensor([1, 1, 0, 4]), { kernelSize: 1 }), ['maxPool2d', 'x has shape [1,1,0,4] with size 0 in dimension 2']],
  ] as const)('maxPool2d x=[1,1,4,4] %s throws', (_name, fn, parts) => {
    expectEngineError(fn, ...parts);
  });

  it.each([
    ['N=NaN', raw([Number.NaN, 1, 4, 4], 16), 'x has shape [NaN,1,4,4] with size NaN in dimension 0 (sizes must be whole numbers >= 0)'],
    ['N=-1', raw([-1, 1, 4, 4], 16), 'x has shape [-1,1,4,4] with size -1 in dimension 0'],
    ['C=1.5', raw([1, 1.5, 4, 4], 24), 'x has shape [1,1.5,4,4] with size 1.5 in dimension 1 (sizes must be whole numbers >= 1)'],
    ['data 15 for [1,1,4,4]', raw([1, 1, 4, 4], 15), 'x has shape [1,1,4,4], that is 16 numbers, but its data holds 15'],
  ] as const)('maxPool2d, maxPool2dBackward and maxPool2dWithIndices x %s k=2 throw naming x', (_name, x, message) => {
    expectEngineError(() => maxPool2d(x, { kernelSize: 2 }), `maxPool2d: ${message}`);
    expectEngineError(() => maxPool2dBackward(x, tensor([1, 1, 2, 2]), { kernelSize: 2 }), `maxPool2dBackward: ${message}`);
    expectEngineError(() => maxPool2dWithIndices(x, { kernelSize: 2 }, new Float32Array(4), new Int32Array(4)), `maxPool2d: ${message}`);
  });

  it.each([
    ['left out', undefined, 'maxPool2d: options undefined are not allowed (maxPool2d needs an object of options, e.g. { kernelSize: 2 })'],
    ['null', null, 'maxPool2d: options null are not allowed'],
    ['a number 2', 2, 'maxPool2d: options 2 are not allowed'],
    ["kernelSize left out", {}, 'maxPool2d: kernel size undefined is not allowed (kernel size must be a whole number >= 1 or a pair [rows, cols] of them)'],
    ['kernelSize [2,2,2]', { kernelSize: [2, 2, 2] }, 'maxPool2d: kernel size [2,2,2] is not allowed'],
    ["ceilMode 'false'", { kernelSize: 2, ceilMode: 'false' }, 'maxPool2d: ceilMode "false" is not allowed (ceilMode must be true or false)'],
  ] as const)('maxPool2d x=[1,1,4,4] options %s throws naming them', (_name, o, message) => {
    expectEngineError(() => maxPool2d(tensor([1, 1, 4, 4]), o as MaxPool2dOptions), message);
  });
});

describe('maxPool2dBackward', () => {
  it('maxPool2dBackward x=[1,1,2,2] ties -> all the gradient to the first maximum', () => {
    const dx = maxPool2dBackward(tensor([1, 1, 2, 2], [5, 5, 5, 5]), tensor([1, 1, 1, 1], [3]), { kernelSize: 2 });
    expect([...dx.data]).toEqual([3, 0, 0, 0]);
  });

  it('maxPool2dBackward x=[1,1,3,3] k=2 s=1 -> overlapping windows add up at a shared maximum', () => {
    const x = tensor([1, 1, 3, 3], [0, 0, 0, 0, 9, 0, 0, 0, 0]);
    const dx = maxPool2dBackward(x, tensor([1, 1, 2, 2], [1, 2, 3, 4]), { kernelSize: 2, stride: 1 });
    expect([...dx.data]).toEqual([0, 0, 0, 0, 10, 0, 0, 0, 0]);
  });

  it('maxPool2dBackward equals the plain argmax scatter (fast-check)', () => {
    fc.assert(
      fc.property(poolCase, fc.integer(), (raw, seed) => {
        const c = usable(raw);
        fc.pre(c !== null);
        if (c === null) return;
        const size = c.shape.reduce((a, b) => a * b, 1);
        const x = tensor(c.shape, seededValues(size, seed).map((v) => Math.round(v * 6) - 3));
        const ref = referenceMaxPool(x.data, c);
        const g = seededValues(ref.y.length, seed + 1).map((v) => Math.round(v * 10) - 5);
        const dx = maxPool2dBackward(x, tensor(ref.outShape, g), options(c));
        const expected = new Array<number>(size).fill(0);
        ref.argmax.forEach((at, i) => {
          if (at >= 0) expected[at] += g[i];
        });
        expect([...dx.data]).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    [[1, 2, 6, 6], { kernelSize: 2 }],
    [[2, 1, 7, 5], { kernelSize: [3, 2], stride: [2, 1], padding: [1, 1], ceilMode: true }],
    [[1, 1, 7, 7], { kernelSize: 3, stride: 2, padding: 1, dilation: 2 }],
  ] as const)('maxPool2dBackward x=%j %j matches finite differences', (shape, o: MaxPool2dOptions) => {
    const size = shape.reduce<number>((a, b) => a * b, 1);
    const xs = distinctValues(size, 7);
    const y0 = maxPool2d(tensor(shape, xs), o);
    const g = seededValues(y0.data.length, 11).map((v) => v * 2 - 1);
    const loss = (t: Tensor): number => {
      const y = maxPool2d(t, o);
      let s = 0;
      for (let i = 0; i < y.data.length; i++) s += y.data[i] * g[i];
      return s;
    };
    const dx = maxPool2dBackward(tensor(shape, xs), tensor(y0.shape, g), o);
    const numeric = tensorNumericGradient(loss, tensor(shape, xs));
    for (let i = 0; i < size; i++) {
      expect(Math.abs(numeric[i] - dx.data[i])).toBeLessThan(1e-3);
    }
  });

  it('maxPool2dBackward dy=[1,1,3,3] for output [1,1,2,2] throws naming both shapes', () => {
    expectEngineError(
      () => maxPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 3, 3]), { kernelSize: 2 }),
      'maxPool2dBackward',
      'dy has shape [1,1,3,3]',
      '[1,1,2,2]',
    );
  });

  it('maxPool2dBackward dy rank 2 throws', () => {
    expectEngineError(() => maxPool2dBackward(tensor([1, 1, 4, 4]), tensor([2, 2]), { kernelSize: 2 }), 'maxPool2dBackward', 'dy [N,C,OH,OW]', '[2,2]');
  });

  it('maxPool2dBackward x rank 2 throws', () => {
    expectEngineError(() => maxPool2dBackward(tensor([4, 4]), tensor([1, 1, 2, 2]), { kernelSize: 2 }), 'maxPool2dBackward', 'x [N,C,H,W]');
  });

  it('maxPool2dBackward dy=[1,1,2,2] holding 3 numbers throws naming dy and its data', () => {
    expectEngineError(
      () => maxPool2dBackward(tensor([1, 1, 4, 4]), raw([1, 1, 2, 2], 3), { kernelSize: 2 }),
      'maxPool2dBackward: dy has shape [1,1,2,2], that is 4 numbers, but its data holds 3',
    );
  });

  it('maxPool2dBackward dy=[1,1,3,3] names maxPool2d as the forward pass', () => {
    expectEngineError(
      () => maxPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 3, 3]), { kernelSize: 2 }),
      "maxPool2dBackward: dy has shape [1,1,3,3] but maxPool2d's output is [1,1,2,2]",
    );
  });

  it('maxPool2dBackward padding 2 with kernel 2 throws', () => {
    expectEngineError(() => maxPool2dBackward(tensor([1, 1, 4, 4]), tensor([1, 1, 2, 2]), { kernelSize: 2, padding: 2 }), 'maxPool2dBackward', 'padding 2');
  });
});

describe('maxPool2dWithIndices and maxPool2dBackwardFromIndices', () => {
  it('maxPool2dWithIndices x=[1,2,4,6] k=2 (2x2 path) records the reference argmax, several NaNs and ties per window', () => {
    const values = [Number.NaN, 1, 2, 2, 5, Number.NaN, Number.NaN, Number.NaN, 2, 3, 5, 7];
    const x = tensor([1, 2, 4, 6], [...values, ...values.map((v) => -v), ...values.reverse(), ...values.map((v) => v * 0)]);
    const c: PoolCase = { shape: [1, 2, 4, 6], kernel: [2, 2], stride: [2, 2], padding: [0, 0], dilation: [1, 1], ceilMode: false, countIncludePad: true };
    const ref = referenceMaxPool(x.data, c);
    const indices = new Int32Array(ref.y.length);
    const y = maxPool2dWithIndices(x, { kernelSize: 2 }, new Float32Array(ref.y.length), indices);
    expect([...indices]).toEqual(ref.argmax);
    expect([...y.data]).toEqual(ref.y);
  });

  it('maxPool2dWithIndices + maxPool2dBackwardFromIndices equal maxPool2d and maxPool2dBackward (fast-check)', () => {
    fc.assert(
      fc.property(poolCase, fc.integer(), (raw, seed) => {
        const c = usable(raw);
        fc.pre(c !== null);
        if (c === null) return;
        const size = c.shape.reduce((a, b) => a * b, 1);
        const x = tensor(c.shape, seededValues(size, seed).map((v) => Math.round(v * 6) - 3));
        const y = maxPool2d(x, options(c));
        const indices = new Int32Array(y.data.length);
        expect([...maxPool2dWithIndices(x, options(c), new Float32Array(y.data.length), indices).data]).toEqual([...y.data]);
        const dy = tensor(y.shape, seededValues(y.data.length, seed + 1));
        const dx = maxPool2dBackwardFromIndices(x.shape, dy, indices, new Float32Array(size).fill(9));
        expect(dx.shape).toEqual(x.shape);
        expect([...dx.data]).toEqual([...maxPool2dBackward(x, dy, options(c)).data]);
      }),
      { numRuns: 100 },
    );
  });

  it('maxPool2dWithIndices x=[1,1,4,4] k=2 with 3 indices for 4 outputs throws naming the counts', () => {
    expectEngineError(
      () => maxPool2dWithIndices(tensor([1, 1, 4, 4]), { kernelSize: 2 }, new Float32Array(4), new Int32Array(3)),
      'maxPool2d',
      '4 outputs and 3 indices',
      '[1,1,2,2] has 4 elements',
    );
  });

  it('maxPool2dBackwardFromIndices dy of 4 numbers with 3 indices or a dx of 15 for x [1,1,4,4] throws naming the counts', () => {
    expectEngineError(
      () => maxPool2dBackwardFromIndices([1, 1, 4, 4], tensor([1, 1, 2, 2]), new Int32Array(3), new Float32Array(16)),
      'maxPool2dBackward',
      'dy has 4 numbers, 3 indices',
    );
    expectEngineError(
      () => maxPool2dBackwardFromIndices([1, 1, 4, 4], tensor([1, 1, 2, 2]), new Int32Array(4), new Float32Array(15)),
      'maxPool2dBackward',
      'dx holds 15 for x [1,1,4,4]',
    );
  });

  it('maxPool2dBackwardFromIndices x=[-1,-1,4,4], x rank 3, dy holding 3 of [1,1,2,2] or dy rank 2 throw naming them', () => {
    const indices = new Int32Array(4);
    expectEngineError(
      () => maxPool2dBackwardFromIndices([-1, -1, 4, 4], tensor([1, 1, 2, 2]), indices, new Float32Array(16)),
      'maxPool2dBackward: dx has shape [-1,-1,4,4] with size -1 in dimension 0',
    );
    expectEngineError(
      () => maxPool2dBackwardFromIndices([1, 4, 4], tensor([1, 1, 2, 2]), indices, new Float32Array(16)),
      'maxPool2dBackward: x [N,C,H,W] must have 4 dimensions but has shape [1,4,4]',
    );
    expectEngineError(
      () => maxPool2dBackwardFromIndices([1, 1, 4, 4], raw([1, 1, 2, 2], 3), new Int32Array(3), new Float32Array(16)),
      'maxPool2dBackward: dy has shape [1,1,2,2], that is 4 numbers, but its data holds 3',
    );
    expectEngineError(
      () => maxPool2dBackwardFromIndices([1, 1, 4, 4], tensor([2, 2]), indices, new Float32Array(16)),
      'maxPool2dBackward: dy [N,C,OH,OW] must have 4 dimensions but has shape [2,2]',
    );
  });
});
