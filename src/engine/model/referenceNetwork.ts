// The seed's reference network (a 2016 Keras digits example) and its training settings, shared by site, bench and scripts.
// Imports nothing outside src/engine.
import type { LayerSpec } from '../layers/layerSpec.ts';

/** Input of the reference network: one channel of 28x28 pixels, [C,H,W]. */
export const referenceInputShape: readonly [number, number, number] = [1, 28, 28];

/**
 * The reference network's layers, for `createModel(referenceInputShape, referenceNetworkSpec)`:
 * 1x28x28 digits -> 10 classes, 35,754 parameters.
 * conv 4@5x5 tanh, conv 8@3x3 tanh, max pool 2x2, conv 16@3x3 relu, max pool 2x2, flatten,
 * dense 128 (normal init) tanh, dense 10 (normal init) softmax; every conv 'valid'.
 * Shapes: [4,24,24] [8,22,22] [8,11,11] [16,9,9] [16,4,4] [256] [128] [10].
 */
export const referenceNetworkSpec: readonly LayerSpec[] = [
  { type: 'conv2d', filters: 4, kernelSize: 5, padding: 'valid' },
  { type: 'activation', fn: 'tanh' },
  { type: 'conv2d', filters: 8, kernelSize: 3, padding: 'valid' },
  { type: 'activation', fn: 'tanh' },
  { type: 'maxPool2d', poolSize: 2 },
  { type: 'conv2d', filters: 16, kernelSize: 3, padding: 'valid' },
  { type: 'activation', fn: 'relu' },
  { type: 'maxPool2d', poolSize: 2 },
  { type: 'flatten' },
  { type: 'dense', units: 128, init: 'normal' },
  { type: 'activation', fn: 'tanh' },
  { type: 'dense', units: 10, init: 'normal' },
  { type: 'activation', fn: 'softmax' },
];

/**
 * How the seed trains the reference network: SGD lr 0.05, decay 1e-6, momentum 0.9, Nesterov;
 * categorical cross-entropy; batch 100; 10 epochs; shuffled every epoch; the last 20% of the
 * (shuffled) training data held out for validation.
 */
export const referenceTraining = {
  lr: 0.05,
  decay: 1e-6,
  momentum: 0.9,
  nesterov: true,
  batchSize: 100,
  epochs: 10,
  validationSplit: 0.2,
} as const;
