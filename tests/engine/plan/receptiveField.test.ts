// Tests of receptiveField, chainOutputSizes, inputWindowOf and outputsFedBy: hand values,
// brute-force influence through plain 1-D layers, the two mappings agreeing, guards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import {
  chainOutputSizes,
  inputWindowOf,
  outputsFedBy,
  receptiveField,
  type ReceptiveLayer,
} from '../../../src/engine/plan/receptiveField.ts';

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

const seedChain: ReceptiveLayer[] = [
  { kernelSize: 5 },
  { kernelSize: 3 },
  { kernelSize: 2, stride: 2 },
  { kernelSize: 3 },
  { kernelSize: 2, stride: 2 },
];

/** Input positions (on an unbounded line) that unit u of layer `layer` reads, by walking every tap. */
function dependencies(layers: readonly ReceptiveLayer[], layer: number, u: number): Set<number> {
  if (layer < 0) return new Set([u]);
  const { kernelSize: k, stride = 1, padding = 0, dilation = 1 } = layers[layer];
  const out = new Set<number>();
  for (let j = 0; j < k; j++) for (const x of dependencies(layers, layer - 1, u * stride - padding + j * dilation)) out.add(x);
  return out;
}

/** Plain 1-D chain with all-one kernels and zero padding: which units of layer `layer` change when input pixel i does. */
function influenced(layers: readonly ReceptiveLayer[], layer: number, n: number, i: number): number[] {
  let signal: number[] = Array.from({ length: n }, (_, x) => (x === i ? 1 : 0));
  for (let l = 0; l <= layer; l++) {
    const { kernelSize: k, stride = 1, padding = 0, dilation = 1 } = layers[l];
    const outLength = Math.floor((signal.length + 2 * padding - dilation * (k - 1) - 1) / stride) + 1;
    const next: number[] = [];
    for (let u = 0; u < outLength; u++) {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const x = u * stride - padding + j * dilation;
        if (x >= 0 && x < signal.length) sum += signal[x];
      }
      next.push(sum);
    }
    signal = next;
  }
  return signal.flatMap((v, u) => (v !== 0 ? [u] : []));
}

const layerArb = fc
  .record({ k: fc.integer({ min: 1, max: 4 }), s: fc.integer({ min: 1, max: 3 }), p: fc.nat(2), d: fc.integer({ min: 1, max: 2 }) })
  .map(({ k, s, p, d }): ReceptiveLayer => ({ kernelSize: k, stride: s, padding: Math.min(p, k - 1), dilation: d }));

/** Layers whose fields have no gaps: dilation 1 and stride <= kernel. */
const gaplessLayerArb = fc
  .record({ k: fc.integer({ min: 1, max: 4 }), s: fc.integer({ min: 1, max: 4 }), p: fc.nat(3) })
  .map(({ k, s, p }): ReceptiveLayer => ({ kernelSize: k, stride: Math.min(s, k), padding: Math.min(p, k - 1) }));

describe('receptiveField', () => {
  it('receptiveField seed chain conv5, conv3, pool2, conv3, pool2 -> sizes 5,7,8,12,14, jumps 1,1,2,2,4', () => {
    const fields = receptiveField(seedChain);
    expect(fields.map((f) => f.size)).toEqual([5, 7, 8, 12, 14]);
    expect(fields.map((f) => f.jump)).toEqual([1, 1, 2, 2, 4]);
    expect(fields.map((f) => f.start)).toEqual([0, 0, 0, 0, 0]);
  });

  it('receptiveField k=3 s=2 p=1 twice -> size 3 then 7, jump 2 then 4, start -1 then -3 (inside padding)', () => {
    const layer = { kernelSize: 3, stride: 2, padding: 1 };
    expect(receptiveField([layer, layer])).toEqual([
      { size: 3, jump: 2, start: -1 },
      { size: 7, jump: 4, start: -3 },
    ]);
  });

  it('receptiveField k=3 d=2 -> size 5 (dilation widens the field)', () => {
    expect(receptiveField([{ kernelSize: 3, dilation: 2 }])).toEqual([{ size: 5, jump: 1, start: 0 }]);
  });

  it('receptiveField equals the extent of the brute-force dependencies on an unbounded input (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(layerArb, { minLength: 1, maxLength: 4 }), fc.nat(3), (layers, u) => {
        const fields = receptiveField(layers);
        layers.forEach((_, l) => {
          const deps = [...dependencies(layers, l, u)];
          const { size, jump, start } = fields[l];
          expect(Math.min(...deps)).toBe(start + u * jump);
          expect(Math.max(...deps)).toBe(start + u * jump + size - 1);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('receptiveField size equals the brute-force influence count for gapless chains (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(gaplessLayerArb, { minLength: 1, maxLength: 4 }), (layers) => {
        const fields = receptiveField(layers);
        layers.forEach((_, l) => expect(dependencies(layers, l, 1).size).toBe(fields[l].size));
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['an empty chain', [], 'the layer chain is empty'],
    ['stride 0 at layer 1', [{ kernelSize: 3 }, { kernelSize: 2, stride: 0 }], 'layer 1 has stride 0'],
    ['kernel 0 at layer 0', [{ kernelSize: 0 }], 'layer 0 has kernel size 0'],
    ['padding -1', [{ kernelSize: 3, padding: -1 }], 'layer 0 has padding -1'],
    ['dilation 1.5', [{ kernelSize: 3, dilation: 1.5 }], 'layer 0 has dilation 1.5'],
  ])('receptiveField with %s throws', (_name, layers, part) => {
    expectEngineError(() => receptiveField(layers), 'receptiveField', part);
  });

  it.each([
    ['undefined', undefined, 'receptiveField: layers undefined are not a list (give an array of layers'],
    ['a layer object', { kernelSize: 3 }, 'receptiveField: layers [object Object] are not a list'],
    ['[null]', [null], 'receptiveField: layer 0 is null (each layer is an object such as { kernelSize: 3, stride: 1 })'],
    ['[{ kernelSize: 3 }, 3]', [{ kernelSize: 3 }, 3], 'receptiveField: layer 1 is 3 (each layer is an object'],
  ])('receptiveField(%s) throws naming the value', (_name, layers, message) => {
    expectEngineError(() => receptiveField(layers as never), message);
  });
});

describe('chainOutputSizes', () => {
  it('chainOutputSizes seed chain n=28 -> 24, 22, 11, 9, 4', () => {
    expect(chainOutputSizes('t', seedChain, 28)).toEqual([24, 22, 11, 9, 4]);
  });

  it('chainOutputSizes seed chain n=8 -> 4, 2, 1 then throws at layer 3 where the signal no longer fits', () => {
    expectEngineError(() => chainOutputSizes('inputWindowOf', seedChain, 8), 'inputWindowOf', 'kernel 3', 'padded input 1', 'at layer 3');
  });
});

describe('inputWindowOf', () => {
  it('inputWindowOf seed chain layer 4 unit 3, n=28 -> input 12..25 (end 26), nothing clipped', () => {
    const w = inputWindowOf(seedChain, 4, 3, 28);
    expect(w).toEqual({
      start: 12,
      end: 26,
      last: 25,
      size: 14,
      clipped: { start: 12, end: 26, size: 14 },
      paddingBefore: 0,
      paddingAfter: 0,
    });
  });

  it('inputWindowOf k=3 s=2 p=1 twice, unit 0 of layer 1, n=5 -> -3..3, clipped 0..3 with 3 padding pixels before', () => {
    const layer = { kernelSize: 3, stride: 2, padding: 1 };
    const w = inputWindowOf([layer, layer], 1, 0, 5);
    expect(w).toMatchObject({ start: -3, end: 4, clipped: { start: 0, end: 4, size: 4 }, paddingBefore: 3, paddingAfter: 0 });
    const last = inputWindowOf([layer, layer], 1, 1, 5);
    expect(last).toMatchObject({ start: 1, end: 8, clipped: { start: 1, end: 5, size: 4 }, paddingBefore: 0, paddingAfter: 3 });
  });

  it('inputWindowOf k=2 s=2 then k=3 p=1, n=5, unit 1 -> extent 0..5 but clipped 0..3 (pixel 4 was dropped by the first floor)', () => {
    const w = inputWindowOf([{ kernelSize: 2, stride: 2 }, { kernelSize: 3, padding: 1 }], 1, 1, 5);
    expect(w).toMatchObject({ start: 0, end: 6, clipped: { start: 0, end: 4, size: 4 }, paddingBefore: 0, paddingAfter: 1 });
  });

  it('inputWindowOf without inputSize clips only at 0', () => {
    expect(inputWindowOf([{ kernelSize: 3, padding: 2 }], 0, 0)).toMatchObject({ start: -2, end: 1, clipped: { start: 0, end: 1, size: 1 }, paddingAfter: 0 });
  });

  it('inputWindowOf contains exactly the pixels that influence the unit, for gapless chains (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(gaplessLayerArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 6, max: 20 }), (layers, n) => {
        let sizes: number[];
        try {
          sizes = chainOutputSizes('t', layers, n);
        } catch {
          return;
        }
        const last = layers.length - 1;
        for (let u = 0; u < sizes[last]; u++) {
          const w = inputWindowOf(layers, last, u, n);
          const feeding: number[] = [];
          for (let i = 0; i < n; i++) if (influenced(layers, last, n, i).includes(u)) feeding.push(i);
          const window = Array.from({ length: w.clipped.size }, (_, t) => w.clipped.start + t);
          expect(feeding).toEqual(window);
        }
      }),
      { numRuns: 80 },
    );
  });

  it.each([
    ['layer index 5 of 5', () => inputWindowOf(seedChain, 5, 0), ['inputWindowOf', 'layer index 5', 'from 0 to 4']],
    ['layer index -1', () => inputWindowOf(seedChain, -1, 0), ['inputWindowOf', 'layer index -1']],
    ['output index 4 of 4 (n=28)', () => inputWindowOf(seedChain, 4, 4, 28), ['inputWindowOf', 'output index 4', 'from 0 to 3']],
    ['output index -2', () => inputWindowOf(seedChain, 0, -2), ['inputWindowOf', 'output index -2']],
    ['stride 0', () => inputWindowOf([{ kernelSize: 2, stride: 0 }], 0, 0), ['inputWindowOf', 'layer 0 has stride 0']],
  ] as const)('inputWindowOf %s throws', (_name, fn, parts) => {
    expectEngineError(fn, ...parts);
  });
});

describe('outputsFedBy', () => {
  it('outputsFedBy seed chain layer 4, pixel 13, n=28 -> units 0..3; pixel 0 -> unit 0 only', () => {
    expect(outputsFedBy(seedChain, 4, 13, 28)).toEqual({ first: 0, last: 3, end: 4, count: 4 });
    expect(outputsFedBy(seedChain, 4, 0, 28)).toEqual({ first: 0, last: 0, end: 1, count: 1 });
  });

  it('outputsFedBy k=1 s=3 pixel 1 -> empty (no window reaches it)', () => {
    expect(outputsFedBy([{ kernelSize: 1, stride: 3 }], 0, 1, 9)).toMatchObject({ count: 0 });
  });

  it('outputsFedBy equals the units a perturbed pixel changes, for gapless chains (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(gaplessLayerArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 6, max: 20 }), fc.nat(19), (layers, n, i0) => {
        const i = i0 % n;
        try {
          chainOutputSizes('t', layers, n);
        } catch {
          return;
        }
        layers.forEach((_, l) => {
          const range = outputsFedBy(layers, l, i, n);
          const units = Array.from({ length: range.count }, (_, t) => range.first + t);
          expect(units).toEqual(influenced(layers, l, n, i));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('outputsFedBy and inputWindowOf agree: u is fed by i exactly when i is in the window of u (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(layerArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 4, max: 24 }), (layers, n) => {
        let sizes: number[];
        try {
          sizes = chainOutputSizes('t', layers, n);
        } catch {
          return;
        }
        const l = layers.length - 1;
        for (let i = 0; i < n; i++) {
          const range = outputsFedBy(layers, l, i, n);
          for (let u = 0; u < sizes[l]; u++) {
            const w = inputWindowOf(layers, l, u, n);
            const inWindow = i >= w.clipped.start && i < w.clipped.end;
            const inRange = u >= range.first && u < range.end;
            expect(inRange).toBe(inWindow);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('outputsFedBy units contain every unit the pixel really changes, gaps or not (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(layerArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 4, max: 20 }), fc.nat(19), (layers, n, i0) => {
        const i = i0 % n;
        try {
          chainOutputSizes('t', layers, n);
        } catch {
          return;
        }
        const l = layers.length - 1;
        const range = outputsFedBy(layers, l, i, n);
        for (const u of influenced(layers, l, n, i)) expect(u >= range.first && u < range.end).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['input index 28 (n=28)', () => outputsFedBy(seedChain, 0, 28, 28), ['outputsFedBy', 'input index 28', 'from 0 to 27']],
    ['input index 1.5', () => outputsFedBy(seedChain, 0, 1.5), ['outputsFedBy', 'input index 1.5']],
    ['layer index 9', () => outputsFedBy(seedChain, 9, 0), ['outputsFedBy', 'layer index 9']],
    ['an empty chain', () => outputsFedBy([], 0, 0), ['outputsFedBy', 'empty']],
  ] as const)('outputsFedBy %s throws', (_name, fn, parts) => {
    expectEngineError(fn, ...parts);
  });
});
