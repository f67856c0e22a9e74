// The reference network's weights in the engine's layout, the common ground from which each peer builds
// its own copy of the same network (so all contenders compute the same function).

/** A conv layer: kernel [O,C,KH,KW] and bias [O]. */
export interface ConvWeights {
  readonly shape: readonly [number, number, number, number];
  readonly kernel: Float32Array;
  readonly bias: Float32Array;
}

/** A dense layer: kernel [inputs, units] (row i = input i, in the engine's C,H,W flatten order) and bias [units]. */
export interface DenseWeights {
  readonly inputs: number;
  readonly units: number;
  readonly kernel: Float32Array;
  readonly bias: Float32Array;
}

/**
 * The seed's reference network, input [1,28,28]:
 * conv 4x5x5 tanh, conv 8x3x3 tanh, maxpool 2, conv 16x3x3 relu, maxpool 2, flatten [16,4,4] -> 256,
 * dense 128 tanh, dense 10 softmax.
 */
export interface ReferenceWeights {
  readonly conv: readonly [ConvWeights, ConvWeights, ConvWeights];
  readonly dense: readonly [DenseWeights, DenseWeights];
  /** The [C,H,W] shape that the first dense layer's inputs were flattened from: [16,4,4]. */
  readonly flattenedFrom: readonly [number, number, number];
}

/**
 * Reorders dense rows from C,H,W flatten order (the engine, NCHW) to H,W,C order (tfjs NHWC and convnetjs):
 * row (c*H + y)*W + x moves to row (y*W + x)*C + c.
 */
export function denseRowsToHwc(d: DenseWeights, chw: readonly [number, number, number]): Float32Array {
  const [c, h, w] = chw;
  if (c * h * w !== d.inputs) throw new Error(`bench: ${d.inputs} dense inputs do not come from [${c},${h},${w}]`);
  const out = new Float32Array(d.kernel.length);
  for (let ch = 0; ch < c; ch++)
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const from = ((ch * h + y) * w + x) * d.units;
        const to = ((y * w + x) * c + ch) * d.units;
        out.set(d.kernel.subarray(from, from + d.units), to);
      }
  return out;
}

/** Conv kernel [O,C,KH,KW] -> [KH,KW,C,O] (tfjs filter layout). */
export function convKernelToHwio(cw: ConvWeights): Float32Array {
  const [o, c, kh, kw] = cw.shape;
  const out = new Float32Array(cw.kernel.length);
  for (let oc = 0; oc < o; oc++)
    for (let ic = 0; ic < c; ic++)
      for (let y = 0; y < kh; y++)
        for (let x = 0; x < kw; x++) out[((y * kw + x) * c + ic) * o + oc] = cw.kernel[((oc * c + ic) * kh + y) * kw + x];
  return out;
}
