// Tests of traceMaxPool2d and traceAvgPool2d: cells, argmax, divisors, equality with the ops (fast-check), guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { avgPool2d } from '../../../src/engine/ops/avgPool2d.ts';
import { maxPool2d, maxPool2dBackward } from '../../../src/engine/ops/maxPool2d.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { traceAvgPool2d, traceMaxPool2d } from '../../../src/engine/trace/tracePool2d.ts';

const poolArb = fc.record({
  n: fc.integer({ min: 1, max: 2 }),
  c: fc.integer({ min: 1, max: 2 }),
  h: fc.integer({ min: 1, max: 7 }),
  w: fc.integer({ min: 1, max: 7 }),
  k: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  p: fc.tuple(fc.nat(1), fc.nat(1)),
  d: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
  ceilMode: fc.boolean(),
  countIncludePad: fc.boolean(),
  seed: fc.nat(),
});

describe('traceMaxPool2d', () => {
  it('traceMaxPool2d x=[1,1,2,2] ties -> argmax 0, the first maximum in scan order', () => {
    const t = traceMaxPool2d(tensor([1, 1, 2, 2], [7, 7, 7, 7]), { kernelSize: 2 });
    expect(t.steps).toHaveLength(1);
    expect(t.steps[0]).toMatchObject({ argmax: 0, output: 7 });
  });

  it('traceMaxPool2d x=[1,1,3,3] k=2 s=2 p=1 -> padding cells hold -Infinity and never win', () => {
    const t = traceMaxPool2d(tensor([1, 1, 3, 3], [-1, -2, -3, -4, -5, -6, -7, -8, -9]), { kernelSize: 2, padding: 1 });
    expect(t.outputSize).toEqual([2, 2]);
    const first = t.steps[0];
    expect(first.cells.map((cell) => cell.place)).toEqual(['padding', 'padding', 'padding', 'input']);
    expect(first.cells[0].value).toBe(-Infinity);
    expect(first).toMatchObject({ argmax: 3, output: -1 });
  });

  it('traceMaxPool2d x=[1,1,5,5] k=2 ceilMode -> the last window has cells beyond the input', () => {
    const t = traceMaxPool2d(tensor([1, 1, 5, 5]), { kernelSize: 2, ceilMode: true });
    expect(t.steps[8].cells.map((cell) => cell.place)).toEqual(['input', 'beyond', 'beyond', 'beyond']);
  });

  it('traceMaxPool2d outputs and argmax equal maxPool2d and its backward (fast-check)', () => {
    fc.assert(
      fc.property(poolArb, (c) => {
        const p: [number, number] = [Math.min(c.p[0], Math.floor(c.k[0] / 2)), Math.min(c.p[1], Math.floor(c.k[1] / 2))];
        const x = tensor([c.n, c.c, c.h, c.w], Array.from({ length: c.n * c.c * c.h * c.w }, (_, i) => ((i * 37 + c.seed) % 9) - 4));
        const o = { kernelSize: c.k, stride: c.s, padding: p, dilation: c.d, ceilMode: c.ceilMode };
        let y;
        try {
          y = maxPool2d(x, o);
        } catch {
          return;
        }
        const [, , oh, ow] = y.shape;
        const plane = (c.n - 1) * c.c + (c.c - 1);
        const t = traceMaxPool2d(x, o, { sample: c.n - 1, channel: c.c - 1 });
        expect(t.steps.map((s) => s.output)).toEqual([...y.data.subarray(plane * oh * ow, (plane + 1) * oh * ow)]);
        // The gradient of output (i,j) lands on the traced argmax cell.
        t.steps.forEach((step, index) => {
          if (step.argmax < 0) return;
          const dy = tensor(y.shape);
          dy.data[plane * oh * ow + index] = 1;
          const dx = maxPool2dBackward(x, dy, o);
          const cell = step.cells[step.argmax];
          expect(dx.data[(plane * c.h + cell.row) * c.w + cell.col]).toBe(1);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('traceMaxPool2d channel 3 of 1 throws', () => {
    expect(() => traceMaxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2 }, { channel: 3 })).toThrow(EngineError);
    expect(() => traceMaxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2 }, { channel: 3 })).toThrow('traceMaxPool2d: channel 3 does not exist');
  });

  it('traceMaxPool2d padding 2 with kernel 2 throws as maxPool2d does', () => {
    expect(() => traceMaxPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2, padding: 2 })).toThrow('traceMaxPool2d: padding 2 is more than half the kernel size 2');
  });

  it('traceMaxPool2d x rank 3 throws', () => {
    expect(() => traceMaxPool2d(tensor([1, 4, 4]), { kernelSize: 2 })).toThrow('traceMaxPool2d: x [N,C,H,W] must have 4 dimensions');
  });
});

describe('traceAvgPool2d', () => {
  it('traceAvgPool2d x=[1,1,2,2] k=3 s=1 p=1 -> divisor 9 counting the padding, 4 without', () => {
    const x = tensor([1, 1, 2, 2], [1, 2, 3, 4]);
    const withPad = traceAvgPool2d(x, { kernelSize: 3, stride: 1, padding: 1 });
    const without = traceAvgPool2d(x, { kernelSize: 3, stride: 1, padding: 1, countIncludePad: false });
    expect(withPad.steps[0]).toMatchObject({ sum: 10, divisor: 9, output: 10 / 9 });
    expect(without.steps[0]).toMatchObject({ sum: 10, divisor: 4, output: 2.5 });
  });

  it('traceAvgPool2d x=[1,1,1,4] k=[1,3] s=[1,2] p=[0,1] ceilMode -> the last window counts 2 cells, one beyond the padding', () => {
    const t = traceAvgPool2d(tensor([1, 1, 1, 4], [1, 2, 3, 4]), { kernelSize: [1, 3], stride: [1, 2], padding: [0, 1], ceilMode: true });
    expect(t.steps[2].cells.map((cell) => cell.place)).toEqual(['input', 'padding', 'beyond']);
    expect(t.steps[2]).toMatchObject({ sum: 4, divisor: 2, output: 2 });
  });

  it('traceAvgPool2d outputs equal avgPool2d (fast-check)', () => {
    fc.assert(
      fc.property(poolArb, (c) => {
        const p: [number, number] = [Math.min(c.p[0], Math.floor(c.k[0] / 2)), Math.min(c.p[1], Math.floor(c.k[1] / 2))];
        const x = tensor([c.n, c.c, c.h, c.w], Array.from({ length: c.n * c.c * c.h * c.w }, (_, i) => ((i * 37 + c.seed) % 9) - 4));
        const o = { kernelSize: c.k, stride: c.s, padding: p, ceilMode: c.ceilMode, countIncludePad: c.countIncludePad };
        let y;
        try {
          y = avgPool2d(x, o);
        } catch {
          return;
        }
        const [, , oh, ow] = y.shape;
        const t = traceAvgPool2d(x, o, { sample: 0, channel: c.c - 1 });
        const plane = c.c - 1;
        const expected = y.data.subarray(plane * oh * ow, (plane + 1) * oh * ow);
        t.steps.forEach((step, i) => expect(Math.abs(step.output - expected[i])).toBeLessThan(1e-5));
      }),
      { numRuns: 120 },
    );
  });

  it('traceAvgPool2d x=[1,1,4,4] k=2 dilation=2 throws as avgPool2d does (average pooling has no dilation)', () => {
    const run = (): unknown => traceAvgPool2d(tensor([1, 1, 4, 4]), { kernelSize: 2, dilation: 2 } as never);
    expect(run).toThrow(EngineError);
    expect(run).toThrow('traceAvgPool2d: dilation 2 is not allowed (average pooling has no dilation');
  });

  it('traceMaxPool2d and traceAvgPool2d x=[1,1,4,4] holding 15 numbers throw naming x', () => {
    const x = { shape: [1, 1, 4, 4], data: new Float32Array(15) };
    expect(() => traceMaxPool2d(x, { kernelSize: 2 })).toThrow(EngineError);
    expect(() => traceMaxPool2d(x, { kernelSize: 2 })).toThrow('traceMaxPool2d: x has shape [1,1,4,4], that is 16 numbers, but its data holds 15');
    expect(() => traceAvgPool2d(x, { kernelSize: 2 })).toThrow('traceAvgPool2d: x has shape [1,1,4,4], that is 16 numbers, but its data holds 15');
  });

  it('traceAvgPool2d a trace too big throws', () => {
    expect(() => traceAvgPool2d(tensor([1, 1, 400, 400]), { kernelSize: 3, stride: 1, padding: 1 })).toThrow('traceAvgPool2d: the trace would hold');
  });
});
