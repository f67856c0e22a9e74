// The dropout layer: inverted dropout during training, the identity in prediction.
// Imports nothing outside src/engine.
import { shapeSize, wrap, type Tensor } from '../tensor.ts';
import { reuseBuffer, type ForwardContext, type Layer } from './layer.ts';
import type { DropoutLayerSpec } from './layerSpec.ts';

/**
 * Builds a dropout layer. Training: mask_i = 0 with probability `rate` (drawn as
 * random.next() < rate, in row-major order), else 1/(1-rate); y = x * mask, so the expected value
 * of y equals x. Prediction: y = x. Backward: dx = dy * mask (the mask of the last training pass).
 */
export function createDropoutLayer(
  name: string,
  spec: DropoutLayerSpec,
  inputShape: readonly number[],
): Layer {
  const features = shapeSize(inputShape);
  const keptScale = 1 / (1 - spec.rate);
  let mask: Float32Array | null = null;
  let output: Float32Array | null = null;
  let gradient: Float32Array | null = null;

  return {
    name,
    spec,
    inputShape,
    outputShape: inputShape,
    params: [],
    forward(x: Tensor, context: ForwardContext): Tensor {
      if (!context.training || spec.rate === 0) {
        mask = null;
        return x;
      }
      const length = x.shape[0] * features;
      mask = reuseBuffer(mask, length);
      output = reuseBuffer(output, length);
      const { random } = context;
      const rate = spec.rate;
      const xs = x.data;
      for (let i = 0; i < length; i++) {
        const m = random.next() < rate ? 0 : keptScale;
        mask[i] = m;
        output[i] = xs[i] * m;
      }
      return wrap(x.shape, output);
    },
    backward(dy: Tensor, needInputGradient: boolean): Tensor | null {
      if (!needInputGradient) return null;
      if (mask === null) return dy;
      gradient = reuseBuffer(gradient, dy.data.length);
      const dys = dy.data;
      for (let i = 0; i < gradient.length; i++) gradient[i] = dys[i] * mask[i];
      return wrap(dy.shape, gradient);
    },
  };
}
