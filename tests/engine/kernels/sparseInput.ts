// Test helpers of the sparse convolution paths: mostly-zero values, and the dense loops' sums in their order.
import type { ConvGeometry } from '../../../src/engine/kernels/convGeometry.ts';
import { randomTensor } from '../ops/convReference.ts';

/** Values of `shape` with about `density` of them nonzero (the rest exactly 0), from a seed. */
export function sparseValues(shape: number[], density: number, seed: number): Float32Array {
  const values = randomTensor(shape, seed).data;
  const keep = randomTensor(shape, seed + 100).data;
  return values.map((v, i) => (Math.abs(keep[i]) < density ? v : 0));
}

/** dw[o,c,p,q] += per chunk of images, the float64 sum over (n, i, j) in order of dy * x, rounded once per chunk. */
export function inOrderWeightGrad(x: Float32Array, dy: Float32Array, g: ConvGeometry, dw: Float32Array, chunk: number): void {
  for (let o = 0; o < g.outChannels; o++) {
    for (let c = 0; c < g.inChannels; c++) {
      for (let p = 0; p < g.kernelHeight; p++) {
        for (let q = 0; q < g.kernelWidth; q++) {
          for (let n0 = 0; n0 < g.batch; n0 += chunk) {
            let sum = 0;
            for (let n = n0; n < Math.min(g.batch, n0 + chunk); n++) {
              for (let i = 0; i < g.outHeight; i++) {
                for (let j = 0; j < g.outWidth; j++) {
                  const r = i + p - g.padTop;
                  const v = j + q - g.padLeft;
                  const pixel = r >= 0 && r < g.inHeight && v >= 0 && v < g.inWidth ? x[((n * g.inChannels + c) * g.inHeight + r) * g.inWidth + v] : 0;
                  sum += dy[((n * g.outChannels + o) * g.outHeight + i) * g.outWidth + j] * pixel;
                }
              }
            }
            dw[((o * g.inChannels + c) * g.kernelHeight + p) * g.kernelWidth + q] += sum;
          }
        }
      }
    }
  }
}
