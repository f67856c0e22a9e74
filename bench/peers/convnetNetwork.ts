// The reference network in convnetjs (Karpathy's plain-JS library, one sample at a time, float64),
// with the engine model's weights copied in, and its trainer: SGD momentum 0.9, batch 100.
import { createRequire } from 'node:module';
import type * as ConvNet from 'convnetjs';
import { denseRowsToHwc } from './referenceWeights.ts';
import type { ConvWeights, DenseWeights, ReferenceWeights } from './referenceWeights.ts';

const convnetjs = createRequire(import.meta.url)('convnetjs') as typeof ConvNet;

/** convnetjs' own layer definitions for the seed's reference network (input 28x28x1). */
export const CONVNET_LAYER_DEFS: object[] = [
  { type: 'input', out_sx: 28, out_sy: 28, out_depth: 1 },
  { type: 'conv', sx: 5, filters: 4, stride: 1, pad: 0, activation: 'tanh' },
  { type: 'conv', sx: 3, filters: 8, stride: 1, pad: 0, activation: 'tanh' },
  { type: 'pool', sx: 2, stride: 2 },
  { type: 'conv', sx: 3, filters: 16, stride: 1, pad: 0, activation: 'relu' },
  { type: 'pool', sx: 2, stride: 2 },
  { type: 'fc', num_neurons: 128, activation: 'tanh' },
  { type: 'softmax', num_classes: 10 },
];

/** Copies a conv kernel [O,C,KH,KW] into convnetjs filters (one Vol KW x KH x C per output). */
function copyConv(layer: ConvNet.Layer, cw: ConvWeights): void {
  const [o, c, kh, kw] = cw.shape;
  const filters = layer.filters ?? [];
  if (filters.length !== o) throw new Error(`bench: convnetjs conv layer has ${filters.length} filters, expected ${o}`);
  filters.forEach((f, oc) => {
    for (let ic = 0; ic < c; ic++)
      for (let y = 0; y < kh; y++)
        for (let x = 0; x < kw; x++) f.w[(y * kw + x) * c + ic] = cw.kernel[((oc * c + ic) * kh + y) * kw + x];
  });
  layer.biases?.w.set(cw.bias);
}

/** Copies a dense kernel [inputs, units] (rows already in H,W,C order) into convnetjs fc filters. */
function copyDense(layer: ConvNet.Layer, kernel: Float32Array, d: DenseWeights): void {
  const filters = layer.filters ?? [];
  if (filters.length !== d.units) throw new Error(`bench: convnetjs fc layer has ${filters.length} units, expected ${d.units}`);
  filters.forEach((f, u) => {
    for (let i = 0; i < d.inputs; i++) f.w[i] = kernel[i * d.units + u];
  });
  layer.biases?.w.set(d.bias);
}

/** The convnetjs network, its trainer, and a way to turn an image into its input volume. */
export interface ConvnetNetwork {
  readonly net: ConvNet.Net;
  readonly trainer: ConvNet.Trainer;
  /** pixels [28*28] in [0,1], row-major -> a convnetjs Vol 28x28x1. */
  toVol(pixels: ArrayLike<number>): ConvNet.Vol;
}

/** Builds the network from the layer defs, then overwrites convnetjs' random weights with `weights`. */
export function createConvnetNetwork(
  weights: ReferenceWeights,
  sgd: { lr: number; momentum: number; batchSize: number },
): ConvnetNetwork {
  const net = new convnetjs.Net();
  net.makeLayers(CONVNET_LAYER_DEFS);
  const convLayers = net.layers.filter((l) => l.layer_type === 'conv');
  const fcLayers = net.layers.filter((l) => l.layer_type === 'fc');
  weights.conv.forEach((cw, i) => copyConv(convLayers[i], cw));
  const [d1, d2] = weights.dense;
  copyDense(fcLayers[0], denseRowsToHwc(d1, weights.flattenedFrom), d1);
  copyDense(fcLayers[1], d2.kernel, d2);
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: sgd.lr,
    momentum: sgd.momentum,
    batch_size: sgd.batchSize,
    l2_decay: 0,
  });
  const toVol = (pixels: ArrayLike<number>) => {
    const v = new convnetjs.Vol(28, 28, 1, 0);
    for (let i = 0; i < 784; i++) v.w[i] = pixels[i];
    return v;
  };
  return { net, trainer, toVol };
}
