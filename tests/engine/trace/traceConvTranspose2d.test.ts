// Tests of traceConvTranspose2d: the scatter positions, cropping, equality with convTranspose2d (fast-check), guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { convTranspose2d } from '../../../src/engine/ops/convTranspose2d.ts';
import { tensor } from '../../../src/engine/tensor.ts';
import { traceConvTranspose2d } from '../../../src/engine/trace/traceConvTranspose2d.ts';

describe('traceConvTranspose2d', () => {
  it('traceConvTranspose2d x=[1,1,2,2] w=[1,1,2,2] s=2 -> each pixel writes its own 2x2 block of the 4x4 output', () => {
    const x = tensor([1, 1, 2, 2], [1, 2, 3, 4]);
    const w = tensor([1, 1, 2, 2], [1, 10, 100, 1000]);
    const t = traceConvTranspose2d(x, w, null, { stride: 2 });
    expect(t.outputSize).toEqual([4, 4]);
    expect(t.steps).toHaveLength(4);
    expect(t.steps[1].writes.map((wr) => [wr.outRow, wr.outCol, wr.product])).toEqual([[0, 2, 2], [0, 3, 20], [1, 2, 200], [1, 3, 2000]]);
    expect(t.output).toEqual([1, 10, 2, 20, 100, 1000, 200, 2000, 3, 30, 4, 40, 300, 3000, 400, 4000]);
  });

  it('traceConvTranspose2d x=[1,1,2,2] w=[1,1,3,3] s=1 p=1 -> writes off the 2x2 output are cropped (kept false)', () => {
    const t = traceConvTranspose2d(tensor([1, 1, 2, 2], [1, 1, 1, 1]), tensor([1, 1, 3, 3], [1, 1, 1, 1, 1, 1, 1, 1, 1]), tensor([1], [0.5]), { padding: 1 });
    expect(t.outputSize).toEqual([2, 2]);
    expect(t.steps[0].writes.filter((wr) => wr.kept).map((wr) => [wr.outRow, wr.outCol])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(t.output).toEqual([4.5, 4.5, 4.5, 4.5]);
  });

  it('traceConvTranspose2d output equals convTranspose2d (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.record({
          groups: fc.integer({ min: 1, max: 2 }),
          cPerGroup: fc.integer({ min: 1, max: 2 }),
          oPerGroup: fc.integer({ min: 1, max: 2 }),
          h: fc.integer({ min: 1, max: 4 }),
          w: fc.integer({ min: 1, max: 4 }),
          k: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
          s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
          p: fc.tuple(fc.nat(2), fc.nat(2)),
          a: fc.tuple(fc.nat(2), fc.nat(2)),
          d: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
          seed: fc.nat(),
        }),
        (c) => {
          const channels = c.groups * c.cPerGroup;
          const outChannels = c.groups * c.oPerGroup;
          const values = (count: number, salt: number): number[] => Array.from({ length: count }, (_, i) => ((i * 53 + c.seed + salt) % 13) - 6);
          const x = tensor([1, channels, c.h, c.w], values(channels * c.h * c.w, 1));
          const w = tensor([channels, c.oPerGroup, c.k[0], c.k[1]], values(channels * c.oPerGroup * c.k[0] * c.k[1], 2));
          const b = tensor([outChannels], values(outChannels, 3));
          const o = { stride: c.s, padding: c.p, outputPadding: c.a, dilation: c.d, groups: c.groups };
          let y;
          try {
            y = convTranspose2d(x, w, b, o);
          } catch {
            return;
          }
          const [, , oh, ow] = y.shape;
          for (let channel = 0; channel < outChannels; channel++) {
            const t = traceConvTranspose2d(x, w, b, o, { channel });
            expect(t.outputSize).toEqual([oh, ow]);
            expect(t.output).toEqual([...y.data.subarray(channel * oh * ow, (channel + 1) * oh * ow)]);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('traceConvTranspose2d outputPadding 2 with stride 2 throws as convTranspose2d does', () => {
    const run = (): unknown => traceConvTranspose2d(tensor([1, 1, 2, 2]), tensor([1, 1, 3, 3]), null, { stride: 2, outputPadding: 2 });
    expect(run).toThrow(EngineError);
    expect(run).toThrow('traceConvTranspose2d: output padding 2 is not smaller than stride 2 or dilation 1');
  });

  it('traceConvTranspose2d w with 2 input channels for x with 1 throws', () => {
    expect(() => traceConvTranspose2d(tensor([1, 1, 2, 2]), tensor([2, 1, 3, 3]))).toThrow('traceConvTranspose2d: x has 1 channels but w has 2');
  });

  it('traceConvTranspose2d groups 2 on 3 channels throws', () => {
    expect(() => traceConvTranspose2d(tensor([1, 3, 2, 2]), tensor([3, 1, 3, 3]), null, { groups: 2 })).toThrow('traceConvTranspose2d: groups 2 does not divide the 3 input channels');
  });

  it('traceConvTranspose2d channel 1 of 1 throws', () => {
    expect(() => traceConvTranspose2d(tensor([1, 1, 2, 2]), tensor([1, 1, 3, 3]), null, {}, { channel: 1 })).toThrow('traceConvTranspose2d: output channel 1 does not exist');
  });

  it('traceConvTranspose2d bias [3] for 1 output channel throws', () => {
    expect(() => traceConvTranspose2d(tensor([1, 1, 2, 2]), tensor([1, 1, 3, 3]), tensor([3]))).toThrow('traceConvTranspose2d: bias has shape [3]');
  });
});
