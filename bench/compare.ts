// Correctness checks of the bench: two outputs that should be the same computation, compared element-wise.

/** Largest |a - b| over all elements, and that divided by the largest |b| (the reference's scale). */
export interface Difference {
  readonly maxAbs: number;
  readonly relative: number;
}

/** Compares `actual` with `reference` element by element; throws when their lengths differ. */
export function difference(actual: ArrayLike<number>, reference: ArrayLike<number>): Difference {
  if (actual.length !== reference.length) {
    throw new Error(`bench: outputs have ${actual.length} and ${reference.length} elements (they must match)`);
  }
  let maxAbs = 0;
  let scale = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(actual[i] - reference[i]);
    if (!(d <= maxAbs)) maxAbs = d; // also catches NaN
    scale = Math.max(scale, Math.abs(reference[i]));
  }
  return { maxAbs, relative: maxAbs / Math.max(scale, 1e-30) };
}

/**
 * Throws when `actual` and `reference` differ by more than `tolerance` relative to the reference's largest
 * magnitude: the bench must never time two different computations. Returns the difference for the log.
 */
export function expectSame(
  what: string,
  actual: ArrayLike<number>,
  reference: ArrayLike<number>,
  tolerance: number,
): Difference {
  const d = difference(actual, reference);
  if (!(d.relative <= tolerance)) {
    throw new Error(
      `bench: ${what} differs: max |diff| ${d.maxAbs.toExponential(2)}, relative ${d.relative.toExponential(2)} > ${tolerance.toExponential(0)}`,
    );
  }
  return d;
}

/** NHWC [N,H,W,C] data -> NCHW [N,C,H,W] data (tfjs computes in NHWC, the engine in NCHW). */
export function nhwcToNchw(data: ArrayLike<number>, n: number, h: number, w: number, c: number): Float32Array {
  const out = new Float32Array(n * c * h * w);
  for (let b = 0; b < n; b++)
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        for (let ch = 0; ch < c; ch++) out[((b * c + ch) * h + y) * w + x] = data[((b * h + y) * w + x) * c + ch];
  return out;
}

/** NCHW [N,C,H,W] data -> NHWC [N,H,W,C] data. */
export function nchwToNhwc(data: ArrayLike<number>, n: number, c: number, h: number, w: number): Float32Array {
  const out = new Float32Array(n * h * w * c);
  for (let b = 0; b < n; b++)
    for (let ch = 0; ch < c; ch++)
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) out[((b * h + y) * w + x) * c + ch] = data[((b * c + ch) * h + y) * w + x];
  return out;
}
