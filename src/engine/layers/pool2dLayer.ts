// The pooling layer: max or average pooling around the engine's pooling ops and their backward passes.
// Imports nothing outside src/engine.
import { avgPool2d, avgPool2dBackward } from '../ops/avgPool2d.ts';
import { maxPool2d, maxPool2dBackward } from '../ops/maxPool2d.ts';
import type { Tensor } from '../tensor.ts';
import type { MaxPool2dOptions } from '../types.ts';
import type { ForwardContext, Layer } from './layer.ts';
import type { Pool2dLayerSpec } from './layerSpec.ts';

/**
 * Builds a pooling layer on inputs [C,H,W] giving [C,OH,OW] (`outputShape`, planned by the builder):
 * maxPool2d takes the largest value of each poolSize window, avgPool2d its mean (padding counted,
 * PyTorch's default); stride defaults to poolSize, padding to 0, as Keras.
 */
export function createPool2dLayer(
  name: string,
  spec: Pool2dLayerSpec,
  inputShape: readonly number[],
  outputShape: readonly number[],
): Layer {
  const options: MaxPool2dOptions = {
    kernelSize: spec.poolSize,
    stride: spec.stride ?? spec.poolSize,
    padding: spec.padding ?? 0,
  };
  const isMax = spec.type === 'maxPool2d';
  let input: Tensor | null = null;

  return {
    name,
    spec,
    inputShape,
    outputShape,
    params: [],
    forward(x: Tensor, context: ForwardContext): Tensor {
      input = context.training ? x : null;
      return isMax ? maxPool2d(x, options) : avgPool2d(x, options);
    },
    backward(dy: Tensor, needInputGradient: boolean): Tensor | null {
      if (input === null || !needInputGradient) return null;
      return isMax ? maxPool2dBackward(input, dy, options) : avgPool2dBackward(input, dy, options);
    },
  };
}
