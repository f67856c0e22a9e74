// Tests of convOutputSize, poolOutputSize, convTransposeOutputSize and planAxis.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import {
  convOutputSize,
  convTransposeOutputSize,
  planAxis,
  poolOutputSize,
} from '../../../src/engine/plan/outputSize.ts';

/** Plain definition: count the window starts -before + i*s whose window (span d*(k-1)+1) fits the padded input. */
function countWindows(n: number, k: number, s: number, d: number, before: number, after: number): number {
  const span = d * (k - 1) + 1;
  let count = 0;
  for (let start = -before; start + span <= n + after; start += s) count++;
  return count;
}

/** Plain ceil-mode definition: a window is kept while the previous one has not reached the end and it starts inside the input or left padding. */
function countCeilWindows(n: number, k: number, s: number, d: number, p: number): number {
  const span = d * (k - 1) + 1;
  let count = 0;
  for (let i = 0; ; i++) {
    const start = i * s - p;
    const previousReachedEnd = i > 0 && (i - 1) * s - p + span >= n + p;
    if (previousReachedEnd || start >= n) break;
    count++;
  }
  return count;
}

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

describe('convOutputSize', () => {
  it.each([
    [28, 5, 1, 0, 24],
    [24, 3, 1, 0, 22],
    [11, 3, 1, 0, 9],
    [5, 3, 2, 1, 3],
    [7, 3, 2, 0, 3],
    [224, 7, 2, 3, 112],
  ])('convOutputSize n=%i k=%i s=%i p=%i -> %i', (n, k, s, p, out) => {
    expect(convOutputSize(n, { kernelSize: k, stride: s, padding: p })).toBe(out);
  });

  it('seed worked example 28 -> conv5 24 -> conv3 22 -> pool2 11 -> conv3 9 -> pool2 4', () => {
    const a = convOutputSize(28, { kernelSize: 5, padding: 'valid' });
    const b = convOutputSize(a, { kernelSize: 3, padding: 'valid' });
    const c = poolOutputSize(b, { kernelSize: 2 });
    const d = convOutputSize(c, { kernelSize: 3, padding: 'valid' });
    const e = poolOutputSize(d, { kernelSize: 2 });
    expect([a, b, c, d, e]).toEqual([24, 22, 11, 9, 4]);
  });

  it.each([
    [5, 3, 1, 5],
    [5, 3, 2, 3],
    [6, 4, 3, 2],
    [1, 7, 4, 1],
  ])("convOutputSize n=%i k=%i s=%i padding='same' -> ceil(n/s)=%i", (n, k, s, out) => {
    expect(convOutputSize(n, { kernelSize: k, stride: s, padding: 'same' })).toBe(out);
  });

  it("convOutputSize n=5 k=3 padding='full' -> 7, dilation 2 -> 9", () => {
    expect(convOutputSize(5, { kernelSize: 3, padding: 'full' })).toBe(7);
    expect(convOutputSize(5, { kernelSize: 3, padding: 'full', dilation: 2 })).toBe(9);
  });

  it('convOutputSize n=9 k=3 d=2 -> 5', () => {
    expect(convOutputSize(9, { kernelSize: 3, dilation: 2 })).toBe(5);
  });

  it('convOutputSize n=6 k=2 s=2 ceilMode -> 3; n=7 -> 4 (floor gives 3)', () => {
    expect(convOutputSize(6, { kernelSize: 2, stride: 2, ceilMode: true })).toBe(3);
    expect(convOutputSize(7, { kernelSize: 2, stride: 2, ceilMode: true })).toBe(4);
    expect(convOutputSize(7, { kernelSize: 2, stride: 2 })).toBe(3);
  });

  it('convOutputSize n=5 k=2 s=2 p=1 ceilMode -> 3 (the window starting in the right padding is dropped)', () => {
    // ceil((5+2-2)/2)+1 = 4, but window 3 would start at 3*2-1 = 5 = n: only right padding.
    expect(convOutputSize(5, { kernelSize: 2, stride: 2, padding: 1, ceilMode: true })).toBe(3);
  });

  it('convOutputSize equals the number of window starts that fit (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 6 }),
        (n, k, s, d, p) => {
          const span = d * (k - 1) + 1;
          fc.pre(n + 2 * p >= span);
          expect(convOutputSize(n, { kernelSize: k, stride: s, dilation: d, padding: p })).toBe(
            countWindows(n, k, s, d, p, p),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("convOutputSize with 'same'/'full' equals the window count with the resolved padding, 'same' giving ceil(n/s) (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        (n, k, s, d) => {
          const same = planAxis('t', n, { kernelSize: k, stride: s, dilation: d, padding: 'same' });
          expect(same.outputSize).toBe(Math.ceil(n / s));
          expect(same.outputSize).toBe(countWindows(n, k, s, d, same.padBefore, same.padAfter));
          expect(same.padAfter - same.padBefore).toBeGreaterThanOrEqual(0);
          expect(same.padAfter - same.padBefore).toBeLessThanOrEqual(1);
          const full = convOutputSize(n, { kernelSize: k, stride: s, dilation: d, padding: 'full' });
          expect(full).toBe(countWindows(n, k, s, d, d * (k - 1), d * (k - 1)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('convOutputSize ceilMode equals the plain ceil-mode window count for pool-sized padding (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(3),
        (n, k, s, d, p0) => {
          const p = Math.min(p0, Math.floor(k / 2));
          fc.pre(n + 2 * p >= d * (k - 1) + 1);
          expect(convOutputSize(n, { kernelSize: k, stride: s, dilation: d, padding: p, ceilMode: true })).toBe(
            countCeilWindows(n, k, s, d, p),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('convOutputSize n=3 k=5 p=0 throws: kernel larger than the padded input', () => {
    expectEngineError(() => convOutputSize(3, { kernelSize: 5 }), 'convOutputSize', 'kernel 5', 'padded input 3');
  });

  it('convOutputSize n=4 k=3 d=2 throws naming the dilated span 5', () => {
    expectEngineError(() => convOutputSize(4, { kernelSize: 3, dilation: 2 }), 'convOutputSize', 'span 5', 'padded input 4');
  });

  it.each([
    ['stride 0', { kernelSize: 3, stride: 0 }, 'stride 0'],
    ['stride -1', { kernelSize: 3, stride: -1 }, 'stride -1'],
    ['stride 1.5', { kernelSize: 3, stride: 1.5 }, 'stride 1.5'],
    ['kernel 0', { kernelSize: 0 }, 'kernel size 0'],
    ['kernel NaN', { kernelSize: Number.NaN }, 'kernel size NaN'],
    ['dilation 0', { kernelSize: 3, dilation: 0 }, 'dilation 0'],
    ['padding -1', { kernelSize: 3, padding: -1 }, 'padding -1'],
    ['padding 0.5', { kernelSize: 3, padding: 0.5 }, 'padding 0.5'],
  ])('convOutputSize n=8 %s throws', (_name, o, part) => {
    expectEngineError(() => convOutputSize(8, o), 'convOutputSize', part, 'not allowed');
  });

  it.each([
    ['left out', undefined],
    ['null', null],
    ['3', 3],
  ])('convOutputSize n=5 options %s throws naming them', (_name, o) => {
    expectEngineError(() => convOutputSize(5, o as never), `convOutputSize: options ${String(o)} are not allowed (convOutputSize needs an object of options, e.g. { kernelSize: 3 })`);
  });

  it('poolOutputSize(5) and convTransposeOutputSize(5) with options left out throw naming them', () => {
    expectEngineError(() => poolOutputSize(5, undefined as never), 'poolOutputSize: options undefined are not allowed (poolOutputSize needs an object of options, e.g. { kernelSize: 2 })');
    expectEngineError(() => convTransposeOutputSize(5, undefined as never), 'convTransposeOutputSize: options undefined are not allowed');
  });

  it("convOutputSize n=5 k=2 ceilMode 'true' throws: ceilMode must be true or false", () => {
    expectEngineError(() => convOutputSize(5, { kernelSize: 2, ceilMode: 'true' as never }), 'convOutputSize: ceilMode "true" is not allowed (ceilMode must be true or false)');
  });

  it.each([[0], [-3], [Number.NaN], [2.5]])('convOutputSize n=%d throws', (n) => {
    expectEngineError(() => convOutputSize(n, { kernelSize: 1 }), 'convOutputSize', `input size ${n}`);
  });
});

describe('poolOutputSize', () => {
  it.each([
    [22, 2, undefined, 0, false, 11],
    [9, 2, undefined, 0, false, 4],
    [9, 2, undefined, 0, true, 5],
    [9, 3, 2, 1, false, 5],
    [8, 3, 2, 1, true, 5],
    [5, 2, 2, 1, true, 3],
  ])('poolOutputSize n=%i k=%i s=%s p=%i ceil=%s -> %i', (n, k, s, p, ceilMode, out) => {
    expect(poolOutputSize(n, { kernelSize: k, stride: s, padding: p, ceilMode })).toBe(out);
  });

  it('poolOutputSize n=8 k=3 p=2 throws: padding more than half the kernel', () => {
    expectEngineError(() => poolOutputSize(8, { kernelSize: 3, padding: 2 }), 'poolOutputSize', 'padding 2', 'kernel size 3', 'half');
  });

  it('poolOutputSize n=1 k=3 throws: kernel larger than the input', () => {
    expectEngineError(() => poolOutputSize(1, { kernelSize: 3 }), 'poolOutputSize', 'kernel 3', 'padded input 1');
  });

  it('poolOutputSize n=4 k=2 p=-1 throws', () => {
    expectEngineError(() => poolOutputSize(4, { kernelSize: 2, padding: -1 }), 'poolOutputSize', 'padding -1');
  });
});

describe('convTransposeOutputSize', () => {
  it.each([
    [3, 3, 1, 0, 0, 1, 5],
    [3, 3, 2, 0, 0, 1, 7],
    [3, 3, 2, 1, 1, 1, 6],
    [4, 4, 2, 1, 0, 1, 8],
    [2, 3, 1, 0, 0, 2, 6],
  ])('convTransposeOutputSize n=%i k=%i s=%i p=%i op=%i d=%i -> %i', (n, k, s, p, outputPadding, d, out) => {
    expect(convTransposeOutputSize(n, { kernelSize: k, stride: s, padding: p, outputPadding, dilation: d })).toBe(out);
  });

  it('convTransposeOutputSize undoes convOutputSize: conv(transpose(n)) = n (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(3),
        fc.nat(3),
        (n, k, s, d, p0, op0) => {
          const p = Math.min(p0, Math.floor((d * (k - 1)) / 2));
          const outputPadding = op0 % s;
          const big = convTransposeOutputSize(n, { kernelSize: k, stride: s, padding: p, outputPadding, dilation: d });
          fc.pre(big >= 1);
          expect(convOutputSize(big, { kernelSize: k, stride: s, padding: p, dilation: d })).toBe(n);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('convTransposeOutputSize n=3 k=3 s=2 outputPadding=2 throws: not smaller than stride or dilation', () => {
    expectEngineError(
      () => convTransposeOutputSize(3, { kernelSize: 3, stride: 2, outputPadding: 2 }),
      'convTransposeOutputSize',
      'output padding 2',
      'stride 2',
    );
  });

  it('convTransposeOutputSize n=1 k=1 p=1 throws: the output would be empty', () => {
    expectEngineError(() => convTransposeOutputSize(1, { kernelSize: 1, padding: 1 }), 'convTransposeOutputSize', 'padding 1', 'leaving -1');
  });

  it.each([
    ['stride 0', { kernelSize: 3, stride: 0 }, 'stride 0'],
    ['kernel 0', { kernelSize: 0 }, 'kernel size 0'],
    ['padding -1', { kernelSize: 3, padding: -1 }, 'padding -1'],
    ['dilation 0', { kernelSize: 3, dilation: 0 }, 'dilation 0'],
    ['outputPadding -1', { kernelSize: 3, outputPadding: -1 }, 'output padding -1'],
  ])('convTransposeOutputSize n=4 %s throws', (_name, o, part) => {
    expectEngineError(() => convTransposeOutputSize(4, o), 'convTransposeOutputSize', part);
  });
});

describe('planAxis', () => {
  it("planAxis n=6 k=3 s=2 'same' -> pad 0 before, 1 after, out 3", () => {
    expect(planAxis('conv2d', 6, { kernelSize: 3, stride: 2, padding: 'same' })).toEqual({
      inputSize: 6,
      kernelSize: 3,
      stride: 2,
      dilation: 1,
      padBefore: 0,
      padAfter: 1,
      span: 3,
      ceilMode: false,
      outputSize: 3,
    });
  });

  it('planAxis names the calling op in its errors', () => {
    expectEngineError(() => planAxis('conv1d', 2, { kernelSize: 3 }), 'conv1d: kernel 3');
  });
});
