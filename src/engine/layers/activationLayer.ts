// The activation layer: relu, tanh, sigmoid or softmax on any shape (softmax on flat vectors only).
// Imports nothing outside src/engine.
import { shapeSize, wrap, type Tensor } from '../tensor.ts';
import { activationBackward, activationForward } from './activations.ts';
import { reuseBuffer, type Layer } from './layer.ts';
import type { ActivationLayerSpec } from './layerSpec.ts';

/**
 * Builds an activation layer over inputs of `inputShape` (without the batch); output shape equals
 * input shape. Softmax normalises over the features of each sample. Shapes are checked by the builder.
 */
export function createActivationLayer(
  name: string,
  spec: ActivationLayerSpec,
  inputShape: readonly number[],
): Layer {
  const features = shapeSize(inputShape);
  let output: Float32Array | null = null;
  let gradient: Float32Array | null = null;
  let batch = 0;

  return {
    name,
    spec,
    inputShape,
    outputShape: inputShape,
    params: [],
    forward(x: Tensor): Tensor {
      batch = x.shape[0];
      output = reuseBuffer(output, batch * features);
      activationForward(spec.fn, x.data, output, batch, features);
      return wrap(x.shape, output);
    },
    backward(dy: Tensor, needInputGradient: boolean): Tensor | null {
      if (!needInputGradient || output === null) return null;
      gradient = reuseBuffer(gradient, batch * features);
      activationBackward(spec.fn, output, dy.data, gradient, batch, features);
      return wrap(dy.shape, gradient);
    },
  };
}
