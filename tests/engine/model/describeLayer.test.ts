// Tests of describeLayer: defaults filled in, equivalent paddings read alike.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { describeLayer } from '../../../src/engine/model/describeLayer.ts';

describe('describeLayer', () => {
  it.each([
    [{ type: 'conv2d', filters: 4, kernelSize: 5 } as const, 'conv2d filters=4 kernel=5x5 stride=1x1 padding=valid dilation=1x1'],
    [{ type: 'conv2d', filters: 4, kernelSize: [5, 5], padding: 0, init: 'normal' } as const, 'conv2d filters=4 kernel=5x5 stride=1x1 padding=valid dilation=1x1'],
    [{ type: 'conv2d', filters: 2, kernelSize: [3, 1], stride: 2, padding: 'same' } as const, 'conv2d filters=2 kernel=3x1 stride=2x2 padding=same dilation=1x1'],
    [{ type: 'maxPool2d', poolSize: 2 } as const, 'maxPool2d pool=2x2 stride=2x2 padding=0x0'],
    [{ type: 'avgPool2d', poolSize: 3, stride: 1, padding: 1 } as const, 'avgPool2d pool=3x3 stride=1x1 padding=1x1'],
    [{ type: 'activation', fn: 'relu' } as const, 'activation relu'],
    [{ type: 'flatten' } as const, 'flatten'],
    [{ type: 'dense', units: 10, init: 'normal' } as const, 'dense units=10'],
    [{ type: 'dropout', rate: 0.5 } as const, 'dropout rate=0.5'],
  ])('%j -> %s', (spec, text) => {
    expect(describeLayer(spec)).toBe(text);
  });

  it.each([
    ['conv2d without kernelSize', { type: 'conv2d', filters: 4 }, 'describeLayer: kernelSize undefined is not allowed (kernelSize must be a whole number >= 1 or a pair [rows, cols] of them)'],
    ['maxPool2d without poolSize', { type: 'maxPool2d' }, 'describeLayer: poolSize undefined is not allowed'],
    ['avgPool2d padding [1,1,1]', { type: 'avgPool2d', poolSize: 2, padding: [1, 1, 1] }, 'describeLayer: padding [1,1,1] is not allowed'],
    ['undefined', undefined, 'describeLayer: options undefined are not allowed'],
  ])('describeLayer %s -> EngineError naming the value', (_name, spec, message) => {
    const run = (): unknown => describeLayer(spec as never);
    expect(run).toThrow(EngineError);
    expect(run).toThrow(message);
  });
});
