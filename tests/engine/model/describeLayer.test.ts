// Tests of describeLayer: defaults filled in, equivalent paddings read alike.
import { describe, expect, it } from 'vitest';
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
});
