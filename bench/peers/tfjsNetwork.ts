// The reference network written with tfjs-core ops in NHWC (tfjs-layers is not installed), built from the
// same weights as the engine's model: predict on any backend, and one SGD training step via variableGrads.
import * as tf from '@tensorflow/tfjs-core';
import { convKernelToHwio, denseRowsToHwc } from './referenceWeights.ts';
import type { ReferenceWeights } from './referenceWeights.ts';

/** The network's variables on the backend that was active when it was built. */
export interface TfjsNetwork {
  /** probabilities [N,10] for x [N,28,28,1]; the caller disposes the result. */
  predict(x: tf.Tensor4D): tf.Tensor2D;
  /**
   * One step of SGD (momentum, Nesterov) on categorical cross-entropy; returns the batch's mean loss
   * before the update, as a number.
   */
  trainStep(x: tf.Tensor4D, oneHot: tf.Tensor2D): number;
  dispose(): void;
}

/** Builds the network on the active tfjs backend with an SGD optimiser (lr, momentum, Nesterov). */
export function createTfjsNetwork(weights: ReferenceWeights, sgd: { lr: number; momentum: number }): TfjsNetwork {
  const v = (values: Float32Array, shape: number[]) => tf.variable(tf.tensor(values, shape));
  const convs = weights.conv.map((c) => {
    const [o, ch, kh, kw] = c.shape;
    return { kernel: v(convKernelToHwio(c), [kh, kw, ch, o]), bias: v(c.bias, [o]) };
  });
  const [d1, d2] = weights.dense;
  const dense1 = { kernel: v(denseRowsToHwc(d1, weights.flattenedFrom), [d1.inputs, d1.units]), bias: v(d1.bias, [d1.units]) };
  const dense2 = { kernel: v(d2.kernel, [d2.inputs, d2.units]), bias: v(d2.bias, [d2.units]) };
  const optimizer = tf.train.momentum(sgd.lr, sgd.momentum, true);

  const logits = (x: tf.Tensor4D): tf.Tensor2D => {
    const conv = (input: tf.Tensor4D, i: number) => tf.add(tf.conv2d(input, convs[i].kernel as tf.Tensor4D, 1, 'valid'), convs[i].bias);
    let h = tf.tanh(conv(x, 0)) as tf.Tensor4D;
    h = tf.maxPool(tf.tanh(conv(h, 1)) as tf.Tensor4D, 2, 2, 'valid');
    h = tf.maxPool(tf.relu(conv(h, 2)) as tf.Tensor4D, 2, 2, 'valid');
    const flat = tf.reshape(h, [x.shape[0], d1.inputs]);
    const hidden = tf.tanh(tf.add(tf.matMul(flat, dense1.kernel), dense1.bias));
    return tf.add<tf.Tensor2D>(tf.matMul(hidden, dense2.kernel), dense2.bias);
  };

  return {
    predict: (x) => tf.tidy(() => tf.softmax(logits(x))),
    trainStep: (x, oneHot) => {
      const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy<tf.Tensor2D, tf.Scalar>(oneHot, logits(x)), true);
      if (loss === null) throw new Error('bench: tfjs returned no loss');
      const value = loss.dataSync()[0];
      loss.dispose();
      return value;
    },
    dispose: () => {
      for (const c of convs) tf.dispose([c.kernel, c.bias]);
      tf.dispose([dense1.kernel, dense1.bias, dense2.kernel, dense2.bias]);
      optimizer.dispose();
    },
  };
}
