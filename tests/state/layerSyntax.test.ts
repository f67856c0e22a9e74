// Tests of the layer syntax: the seed's network, every token form, every message, and format/parse
// round trips over arbitrary layers (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayerSpec, Pair } from '../../src/engine/index.ts';
import { formatLayerStack, formatLayerToken, LAYER_LIMITS, parseLayerStack, parseLayerToken } from '../../src/state/layerSyntax.ts';

const SEED = 'conv4x5,tanh,conv8x3,tanh,max2,conv16x3,relu,max2,flatten,dense128,tanh,dense10,softmax';

describe('parseLayerStack', () => {
  it(`the seed's network "${SEED}" -> 13 layers, written back the same`, () => {
    const parsed = parseLayerStack(SEED);
    expect(parsed).toEqual({
      ok: true,
      layers: [
        { type: 'conv2d', filters: 4, kernelSize: 5 },
        { type: 'activation', fn: 'tanh' },
        { type: 'conv2d', filters: 8, kernelSize: 3 },
        { type: 'activation', fn: 'tanh' },
        { type: 'maxPool2d', poolSize: 2 },
        { type: 'conv2d', filters: 16, kernelSize: 3 },
        { type: 'activation', fn: 'relu' },
        { type: 'maxPool2d', poolSize: 2 },
        { type: 'flatten' },
        { type: 'dense', units: 128 },
        { type: 'activation', fn: 'tanh' },
        { type: 'dense', units: 10 },
        { type: 'activation', fn: 'softmax' },
      ],
    });
    if (parsed.ok) expect(formatLayerStack(parsed.layers)).toBe(SEED);
  });

  it('"" and "  " -> an empty stack; " conv4x5 , ReLU " -> spaces and capitals allowed', () => {
    expect(parseLayerStack('')).toEqual({ ok: true, layers: [] });
    expect(parseLayerStack('  ')).toEqual({ ok: true, layers: [] });
    expect(parseLayerStack(' conv4x5 , ReLU ')).toEqual({ ok: true, layers: [{ type: 'conv2d', filters: 4, kernelSize: 5 }, { type: 'activation', fn: 'relu' }] });
  });

  it('"conv4x5,,banana,relu" -> two problems: layer 2 empty, "banana" not a layer, with their indexes', () => {
    const parsed = parseLayerStack('conv4x5,,banana,relu');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.index, p.token])).toEqual([
      [1, ''],
      [2, 'banana'],
    ]);
    expect(parsed.problems[0].message.en).toBe('layer 2 is empty (two commas in a row?)');
    expect(parsed.problems[1].message.en).toMatch(/^“banana”: expected a layer: conv…/);
    expect(parsed.problems[1].message.zh).toMatch(/^“banana”：应写成 一个层/);
  });
});

describe('parseLayerToken', () => {
  it.each<[string, LayerSpec]>([
    ['conv8x3x5', { type: 'conv2d', filters: 8, kernelSize: [3, 5] }],
    ['conv8x3x3', { type: 'conv2d', filters: 8, kernelSize: 3 }],
    ['conv8x3s2psame', { type: 'conv2d', filters: 8, kernelSize: 3, stride: 2, padding: 'same' }],
    ['conv8x3pfulls2x1d2', { type: 'conv2d', filters: 8, kernelSize: 3, stride: [2, 1], padding: 'full', dilation: 2 }],
    ['conv1x1p1x2', { type: 'conv2d', filters: 1, kernelSize: 1, padding: [1, 2] }],
    ['conv2x3pvalid', { type: 'conv2d', filters: 2, kernelSize: 3, padding: 'valid' }],
    ['conv2x3p0', { type: 'conv2d', filters: 2, kernelSize: 3, padding: 0 }],
    ['max2', { type: 'maxPool2d', poolSize: 2 }],
    ['max2x3s1', { type: 'maxPool2d', poolSize: [2, 3], stride: 1 }],
    ['avg3s1p1', { type: 'avgPool2d', poolSize: 3, stride: 1, padding: 1 }],
    ['sigmoid', { type: 'activation', fn: 'sigmoid' }],
    ['flatten', { type: 'flatten' }],
    ['dense128', { type: 'dense', units: 128 }],
    ['dropout0.5', { type: 'dropout', rate: 0.5 }],
    ['dropout.25', { type: 'dropout', rate: 0.25 }],
    ['dropout0', { type: 'dropout', rate: 0 }],
  ])('%s -> %j', (token, layer) => {
    expect(parseLayerToken(token)).toEqual({ ok: true, layer });
  });

  it.each([
    ['conv4', /^“conv4”: expected conv<filters>x<kernel>/],
    ['conv4x3q2', /^“conv4x3q2”: expected conv<filters>x<kernel>/],
    ['conv4x3s2s1', /^“conv4x3s2s1”: expected conv<filters>x<kernel>/],
    ['conv0x3', /^“conv0x3”: the number of filters must be a whole number from 1 to 1024$/],
    ['conv2000x3', /^“conv2000x3”: the number of filters must be a whole number from 1 to 1024$/],
    ['conv4x0', /^“conv4x0”: the kernel size must be a whole number from 1 to 256$/],
    ['conv4x3x0', /^“conv4x3x0”: the kernel size must be/],
    ['conv4x3s0', /^“conv4x3s0”: the stride must be/],
    ['conv4x3p300', /^“conv4x3p300”: the padding must be a whole number from 0 to 256$/],
    ['conv4x3d0', /^“conv4x3d0”: the dilation must be/],
    ['conv4x3dsame', /^“conv4x3dsame”: the dilation must be/],
    ['max2psame', /^“max2psame”: pooling padding is a number or HxW/],
    ['max2d2', /^“max2d2”: expected max<size>/],
    ['max0', /^“max0”: the pool size must be/],
    ['avg2s0', /^“avg2s0”: the stride must be/],
    ['avgx', /^“avgx”: expected max<size>/],
    ['dense', /^“dense”: expected dense<units>/],
    ['dense0', /^“dense0”: the number of units must be a whole number from 1 to 100000$/],
    ['dropout1', /^“dropout1”: expected dropout<rate> with 0 <= rate < 1/],
    ['dropoutx', /^“dropoutx”: expected dropout<rate>/],
    ['softplus', /^“softplus”: expected a layer/],
  ])('%s -> refused: %s', (token, message) => {
    const parsed = parseLayerToken(token);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message.en).toMatch(message);
    expect(parsed.message.zh).toContain(`“${token}”`);
  });
});

describe('formatLayerToken / formatLayerStack', () => {
  it.each<[LayerSpec, string]>([
    [{ type: 'conv2d', filters: 8, kernelSize: [3, 5], stride: [2, 2], padding: 'same', dilation: [1, 2] }, 'conv8x3x5s2psamed1x2'],
    [{ type: 'conv2d', filters: 4, kernelSize: 5, padding: 'valid' }, 'conv4x5pvalid'],
    [{ type: 'avgPool2d', poolSize: 2, stride: 1, padding: [0, 1] }, 'avg2s1p0x1'],
    [{ type: 'dropout', rate: 0.5 }, 'dropout0.5'],
  ])('%j -> %s', (layer, token) => {
    expect(formatLayerToken(layer)).toBe(token);
  });

  const size = (min: number) => fc.integer({ min, max: LAYER_LIMITS.size.max });
  const pair = (min: number): fc.Arbitrary<Pair> => fc.oneof(size(min), fc.tuple(size(min), size(min)).filter(([a, b]) => a !== b));
  const layer: fc.Arbitrary<LayerSpec> = fc.oneof(
    fc.record(
      {
        type: fc.constant('conv2d' as const),
        filters: fc.integer({ min: 1, max: LAYER_LIMITS.filters.max }),
        kernelSize: pair(1),
        stride: pair(1),
        padding: fc.oneof(pair(0), fc.constantFrom('valid' as const, 'same' as const, 'full' as const)),
        dilation: pair(1),
      },
      { requiredKeys: ['type', 'filters', 'kernelSize'] },
    ),
    fc.record(
      { type: fc.constantFrom('maxPool2d' as const, 'avgPool2d' as const), poolSize: pair(1), stride: pair(1), padding: pair(0) },
      { requiredKeys: ['type', 'poolSize'] },
    ),
    fc.constantFrom<LayerSpec>({ type: 'activation', fn: 'relu' }, { type: 'activation', fn: 'softmax' }, { type: 'flatten' }),
    fc.record({ type: fc.constant('dense' as const), units: fc.integer({ min: 1, max: LAYER_LIMITS.units.max }) }),
    fc.record({ type: fc.constant('dropout' as const), rate: fc.integer({ min: 0, max: 999 }).map((n) => n / 1000) }),
  );

  it('property: parseLayerStack(formatLayerStack(layers)) gives the layers back, for any stack of 0..8 layers (dropout rates in thousandths)', () => {
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 8 }), (layers) => {
        expect(parseLayerStack(formatLayerStack(layers))).toEqual({ ok: true, layers });
      }),
    );
  });
});
