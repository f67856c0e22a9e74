// The conv2d layer: learned kernels and biases around the engine's conv2d and conv2dBackward ops.
// Imports nothing outside src/engine.
import { conv2d } from '../ops/conv2d.ts';
import { conv2dBackward, conv2dBackwardParams } from '../ops/conv2dBackward.ts';
import type { Random } from '../random.ts';
import { tensor, type Tensor } from '../tensor.ts';
import type { Conv2dOptions } from '../types.ts';
import { initializeKernel } from './initializers.ts';
import type { ForwardContext, Layer } from './layer.ts';
import type { Conv2dLayerSpec } from './layerSpec.ts';

/**
 * Builds a conv2d layer on inputs [C,H,W] giving [filters,OH,OW] (`outputShape`, planned by the
 * builder): kernel W [filters, C, KH, KW], bias b [filters];
 * y[n,f,i,j] = b[f] + sum_{c,a,e} x[n,c, i*SH - PH + a*DH, j*SW - PW + e*DW] * W[f,c,a,e].
 * The kernel starts from spec.init (default glorotUniform with fanIn = C*KH*KW and
 * fanOut = filters*KH*KW, as Keras); the bias at 0.
 */
export function createConv2dLayer(
  name: string,
  spec: Conv2dLayerSpec,
  inputShape: readonly number[],
  outputShape: readonly number[],
  kernelSize: readonly [number, number],
  random: Random,
): Layer {
  const channels = inputShape[0];
  const [kh, kw] = kernelSize;
  const shape = [spec.filters, channels, kh, kw];
  const kernel = tensor(shape);
  const bias = tensor([spec.filters]);
  const kernelGrad = tensor(shape);
  const biasGrad = tensor([spec.filters]);
  initializeKernel(kernel.data, spec.init ?? 'glorotUniform', channels * kh * kw, spec.filters * kh * kw, random);
  const options: Conv2dOptions = {
    stride: spec.stride ?? 1,
    padding: spec.padding ?? 'valid',
    dilation: spec.dilation ?? 1,
  };
  let input: Tensor | null = null;

  return {
    name,
    spec,
    inputShape,
    outputShape,
    params: [
      { name: `${name}/kernel`, value: kernel, grad: kernelGrad },
      { name: `${name}/bias`, value: bias, grad: biasGrad },
    ],
    forward(x: Tensor, context: ForwardContext): Tensor {
      input = context.training ? x : null;
      return conv2d(x, kernel, bias, options);
    },
    backward(dy: Tensor, needInputGradient: boolean): Tensor | null {
      if (input === null) return null;
      if (!needInputGradient) {
        // Why: the first layer's input gradient is never used, and skipping it saves a third of the work.
        const { dw, db } = conv2dBackwardParams(input, kernel, dy, options);
        kernelGrad.data.set(dw.data);
        biasGrad.data.set(db.data);
        return null;
      }
      const { dx, dw, db } = conv2dBackward(input, kernel, dy, options);
      kernelGrad.data.set(dw.data);
      biasGrad.data.set(db.data);
      return dx;
    },
  };
}
