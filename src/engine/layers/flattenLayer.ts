// The flatten layer: [N, ...shape] -> [N, features] as a view of the same numbers (no copy).
// Imports nothing outside src/engine.
import { shapeSize, wrap, type Tensor } from '../tensor.ts';
import type { Layer } from './layer.ts';
import type { FlattenLayerSpec } from './layerSpec.ts';

/**
 * Builds a flatten layer: x [N,C,H,W] -> y [N, C*H*W] in row-major order (c, then h, then w),
 * as Keras with channels first; backward reshapes dy back to x's shape.
 */
export function createFlattenLayer(
  name: string,
  spec: FlattenLayerSpec,
  inputShape: readonly number[],
): Layer {
  const features = shapeSize(inputShape);
  return {
    name,
    spec,
    inputShape,
    outputShape: [features],
    params: [],
    forward(x: Tensor): Tensor {
      return wrap([x.shape[0], features], x.data);
    },
    backward(dy: Tensor, needInputGradient: boolean): Tensor | null {
      return needInputGradient ? wrap([dy.shape[0], ...inputShape], dy.data) : null;
    },
  };
}
