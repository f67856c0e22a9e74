// Input and weight gradients of a convolution whose dy is mostly zero (after max pooling or relu): only nonzero dy values are visited.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';

// Why the same bits as the dense loops: for stride 1 and no padding,
// - dx[c,h,v] is summed in float64 over (o, p', q') in order, p' = KH-1-p (regionInputGrad); the
//   dy values dy[o, h-p, v-q] that meet it come in exactly that order when dy is visited by
//   channel, row and column (a later row means a smaller p, so a larger p');
// - dw[o,t] is summed in float64 over the positions of a chunk of images in order (convWeightGrad);
//   visiting dy by image, channel, row and column reaches them in that order for every (o, t).
// A skipped dy of 0 only leaves out an exact 0, as long as w (for dx) and x (for dw) are finite.

/**
 * Largest fraction of nonzero dy for which the sparse input gradient (sparseInputGrad) is used:
 * the measured break-even point on scattered dy is about 0.22 (a scatter into memory).
 */
export const SPARSE_INPUT_GRAD_DENSITY = 0.2;
/**
 * Largest fraction of nonzero dy for which the sparse weight gradient (sparseWeightGrad) is used:
 * the measured break-even point on scattered dy is about 0.35 (a gather per channel).
 */
export const SPARSE_WEIGHT_GRAD_DENSITY = 0.3;
/** Every SAMPLE_STRIDE-th dy value is looked at to estimate how many are nonzero. */
const SAMPLE_STRIDE = 5;

let sumsBuffer = new Float64Array(0);

/** Reused float64 sums of at least `size` numbers, zeroed. */
function zeroedSums(size: number): Float64Array {
  if (sumsBuffer.length < size) sumsBuffer = new Float64Array(size);
  sumsBuffer.fill(0, 0, size);
  return sumsBuffer;
}

/**
 * The fraction of dy that is nonzero, judged from every 5th value, when `g` suits the sparse
 * gradients (stride 1, dilation 1, one group, no padding: every window inside x); else Infinity.
 * Both paths give the same bits, so the sample only decides the speed.
 */
export function sparseGradientDensity(dy: Float32Array, g: ConvGeometry): number {
  const plain = g.strideH === 1 && g.strideW === 1 && g.dilationH === 1 && g.dilationW === 1 && g.groups === 1;
  const inside = g.padTop === 0 && g.padLeft === 0 && g.outHeight + g.kernelHeight - 1 <= g.inHeight &&
    g.outWidth + g.kernelWidth - 1 <= g.inWidth;
  if (!plain || !inside) return Infinity;
  let sampled = 0;
  let nonzero = 0;
  for (let i = 0; i < dy.length; i += SAMPLE_STRIDE, sampled++) nonzero += +(dy[i] !== 0);
  return sampled === 0 ? 0 : nonzero / sampled;
}

/**
 * Writes dx [N, C, H, W] = the gradient of sum(conv(x, w) * dy) with respect to x for a geometry that
 * suits the sparse gradients (see sparseGradientDensity): dx[n,c,i+p,j+q] gets w[o,c,p,q] * dy[n,o,i,j] for every nonzero dy.
 * The same numbers as regionInputGrad, bit for bit, when w is finite (see above).
 */
export function sparseInputGrad(dy: Float32Array, w: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const { inChannels, inHeight, inWidth, outChannels, outHeight, outWidth, kernelHeight, kernelWidth } = g;
  const taps = kernelHeight * kernelWidth;
  // packed[((o*KH + p)*KW + q)*C + c] = w[o,c,p,q]: the C weights a dy value spreads over sit together.
  const packed = new Float64Array(outChannels * taps * inChannels);
  for (let o = 0; o < outChannels; o++) {
    for (let c = 0; c < inChannels; c++) {
      for (let t = 0; t < taps; t++) packed[(o * taps + t) * inChannels + c] = w[(o * inChannels + c) * taps + t];
    }
  }
  const plane = inHeight * inWidth;
  for (let n = 0; n < g.batch; n++) {
    // sums[(h*W + v)*C + c] holds dx[n,c,h,v] while its terms arrive.
    const sums = zeroedSums(plane * inChannels);
    let at = n * outChannels * outHeight * outWidth;
    for (let o = 0; o < outChannels; o++) {
      for (let i = 0; i < outHeight; i++) {
        for (let j = 0; j < outWidth; j++, at++) {
          const value = dy[at];
          if (value === 0) continue;
          for (let p = 0; p < kernelHeight; p++) {
            let s = ((i + p) * inWidth + j) * inChannels;
            let k = (o * taps + p * kernelWidth) * inChannels;
            for (let q = 0; q < kernelWidth; q++) {
              for (let c = 0; c < inChannels; c++, s++, k++) sums[s] += packed[k] * value;
            }
          }
        }
      }
    }
    const out = n * inChannels * plane;
    for (let c = 0; c < inChannels; c++) {
      for (let u = 0, s = c; u < plane; u++, s += inChannels) dx[out + c * plane + u] = sums[s];
    }
  }
}

/**
 * Adds to dw [O, C, KH, KW] the gradient of sum(conv(x, w) * dy) with respect to w for a geometry
 * that suits the sparse gradients (see sparseGradientDensity), in chunks of `chunk` images: per chunk,
 * dw[o,c,p,q] += sum over nonzero dy[n,o,i,j] of dy[n,o,i,j] * x[n,c,i+p,j+q].
 * The same numbers as convWeightGrad with the same chunks, bit for bit, when x is finite (see above).
 */
export function sparseWeightGrad(x: Float32Array, dy: Float32Array, g: ConvGeometry, dw: Float32Array, chunk: number): void {
  const { inChannels, inHeight, inWidth, outChannels, outHeight, outWidth, kernelHeight, kernelWidth } = g;
  const taps = inChannels * kernelHeight * kernelWidth;
  // offset[t] of tap t = (c*KH + p)*KW + q: where it reads from a window's top-left pixel.
  const offset: number[] = [];
  for (let c = 0; c < inChannels; c++) {
    for (let p = 0; p < kernelHeight; p++) {
      for (let q = 0; q < kernelWidth; q++) offset.push((c * inHeight + p) * inWidth + q);
    }
  }
  const positions = outHeight * outWidth;
  const imageSize = inChannels * inHeight * inWidth;
  // One output channel's nonzero dy values of a chunk, in order, and their windows' top-left pixels.
  const values = new Float64Array(chunk * positions);
  const bases = new Int32Array(chunk * positions);
  for (let n0 = 0; n0 < g.batch; n0 += chunk) {
    const n1 = Math.min(g.batch, n0 + chunk);
    for (let o = 0; o < outChannels; o++) {
      let count = 0;
      for (let n = n0; n < n1; n++) {
        const from = (n * outChannels + o) * positions;
        for (let i = 0, at = from; i < outHeight; i++) {
          for (let j = 0; j < outWidth; j++, at++) {
            const value = dy[at];
            if (value === 0) continue;
            values[count] = value;
            bases[count] = n * imageSize + i * inWidth + j;
            count++;
          }
        }
      }
      sumTaps(x, values, bases, count, offset, dw, o * taps);
    }
  }
}

/**
 * dw[row + t] += sum over k < count of values[k] * x[bases[k] + offset[t]] for every tap t, four taps
 * at a time in float64 (each sum in the order of the list, rounded once when added).
 */
function sumTaps(
  x: Float32Array,
  values: Float64Array,
  bases: Int32Array,
  count: number,
  offset: readonly number[],
  dw: Float32Array,
  row: number,
): void {
  const taps = offset.length;
  for (let t0 = 0; t0 < taps; t0 += 4) {
    // Why clamped: a missing tap re-reads the last real one; its sum is dropped.
    const o0 = offset[t0];
    const o1 = offset[t0 + 1 < taps ? t0 + 1 : taps - 1];
    const o2 = offset[t0 + 2 < taps ? t0 + 2 : taps - 1];
    const o3 = offset[t0 + 3 < taps ? t0 + 3 : taps - 1];
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let k = 0; k < count; k++) {
      const value = values[k];
      const b = bases[k];
      s0 += value * x[b + o0];
      s1 += value * x[b + o1];
      s2 += value * x[b + o2];
      s3 += value * x[b + o3];
    }
    dw[row + t0] += s0;
    if (t0 + 1 < taps) dw[row + t0 + 1] += s1;
    if (t0 + 2 < taps) dw[row + t0 + 2] += s2;
    if (t0 + 3 < taps) dw[row + t0 + 3] += s3;
  }
}
