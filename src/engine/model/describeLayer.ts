// describeLayer: a layer's architecture in one line with its defaults filled in, to compare and show layers.
// Imports nothing outside src/engine.
import type { LayerSpec } from '../layers/layerSpec.ts';
import type { Padding, Pair } from '../types.ts';

/**
 * One line naming the type and every setting that shapes the layer's output, defaults filled in
 * as createModel fills them, e.g. 'conv2d filters=4 kernel=5x5 stride=1x1 padding=valid dilation=1x1'.
 * (Initialisers are left out: they only set the starting weights.)
 */
export function describeLayer(spec: LayerSpec): string {
  switch (spec.type) {
    case 'conv2d':
      return `conv2d filters=${spec.filters} kernel=${pair(spec.kernelSize)} stride=${pair(spec.stride ?? 1)} padding=${padding(spec.padding ?? 'valid')} dilation=${pair(spec.dilation ?? 1)}`;
    case 'maxPool2d':
    case 'avgPool2d':
      return `${spec.type} pool=${pair(spec.poolSize)} stride=${pair(spec.stride ?? spec.poolSize)} padding=${pair(spec.padding ?? 0)}`;
    case 'activation':
      return `activation ${spec.fn}`;
    case 'flatten':
      return 'flatten';
    case 'dense':
      return `dense units=${spec.units}`;
    case 'dropout':
      return `dropout rate=${spec.rate}`;
    default:
      return `unknown ${JSON.stringify(spec)}`;
  }
}

function pair(value: Pair): string {
  return typeof value === 'number' ? `${value}x${value}` : `${value[0]}x${value[1]}`;
}

/** Padding as a word or rows x cols; no padding at all reads 'valid' however it was written. */
function padding(value: Padding): string {
  if (typeof value === 'string') return value;
  const written = pair(value);
  return written === '0x0' ? 'valid' : written;
}
