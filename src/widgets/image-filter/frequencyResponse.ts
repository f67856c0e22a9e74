// The frequency response of a kernel: H(wx, wy) = sum_m sum_n k[m, n] e^{-i (wx n + wy m)} with m, n
// centred (-h..h), sampled on a grid over [-pi, pi]^2, its magnitude, a slice along wx, and a verdict
// (low-pass, high-pass, band-pass, all-pass, boosts high frequencies). Pure.

/** One complex value. */
export interface Complex {
  re: number;
  im: number;
}

/**
 * H(wx, wy) of a size x size kernel (values row by row, row m = vertical, column n = horizontal),
 * taps indexed from the centre: m, n in [-(size-1)/2, (size-1)/2]. A kernel symmetric under
 * (m, n) -> (-m, -n) has a real H.
 */
export function frequencyAt(values: readonly number[], size: number, wx: number, wy: number): Complex {
  const half = (size - 1) / 2;
  let re = 0;
  let im = 0;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const k = values[row * size + column];
      if (k === 0) continue;
      const phase = wx * (column - half) + wy * (row - half);
      re += k * Math.cos(phase);
      im -= k * Math.sin(phase);
    }
  }
  return { re, im };
}

/** How a kernel treats frequencies, judged from |H| on the grid. */
export type FrequencyVerdict = 'allPass' | 'lowPass' | 'highPass' | 'bandPass' | 'boostsHigh' | 'blocksAll';

/** The sampled response: grid frequencies, |H| row by row (row = wy, column = wx), the slice and the verdict. */
export interface FrequencyResponse {
  /** Samples per axis (odd, so 0 is the centre sample). */
  samples: number;
  /** The frequencies of the samples, -pi .. pi. */
  frequencies: number[];
  /** samples * samples magnitudes; entry (j, i) is |H(frequencies[i], frequencies[j])|. */
  magnitude: Float64Array;
  /** |H(wx, 0)| for each frequency: the slice along wx. */
  slice: number[];
  /** |H(0, 0)|: the kernel's sum in absolute value (how the mean brightness is scaled). */
  atZero: number;
  /** The largest |H| on the grid. */
  peak: number;
  verdict: FrequencyVerdict;
}

/** Relative tolerance of the verdict's comparisons (float noise of cos and sin sums). */
const TOLERANCE = 1e-9;

/** The largest |H| on the border of a samples x samples grid (|wx| = pi or |wy| = pi): the finest stripes and checkerboard. */
function borderPeak(magnitude: Float64Array, samples: number): number {
  let peak = 0;
  const last = samples - 1;
  for (let j = 0; j < samples; j++) {
    for (let i = 0; i < samples; i++) {
      if (i !== 0 && i !== last && j !== 0 && j !== last) continue;
      peak = Math.max(peak, magnitude[j * samples + i]);
    }
  }
  return peak;
}

/**
 * The verdict from |H(0)| and the samples x samples grid over [-pi, pi]^2 (`samples` defaults to
 * sqrt(magnitude.length)): blocksAll when every |H| is 0; allPass when |H| is the same everywhere
 * (identity: 1); when |H(0)| is 0, bandPass if |H| on the grid's border (|wx| = pi or |wy| = pi) is
 * at most half the peak (Sobel: middle frequencies pass, the mean and the finest checkerboard do
 * not), else highPass (Laplacian); lowPass when |H(0)| is the largest value; otherwise boostsHigh
 * (some frequency away from 0 is amplified more than the mean, e.g. sharpen).
 */
export function judgeResponse(atZero: number, magnitude: Float64Array, samples = Math.round(Math.sqrt(magnitude.length))): FrequencyVerdict {
  let peak = 0;
  let low = Infinity;
  for (const m of magnitude) {
    if (m > peak) peak = m;
    if (m < low) low = m;
  }
  if (peak <= TOLERANCE) return 'blocksAll';
  const scale = Math.max(peak, 1);
  if (peak - low <= TOLERANCE * scale) return 'allPass';
  if (atZero <= 1e-6 * scale) return samples * samples === magnitude.length && borderPeak(magnitude, samples) <= peak / 2 + TOLERANCE * scale ? 'bandPass' : 'highPass';
  if (atZero >= peak - TOLERANCE * scale) return 'lowPass';
  return 'boostsHigh';
}

/** The response of a size x size kernel on a samples x samples grid over [-pi, pi]^2 (samples odd, default 65). */
export function frequencyResponse(values: readonly number[], size: number, samples = 65): FrequencyResponse {
  const frequencies = Array.from({ length: samples }, (_, i) => -Math.PI + (2 * Math.PI * i) / (samples - 1));
  const magnitude = new Float64Array(samples * samples);
  for (let j = 0; j < samples; j++) {
    for (let i = 0; i < samples; i++) {
      const { re, im } = frequencyAt(values, size, frequencies[i], frequencies[j]);
      magnitude[j * samples + i] = Math.hypot(re, im);
    }
  }
  const centre = (samples - 1) / 2;
  const slice = frequencies.map((_, i) => magnitude[centre * samples + i]);
  const atZero = magnitude[centre * samples + centre];
  let peak = 0;
  for (const m of magnitude) if (m > peak) peak = m;
  return { samples, frequencies, magnitude, slice, atZero, peak, verdict: judgeResponse(atZero, magnitude, samples) };
}
