// Plain, loop-by-the-formula pooling in float64, the reference the pooling tests compare against.
import { EngineError } from '../../../src/engine/engineError.ts';

export interface PoolCase {
  shape: [number, number, number, number];
  kernel: [number, number];
  stride: [number, number];
  padding: [number, number];
  dilation: [number, number];
  ceilMode: boolean;
  countIncludePad: boolean;
}

/** Output length by the plain definition: count starts -p + i*s that PyTorch keeps. */
export function referenceLength(n: number, k: number, s: number, p: number, d: number, ceilMode: boolean): number {
  const span = d * (k - 1) + 1;
  if (n + 2 * p < span) throw new EngineError('reference: kernel larger than padded input');
  let count = 0;
  for (let i = 0; ; i++) {
    const start = i * s - p;
    if (ceilMode) {
      if (start >= n || (i > 0 && start - s + span >= n + p)) break;
    } else if (start + span > n + p) break;
    count++;
  }
  return count;
}

/**
 * Max pooling by the definition: y = the first maximum (scan row by row) over in-input taps,
 * NaN winning; also returns the argmax flat index (-1 when no tap is inside the input).
 */
export function referenceMaxPool(x: ArrayLike<number>, c: PoolCase): { y: number[]; argmax: number[]; outShape: number[] } {
  const [n, ch, h, w] = c.shape;
  const oh = referenceLength(h, c.kernel[0], c.stride[0], c.padding[0], c.dilation[0], c.ceilMode);
  const ow = referenceLength(w, c.kernel[1], c.stride[1], c.padding[1], c.dilation[1], c.ceilMode);
  const y: number[] = [];
  const argmax: number[] = [];
  for (let p = 0; p < n * ch; p++) {
    for (let i = 0; i < oh; i++) {
      for (let j = 0; j < ow; j++) {
        let best = -Infinity;
        let at = -1;
        for (let a = 0; a < c.kernel[0]; a++) {
          for (let b = 0; b < c.kernel[1]; b++) {
            const r = i * c.stride[0] - c.padding[0] + a * c.dilation[0];
            const q = j * c.stride[1] - c.padding[1] + b * c.dilation[1];
            if (r < 0 || r >= h || q < 0 || q >= w) continue;
            const index = p * h * w + r * w + q;
            const v = x[index];
            if (at < 0 || v > best || Number.isNaN(v)) {
              best = v;
              at = index;
            }
          }
        }
        y.push(best);
        argmax.push(at);
      }
    }
  }
  return { y, argmax, outShape: [n, ch, oh, ow] };
}

/**
 * Average pooling by the definition: sum of in-input taps / divisor, the divisor counting taps
 * inside the padded input [-p, n+p) when countIncludePad, else only in-input taps; 0 when none.
 * Also returns, per output, the in-input flat indices and the divisor (for the backward reference).
 */
export function referenceAvgPool(
  x: ArrayLike<number>,
  c: PoolCase,
): { y: number[]; outShape: number[]; windows: number[][]; divisors: number[] } {
  const [n, ch, h, w] = c.shape;
  const oh = referenceLength(h, c.kernel[0], c.stride[0], c.padding[0], 1, c.ceilMode);
  const ow = referenceLength(w, c.kernel[1], c.stride[1], c.padding[1], 1, c.ceilMode);
  const y: number[] = [];
  const windows: number[][] = [];
  const divisors: number[] = [];
  for (let p = 0; p < n * ch; p++) {
    for (let i = 0; i < oh; i++) {
      for (let j = 0; j < ow; j++) {
        let sum = 0;
        let padded = 0;
        const taps: number[] = [];
        for (let a = 0; a < c.kernel[0]; a++) {
          for (let b = 0; b < c.kernel[1]; b++) {
            const r = i * c.stride[0] - c.padding[0] + a;
            const q = j * c.stride[1] - c.padding[1] + b;
            if (r < h + c.padding[0] && q < w + c.padding[1]) padded++;
            if (r < 0 || r >= h || q < 0 || q >= w) continue;
            const index = p * h * w + r * w + q;
            taps.push(index);
            sum += x[index];
          }
        }
        const divisor = taps.length === 0 ? 0 : c.countIncludePad ? padded : taps.length;
        y.push(divisor === 0 ? 0 : sum / divisor);
        windows.push(taps);
        divisors.push(divisor);
      }
    }
  }
  return { y, outShape: [n, ch, oh, ow], windows, divisors };
}

/** A deterministic pseudo-random sequence in [0,1) (a small LCG) so tests need no global randomness. */
export function seededValues(count: number, seed: number): number[] {
  let state = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out.push(state / 2 ** 32);
  }
  return out;
}

/** Distinct values spaced `gap` apart in a shuffled order, centred on 0 (no ties for max pooling). */
export function distinctValues(count: number, seed: number, gap = 0.05): number[] {
  const keys = seededValues(count, seed);
  const order = keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(count);
  order.forEach(([, i], rank) => {
    out[i] = (rank - count / 2) * gap;
  });
  return out;
}
