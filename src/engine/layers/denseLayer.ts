// The dense (fully connected) layer: y = x . W + b, forward and backward on a small GEMM of its own.
// Imports nothing outside src/engine.
import type { Random } from '../random.ts';
import { tensor, wrap, type Tensor } from '../tensor.ts';
import { initializeKernel } from './initializers.ts';
import { reuseBuffer, type ForwardContext, type Layer } from './layer.ts';
import { matmulTransposed, transpose } from './matmulTransposed.ts';
import type { DenseLayerSpec } from './layerSpec.ts';

/**
 * Builds a dense layer over `inputs` features: kernel W [inputs, units] (Keras' layout), bias b [units].
 * Forward: y [N,units], y[n,u] = b[u] + sum_i x[n,i] * W[i,u].
 * Backward: dW[i,u] = sum_n x[n,i] * dy[n,u]; db[u] = sum_n dy[n,u]; dx[n,i] = sum_u dy[n,u] * W[i,u].
 * The kernel starts from spec.init (default glorotUniform, fanIn = inputs, fanOut = units); the bias at 0.
 */
export function createDenseLayer(
  name: string,
  spec: DenseLayerSpec,
  inputs: number,
  random: Random,
): Layer {
  const units = spec.units;
  const kernel = tensor([inputs, units]);
  const bias = tensor([units]);
  const kernelGrad = tensor([inputs, units]);
  const biasGrad = tensor([units]);
  initializeKernel(kernel.data, spec.init ?? 'glorotUniform', inputs, units, random);
  let input: Tensor | null = null;
  let output: Float32Array | null = null;
  let gradient: Float32Array | null = null;
  const kernelT = new Float32Array(inputs * units);
  let inputT: Float32Array | null = null;
  let gradientT: Float32Array | null = null;

  function forward(x: Tensor, context: ForwardContext): Tensor {
    const batch = x.shape[0];
    const out = (output = reuseBuffer(output, batch * units));
    // Why transpose: with W^T [units, inputs] every output is a dot product of two contiguous rows.
    transpose(kernel.data, inputs, units, kernelT);
    matmulTransposed(x.data, batch, kernelT, units, inputs, out, bias.data);
    input = context.training ? x : null;
    return wrap([batch, units], out);
  }

  function backward(dy: Tensor, needInputGradient: boolean): Tensor | null {
    if (input === null) return null;
    const batch = dy.shape[0];
    const dys = dy.data;
    // dW [inputs, units] = x^T [inputs, N] . (dy^T [units, N])^T
    inputT = reuseBuffer(inputT, inputs * batch);
    gradientT = reuseBuffer(gradientT, units * batch);
    transpose(input.data, batch, inputs, inputT);
    transpose(dys, batch, units, gradientT);
    matmulTransposed(inputT, inputs, gradientT, units, batch, kernelGrad.data);
    const db = biasGrad.data;
    for (let u = 0; u < units; u++) {
      let sum = 0;
      const row = u * batch;
      for (let n = 0; n < batch; n++) sum += gradientT[row + n];
      db[u] = sum;
    }
    if (!needInputGradient) return null;
    // dx [N, inputs] = dy [N, units] . (W [inputs, units])^T
    const dx = (gradient = reuseBuffer(gradient, batch * inputs));
    matmulTransposed(dys, batch, kernel.data, inputs, units, dx);
    return wrap([batch, inputs], dx);
  }

  return {
    name,
    spec,
    inputShape: [inputs],
    outputShape: [units],
    params: [
      { name: `${name}/kernel`, value: kernel, grad: kernelGrad },
      { name: `${name}/bias`, value: bias, grad: biasGrad },
    ],
    forward,
    backward,
  };
}
