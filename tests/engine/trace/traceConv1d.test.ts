// Tests of traceConv1d: hand-checked taps, equality with conv1d (fast-check), guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { conv1d } from '../../../src/engine/ops/conv1d.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { traceConv1d } from '../../../src/engine/trace/traceConv1d.ts';

describe('traceConv1d', () => {
  it("traceConv1d x=[1,1,5] w=[1,1,3] 'full' -> 7 steps, the first reading two padding taps then x[0]", () => {
    const t = traceConv1d(tensor([1, 1, 5], [1, 2, 3, 4, 5]), tensor([1, 1, 3], [1, 10, 100]), null, { padding: 'full' });
    expect(t.outputSize).toBe(7);
    expect(t.padding).toEqual({ before: 2, after: 2 });
    expect(t.steps[0].taps.map((tap) => [tap.index, tap.place])).toEqual([[-2, 'padding'], [-1, 'padding'], [0, 'input']]);
    expect(t.steps.map((s) => s.output)).toEqual([100, 210, 321, 432, 543, 54, 5]);
  });

  it('traceConv1d x=[1,2,6] w=[1,2,2] s=2 d=2 -> taps two apart over both channels', () => {
    const t = traceConv1d(tensor([1, 2, 6]), tensor([1, 2, 2]), null, { stride: 2, dilation: 2 });
    expect(t.outputSize).toBe(2);
    expect(t.steps[1].taps.map((tap) => [tap.channel, tap.index, tap.kernelIndex])).toEqual([[0, 2, 0], [0, 4, 1], [1, 2, 0], [1, 4, 1]]);
  });

  it('traceConv1d outputs equal conv1d (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2 }),
        fc.oneof(fc.nat(2), fc.constantFrom<'valid' | 'same' | 'full'>('valid', 'same', 'full')),
        fc.nat(),
        (channels, length, k, stride, dilation, padding, seed) => {
          const values = (count: number): number[] => Array.from({ length: count }, (_, i) => ((i * 131 + seed) % 11) - 5);
          const x = tensor([1, channels, length], values(channels * length));
          const w = tensor([2, channels, k], values(2 * channels * k).reverse());
          const b = tensor([2], [0.25, -1]);
          const o = { stride, dilation, padding };
          let y;
          try {
            y = conv1d(x, w, b, o);
          } catch {
            return;
          }
          const out = y.shape[2];
          for (const channel of [0, 1]) {
            const t = traceConv1d(x, w, b, o, { channel });
            expect(t.steps.map((s) => s.output)).toEqual([...y.data.subarray(channel * out, (channel + 1) * out)]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('traceConv1d x rank 4 throws naming x [N,C,L]', () => {
    expect(() => traceConv1d(tensor([1, 1, 1, 5]), tensor([1, 1, 3]))).toThrow(EngineError);
    expect(() => traceConv1d(tensor([1, 1, 1, 5]), tensor([1, 1, 3]))).toThrow('traceConv1d: x [N,C,L] must have 3 dimensions');
  });

  it('traceConv1d sample -1 throws', () => {
    expect(() => traceConv1d(tensor([1, 1, 5]), tensor([1, 1, 3]), null, {}, { sample: -1 })).toThrow('traceConv1d: sample -1 does not exist');
  });
});
