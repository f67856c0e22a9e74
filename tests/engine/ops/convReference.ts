// Plain float64 definitions of convolution, its gradients and the transposed convolution, for tests.
// Written straight from the formulas (and the padding words of the contract), independent of the engine's kernels.
import type { Tensor } from '../../../src/engine/tensor.ts';

/** Resolved options of one reference convolution: [rows, cols] pairs and per-side padding. */
export interface ReferenceGeometry {
  stride: [number, number];
  dilation: [number, number];
  /** Zeros before / after the rows, and before / after the cols. */
  padTop: number;
  padBottom: number;
  padLeft: number;
  padRight: number;
  groups: number;
  outHeight: number;
  outWidth: number;
}

type PaddingWord = 'valid' | 'same' | 'full';

/** Zeros before/after one dimension, as the contract words it (TensorFlow's 'same', Theano's 'full'). */
export function sidePadding(p: number | PaddingWord, n: number, k: number, s: number, d: number): [number, number] {
  if (p === 'valid') return [0, 0];
  if (p === 'full') return [d * (k - 1), d * (k - 1)];
  if (p === 'same') {
    const total = Math.max((Math.ceil(n / s) - 1) * s + d * (k - 1) + 1 - n, 0);
    return [Math.floor(total / 2), total - Math.floor(total / 2)];
  }
  return [p, p];
}

/** Resolves conv2d options for x [N,C,H,W] and w [O,C/g,KH,KW]; outHeight/outWidth <= 0 when the kernel does not fit. */
export function referenceGeometry(
  xShape: readonly number[],
  wShape: readonly number[],
  o: {
    stride?: number | readonly [number, number];
    dilation?: number | readonly [number, number];
    padding?: number | PaddingWord | readonly [number, number];
    groups?: number;
  },
): ReferenceGeometry {
  const pair = (v: number | readonly [number, number]): [number, number] =>
    typeof v === 'number' ? [v, v] : [v[0], v[1]];
  const stride = pair(o.stride ?? 1);
  const dilation = pair(o.dilation ?? 1);
  const p = o.padding ?? 0;
  const [ph, pw] = typeof p === 'number' || typeof p === 'string' ? [p, p] : p;
  const [padTop, padBottom] = sidePadding(ph, xShape[2], wShape[2], stride[0], dilation[0]);
  const [padLeft, padRight] = sidePadding(pw, xShape[3], wShape[3], stride[1], dilation[1]);
  const size = (n: number, k: number, s: number, d: number, before: number, after: number): number =>
    Math.floor((n + before + after - d * (k - 1) - 1) / s) + 1;
  return {
    stride,
    dilation,
    padTop,
    padBottom,
    padLeft,
    padRight,
    groups: o.groups ?? 1,
    outHeight: size(xShape[2], wShape[2], stride[0], dilation[0], padTop, padBottom),
    outWidth: size(xShape[3], wShape[3], stride[1], dilation[1], padLeft, padRight),
  };
}

/**
 * Calls visit(xIndex, wIndex, yIndex) for every product x * w that conv2d sums into y,
 * skipping padding: y[n,o,i,j] += x[n, g*Cg + c, i*sh + p*dh - padTop, j*sw + q*dw - padLeft] * w[o,c,p,q].
 */
function forEachProduct(
  xShape: readonly number[],
  wShape: readonly number[],
  g: ReferenceGeometry,
  visit: (xi: number, wi: number, yi: number) => void,
): void {
  const [batch, channels, height, width] = xShape;
  const [outChannels, groupIn, kh, kw] = wShape;
  const groupOut = outChannels / g.groups;
  for (let n = 0; n < batch; n++) {
    for (let o = 0; o < outChannels; o++) {
      const group = Math.floor(o / groupOut);
      for (let i = 0; i < g.outHeight; i++) {
        for (let j = 0; j < g.outWidth; j++) {
          const yi = ((n * outChannels + o) * g.outHeight + i) * g.outWidth + j;
          for (let c = 0; c < groupIn; c++) {
            for (let p = 0; p < kh; p++) {
              for (let q = 0; q < kw; q++) {
                const r = i * g.stride[0] + p * g.dilation[0] - g.padTop;
                const v = j * g.stride[1] + q * g.dilation[1] - g.padLeft;
                if (r < 0 || r >= height || v < 0 || v >= width) continue;
                const xi = ((n * channels + group * groupIn + c) * height + r) * width + v;
                visit(xi, ((o * groupIn + c) * kh + p) * kw + q, yi);
              }
            }
          }
        }
      }
    }
  }
}

/** conv2d in float64 from the definition; returns the data of y [N, O, OH, OW]. */
export function referenceConv2d(x: Tensor, w: Tensor, b: Tensor | null, g: ReferenceGeometry): Float64Array {
  const [batch] = x.shape;
  const [outChannels] = w.shape;
  const positions = g.outHeight * g.outWidth;
  const y = new Float64Array(batch * outChannels * positions);
  if (b) y.forEach((_, i) => (y[i] = b.data[Math.floor(i / positions) % outChannels]));
  forEachProduct(x.shape, w.shape, g, (xi, wi, yi) => (y[yi] += x.data[xi] * w.data[wi]));
  return y;
}

/** dx, dw, db of sum(conv2d(x, w, b) * dy) in float64 from the definition. */
export function referenceConv2dBackward(
  x: Tensor,
  w: Tensor,
  dy: Tensor,
  g: ReferenceGeometry,
): { dx: Float64Array; dw: Float64Array; db: Float64Array } {
  const dx = new Float64Array(x.data.length);
  const dw = new Float64Array(w.data.length);
  const outChannels = w.shape[0];
  const positions = g.outHeight * g.outWidth;
  const db = new Float64Array(outChannels);
  dy.data.forEach((v, i) => (db[Math.floor(i / positions) % outChannels] += v));
  forEachProduct(x.shape, w.shape, g, (xi, wi, yi) => {
    dx[xi] += dy.data[yi] * w.data[wi];
    dw[wi] += dy.data[yi] * x.data[xi];
  });
  return { dx, dw, db };
}

/**
 * conv_transpose2d in float64 from the scatter definition: x [N,Cin,H,W], w [Cin,O/g,KH,KW];
 * y[n, g*Og + o, i*sh + p*dh - padH, j*sw + q*dw - padW] += x[n,c,i,j] * w[c,o,p,q].
 */
export function referenceConvTranspose2d(
  x: Tensor,
  w: Tensor,
  b: Tensor | null,
  o: { stride: [number, number]; padding: [number, number]; outputPadding: [number, number]; dilation: [number, number]; groups: number },
): { shape: number[]; data: Float64Array } {
  const [batch, channels, height, width] = x.shape;
  const [, groupOut, kh, kw] = w.shape;
  const outChannels = groupOut * o.groups;
  const groupIn = channels / o.groups;
  const outHeight = (height - 1) * o.stride[0] - 2 * o.padding[0] + o.dilation[0] * (kh - 1) + o.outputPadding[0] + 1;
  const outWidth = (width - 1) * o.stride[1] - 2 * o.padding[1] + o.dilation[1] * (kw - 1) + o.outputPadding[1] + 1;
  const shape = [batch, outChannels, outHeight, outWidth];
  if (outHeight < 1 || outWidth < 1) return { shape, data: new Float64Array(0) };
  const y = new Float64Array(batch * outChannels * outHeight * outWidth);
  for (let n = 0; n < batch; n++) {
    for (let c = 0; c < channels; c++) {
      const group = Math.floor(c / groupIn);
      for (let i = 0; i < height; i++) {
        for (let j = 0; j < width; j++) {
          const value = x.data[((n * channels + c) * height + i) * width + j];
          for (let oc = 0; oc < groupOut; oc++) {
            for (let p = 0; p < kh; p++) {
              for (let q = 0; q < kw; q++) {
                const r = i * o.stride[0] + p * o.dilation[0] - o.padding[0];
                const v = j * o.stride[1] + q * o.dilation[1] - o.padding[1];
                if (r < 0 || r >= outHeight || v < 0 || v >= outWidth) continue;
                const out = group * groupOut + oc;
                y[((n * outChannels + out) * outHeight + r) * outWidth + v] +=
                  value * w.data[((c * groupOut + oc) * kh + p) * kw + q];
              }
            }
          }
        }
      }
    }
  }
  if (b) {
    const plane = outHeight * outWidth;
    y.forEach((_, i) => (y[i] += b.data[Math.floor(i / plane) % outChannels]));
  }
  return { shape, data: y };
}

/** Largest |a - b| - (abs + rel * |b|) over the elements; <= 0 means every element is close. */
export function worstExcess(actual: ArrayLike<number>, expected: ArrayLike<number>, abs = 1e-5, rel = 1e-4): number {
  let worst = -Infinity;
  for (let i = 0; i < expected.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]) - (abs + rel * Math.abs(expected[i])));
  }
  return expected.length === 0 ? 0 : worst;
}

/** A deterministic pseudo-random tensor with values in [-1, 1) (a small LCG; tests need no quality). */
export function randomTensor(shape: readonly number[], seed: number): Tensor {
  let state = (seed * 2654435761) >>> 0 || 1;
  const size = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data[i] = state / 2 ** 31 - 1;
  }
  return { shape: [...shape], data };
}

/** sum(a * b) in float64. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
