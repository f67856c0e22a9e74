// The pooling layer: max or average pooling around the engine's pooling ops and their backward passes.
// Imports nothing outside src/engine.
import { avgPool2d, avgPool2dBackward } from '../ops/avgPool2d.ts';
import { maxPool2dBackwardFromIndices, maxPool2dWithIndices } from '../ops/maxPool2d.ts';
import { shapeSize, type Tensor } from '../tensor.ts';
import type { MaxPool2dOptions } from '../types.ts';
import { reuseBuffer, type ForwardContext, type Layer } from './layer.ts';
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
  const outputSize = shapeSize(outputShape);
  let input: Tensor | null = null;
  // Why kept: the forward pass records where each maximum was, so backward need not scan again;
  // and reused buffers spare a zeroed allocation and its garbage collection per batch.
  let maxIndices = new Int32Array(0);
  let output: Float32Array | null = null;
  let inputGradient: Float32Array | null = null;

  return {
    name,
    spec,
    inputShape,
    outputShape,
    params: [],
    forward(x: Tensor, context: ForwardContext): Tensor {
      input = context.training ? x : null;
      if (!isMax) return avgPool2d(x, options);
      const size = x.shape[0] * outputSize;
      if (maxIndices.length !== size) maxIndices = new Int32Array(size);
      output = reuseBuffer(output, size);
      return maxPool2dWithIndices(x, options, output, maxIndices);
    },
    backward(dy: Tensor, needInputGradient: boolean): Tensor | null {
      if (input === null || !needInputGradient) return null;
      if (!isMax) return avgPool2dBackward(input, dy, options);
      inputGradient = reuseBuffer(inputGradient, input.data.length);
      return maxPool2dBackwardFromIndices(input.shape, dy, maxIndices, inputGradient);
    },
  };
}
