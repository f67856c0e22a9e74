// The first layer of the reference network, counted three ways: a 28x28 image to 4 feature maps of
// 24x24 by 5x5 kernels, wired dense, locally connected or convolutional. Every number is computed
// from the engine's reference network and convOutputSize, never typed in. Pure.
import { convOutputSize, referenceInputShape, referenceNetworkSpec } from '../../engine/index.ts';
import type { ParameterCount } from './model.ts';
import type { SparseMode } from './paramLimits.ts';

/** Bytes per parameter stored as float32. */
export const BYTES_PER_FLOAT32 = 4;

/** One row of the comparison: the mode, its parameters and their memory as float32. */
export interface ImageLayerRow extends ParameterCount {
  mode: SparseMode;
  /** total * 4 bytes. */
  bytes: number;
  /** The factors of `weights`: [units, weights per unit] (dense: 784 x 2304, local: 2304 x 25, conv: 4 x 25). */
  factors: readonly [number, number];
}

/** The layer's shapes and its three rows. */
export interface ImageLayerComparison {
  /** Input [C, H, W]: [1, 28, 28]. */
  input: readonly [number, number, number];
  /** Output [filters, OH, OW]: [4, 24, 24]. */
  output: readonly [number, number, number];
  /** Kernel side k: 5. */
  kernel: number;
  rows: readonly ImageLayerRow[];
}

/** The first conv layer of the reference network (throws if the network does not start with one). */
function firstConvLayer(): { filters: number; kernel: number } {
  const layer = referenceNetworkSpec[0];
  if (layer.type !== 'conv2d') throw new Error('the reference network starts with a conv2d layer');
  const kernel = typeof layer.kernelSize === 'number' ? layer.kernelSize : layer.kernelSize[0];
  return { filters: layer.filters, kernel };
}

/**
 * The comparison for the reference network's first layer, with C = 1, H = W = 28, F = 4, k = 5,
 * OH = OW = 24, inputs N = C*H*W = 784 and outputs M = F*OH*OW = 2304:
 * dense N*M + M = 1,808,640; locally connected M*(k*k*C) + M = 59,904; conv F*(k*k*C) + F = 104;
 * memory = parameters * 4 bytes.
 */
export function imageLayerComparison(): ImageLayerComparison {
  const [channels, height, width] = referenceInputShape;
  const { filters, kernel } = firstConvLayer();
  const outHeight = convOutputSize(height, { kernelSize: kernel, padding: 'valid' });
  const outWidth = convOutputSize(width, { kernelSize: kernel, padding: 'valid' });
  const inputUnits = channels * height * width;
  const outputUnits = filters * outHeight * outWidth;
  const taps = kernel * kernel * channels;
  const row = (mode: SparseMode, factors: readonly [number, number], biases: number): ImageLayerRow => {
    const weights = factors[0] * factors[1];
    const total = weights + biases;
    return { mode, weights, biases, total, bytes: total * BYTES_PER_FLOAT32, factors };
  };
  return {
    input: [channels, height, width],
    output: [filters, outHeight, outWidth],
    kernel,
    rows: [row('dense', [inputUnits, outputUnits], outputUnits), row('local', [outputUnits, taps], outputUnits), row('conv', [filters, taps], filters)],
  };
}
