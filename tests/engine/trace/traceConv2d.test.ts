// Tests of traceConv2d: hand-checked taps and padding, equality with conv2d (fast-check), guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { conv2d } from '../../../src/engine/ops/conv2d.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { traceConv2d } from '../../../src/engine/trace/traceConv2d.ts';

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

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('traceConv2d', () => {
  it('traceConv2d x=[1,1,3,3] w=[1,1,2,2] p=1 -> 4x4 steps; step (0,0) reads 3 padding taps and x[0,0]', () => {
    const x = tensor([1, 1, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const w = tensor([1, 1, 2, 2], [1, 10, 100, 1000]);
    const t = traceConv2d(x, w, tensor([1], [0.5]), { padding: 1 });
    expect(t.outputSize).toEqual([4, 4]);
    expect(t.padding).toEqual({ top: 1, bottom: 1, left: 1, right: 1 });
    expect(t.steps).toHaveLength(16);
    const first = t.steps[0];
    expect([first.rowStart, first.colStart]).toEqual([-1, -1]);
    expect(first.taps.map((tap) => tap.place)).toEqual(['padding', 'padding', 'padding', 'input']);
    expect(first.taps.map((tap) => [tap.row, tap.col])).toEqual([[-1, -1], [-1, 0], [0, -1], [0, 0]]);
    expect(first.taps[3]).toMatchObject({ input: 1, weight: 1000, product: 1000, kernelRow: 1, kernelCol: 1 });
    expect([first.sum, first.bias, first.output]).toEqual([1000, 0.5, 1000.5]);
  });

  it("traceConv2d x=[1,1,4,4] w=[1,1,3,3] s=2 'same' -> padding 0 top/left, 1 bottom/right", () => {
    const t = traceConv2d(tensor([1, 1, 4, 4]), tensor([1, 1, 3, 3]), null, { stride: 2, padding: 'same' });
    expect(t.padding).toEqual({ top: 0, bottom: 1, left: 0, right: 1 });
    expect(t.outputSize).toEqual([2, 2]);
    expect(t.steps[3].taps.filter((tap) => tap.place === 'padding')).toHaveLength(5);
  });

  it('traceConv2d x=[1,4,3,3] w=[2,2,2,2] groups=2, output channel 1 -> sums input channels 2 and 3', () => {
    const t = traceConv2d(tensor([1, 4, 3, 3]), tensor([2, 2, 2, 2]), null, { groups: 2 }, { channel: 1 });
    expect(t.inChannels).toEqual([2, 3]);
    expect(t.steps[0].taps).toHaveLength(8);
  });

  it('traceConv2d outputs equal conv2d for random shapes, options and slices (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 1, max: 2 }),
          groups: fc.integer({ min: 1, max: 2 }),
          cPerGroup: fc.integer({ min: 1, max: 2 }),
          oPerGroup: fc.integer({ min: 1, max: 2 }),
          h: fc.integer({ min: 1, max: 6 }),
          w: fc.integer({ min: 1, max: 6 }),
          kh: fc.integer({ min: 1, max: 3 }),
          kw: fc.integer({ min: 1, max: 3 }),
          stride: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
          dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
          padding: fc.oneof(fc.tuple(fc.nat(2), fc.nat(2)), fc.constantFrom<'valid' | 'same' | 'full'>('valid', 'same', 'full')),
          seed: fc.nat(),
        }),
        (c) => {
          const channels = c.groups * c.cPerGroup;
          const outChannels = c.groups * c.oPerGroup;
          const values = (count: number, salt: number): number[] => range(count).map((i) => ((i * 7919 + c.seed * 31 + salt) % 17) - 8);
          const x = tensor([c.n, channels, c.h, c.w], values(c.n * channels * c.h * c.w, 1));
          const w = tensor([outChannels, c.cPerGroup, c.kh, c.kw], values(outChannels * c.cPerGroup * c.kh * c.kw, 2));
          const b = tensor([outChannels], values(outChannels, 3));
          const o = { stride: c.stride, dilation: c.dilation, padding: c.padding, groups: c.groups };
          let y;
          try {
            y = conv2d(x, w, b, o);
          } catch {
            return;
          }
          const [, , oh, ow] = y.shape;
          for (let sample = 0; sample < c.n; sample++) {
            for (let channel = 0; channel < outChannels; channel++) {
              const t = traceConv2d(x, w, b, o, { sample, channel });
              expect(t.outputSize).toEqual([oh, ow]);
              const plane = y.data.subarray(((sample * outChannels + channel) * oh) * ow, ((sample * outChannels + channel + 1) * oh) * ow);
              expect(t.steps.map((s) => s.output)).toEqual([...plane]);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['sample 1 of 1', () => traceConv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 2, 2]), null, {}, { sample: 1 }), ['traceConv2d', 'sample 1 does not exist', 'from 0 to 0']],
    ['channel 2 of 2', () => traceConv2d(tensor([1, 1, 3, 3]), tensor([2, 1, 2, 2]), null, {}, { channel: 2 }), ['traceConv2d', 'output channel 2 does not exist']],
    ['kernel 4 on input 3', () => traceConv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 4, 4])), ['traceConv2d', 'kernel 4', 'padded input 3x3']],
    ['bias [2] for 1 channel', () => traceConv2d(tensor([1, 1, 3, 3]), tensor([1, 1, 2, 2]), tensor([2])), ['traceConv2d', 'bias has shape [2]']],
    ['a trace too big', () => traceConv2d(tensor([1, 64, 40, 40]), tensor([1, 64, 3, 3]), null, { padding: 1 }), ['traceConv2d', 'the trace would hold 921600']],
  ] as const)('traceConv2d %s throws', (_name, fn, parts) => {
    expectEngineError(fn, ...parts);
  });
});
