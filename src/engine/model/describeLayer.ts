// describeLayer: a layer's architecture in one line with its defaults filled in, to compare and show layers.
// Imports nothing outside src/engine.
import { checkOptions } from '../engineError.ts';
import { resolvePair } from '../geometry.ts';
import type { LayerSpec } from '../layers/layerSpec.ts';
import type { Padding, Pair } from '../types.ts';

const OP = 'describeLayer';

/**
 * One line naming the type and every setting that shapes the layer's output, defaults filled in
 * as createModel fills them, e.g. 'conv2d filters=4 kernel=5x5 stride=1x1 padding=valid dilation=1x1'.
 * (Initialisers are left out: they only set the starting weights.)
 * Throws EngineError for a spec that is not an object or a size that is not a number or [rows, cols].
 */
export function describeLayer(spec: LayerSpec): string {
  checkOptions(OP, spec, true, "{ type: 'dense', units: 10 }");
  switch (spec.type) {
    case 'conv2d':
      return `conv2d filters=${spec.filters} kernel=${pair('kernelSize', spec.kernelSize, 1)} stride=${pair('stride', spec.stride ?? 1, 1)} padding=${padding(spec.padding ?? 'valid')} dilation=${pair('dilation', spec.dilation ?? 1, 1)}`;
    case 'maxPool2d':
    case 'avgPool2d':
      return `${spec.type} pool=${pair('poolSize', spec.poolSize, 1)} stride=${pair('stride', spec.stride ?? spec.poolSize, 1)} padding=${pair('padding', spec.padding ?? 0, 0)}`;
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

/** A size as `rows x cols`; EngineError (via resolvePair) for anything but a whole number >= min or a pair of them. */
function pair(name: string, value: Pair, min: number): string {
  const [rows, cols] = resolvePair(OP, name, value, min);
  return `${rows}x${cols}`;
}

/** Padding as a word or rows x cols; no padding at all reads 'valid' however it was written. */
function padding(value: Padding): string {
  if (typeof value === 'string') return value;
  const written = pair('padding', value, 0);
  return written === '0x0' ? 'valid' : written;
}
