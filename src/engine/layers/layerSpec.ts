// LayerSpec: the Keras-style layer descriptions a model is built from (the contract's fields, plus `init`).
// Imports nothing outside src/engine.
import type { Padding, Pair } from '../types.ts';

/**
 * How a conv or dense kernel starts, as Keras names them (biases always start at zero):
 * - 'glorotUniform' (default): uniform in [-limit, limit), limit = sqrt(6 / (fanIn + fanOut))
 * - 'normal': normal with mean 0 and std 0.05 (Keras 1's init='normal')
 * - 'heNormal': normal with mean 0 and std sqrt(2 / fanIn)
 * - 'zeros': all zero
 * Fans: dense fanIn = inputs, fanOut = units; conv fanIn = inChannels*KH*KW, fanOut = filters*KH*KW.
 */
export type Initializer = 'glorotUniform' | 'normal' | 'heNormal' | 'zeros';

/** An activation function applied element by element (softmax: over the features of each sample). */
export type ActivationName = 'relu' | 'tanh' | 'sigmoid' | 'softmax';

/** A 2-D convolution: `filters` kernels of `kernelSize`, stride 1 and padding 'valid' by default. */
export interface Conv2dLayerSpec {
  type: 'conv2d';
  filters: number;
  kernelSize: Pair;
  stride?: Pair;
  padding?: Padding;
  dilation?: Pair;
  /** Kernel initialiser; default 'glorotUniform'. */
  init?: Initializer;
}

/** Max or average pooling: stride defaults to poolSize, padding to 0. */
export interface Pool2dLayerSpec {
  type: 'maxPool2d' | 'avgPool2d';
  poolSize: Pair;
  stride?: Pair;
  padding?: Pair;
}

/** An activation layer. */
export interface ActivationLayerSpec {
  type: 'activation';
  fn: ActivationName;
}

/** Flattens [C,H,W] (or any shape) into one vector per sample. */
export interface FlattenLayerSpec {
  type: 'flatten';
}

/** A fully connected layer: y [N,units] = x [N,in] . W [in,units] + b [units]. */
export interface DenseLayerSpec {
  type: 'dense';
  units: number;
  /** Kernel initialiser; default 'glorotUniform'. */
  init?: Initializer;
}

/** Inverted dropout: in training zeroes each value with probability `rate` and scales the rest by 1/(1-rate). */
export interface DropoutLayerSpec {
  type: 'dropout';
  rate: number;
}

/** One layer of a sequential model (the contract's LayerSpec, with the optional `init` extension). */
export type LayerSpec =
  | Conv2dLayerSpec
  | Pool2dLayerSpec
  | ActivationLayerSpec
  | FlattenLayerSpec
  | DenseLayerSpec
  | DropoutLayerSpec;
