// W2 and W3: one 2-D convolution each, the engine's conv2d against tfjs-core on the cpu and wasm backends.
import * as tf from '@tensorflow/tfjs-core';
import * as engine from '../../src/engine/index.ts';
import { expectSame, nchwToNhwc, nhwcToNchw } from '../compare.ts';
import { measureInterleaved } from '../harness.ts';
import type { MeasureOptions } from '../harness.ts';
import { switchBackend } from '../peers/tfjsBackends.ts';
import type { ResultRow } from '../report.ts';

/** A convolution workload: x [N,C,H,W], w [O,C,KH,KW], no bias, square stride and padding. */
export interface ConvCase {
  readonly id: string;
  readonly x: readonly [number, number, number, number];
  readonly w: readonly [number, number, number, number];
  readonly stride: number;
  readonly padding: number | 'same';
}

/** The two convolution workloads. */
export const CONV_CASES: readonly ConvCase[] = [
  { id: 'W2 conv x[8,16,64,64] w[32,16,3,3] same', x: [8, 16, 64, 64], w: [32, 16, 3, 3], stride: 1, padding: 'same' },
  { id: 'W3 conv x[1,3,224,224] w[64,3,7,7] s2 p3', x: [1, 3, 224, 224], w: [64, 3, 7, 7], stride: 2, padding: 3 },
];

/** Random values in [-1, 1) from the engine's seeded generator, so every run times the same numbers. */
function randomTensor(shape: readonly number[], seed: number): engine.Tensor {
  const random = engine.createRandom(seed);
  const t = engine.tensor(shape);
  for (let i = 0; i < t.data.length; i++) t.data[i] = random.uniform(-1, 1);
  return t;
}

/** Multiply-adds of one conv2d: N * O * OH * OW * C * KH * KW. */
function multiplyAdds(c: ConvCase, outH: number, outW: number): number {
  const [n, ch] = c.x;
  const [o, , kh, kw] = c.w;
  return n * o * outH * outW * ch * kh * kw;
}

/**
 * Times one ConvCase: project, tfjs-cpu and tfjs-wasm interleaved. Checks first that all three compute
 * the same output (within 1e-4 of the largest value). Returns the row against tfjs-cpu (target: 3x
 * faster) and the wasm row for reference.
 */
export async function runConvCase(c: ConvCase, o: MeasureOptions): Promise<ResultRow[]> {
  const [n, ch, h, w] = c.x;
  const [outC, , kh, kw] = c.w;
  const x = randomTensor(c.x, 1);
  const weights = randomTensor(c.w, 2);
  const options = { stride: c.stride, padding: c.padding };
  const projectOut = engine.conv2d(x, weights, null, options);
  const [, , outH, outW] = projectOut.shape;

  // tfjs wants x [N,H,W,C] and filters [KH,KW,C,O].
  const xNhwc = nchwToNhwc(x.data, n, ch, h, w);
  const filter = new Float32Array(kh * kw * ch * outC);
  for (let oc = 0; oc < outC; oc++)
    for (let ic = 0; ic < ch; ic++)
      for (let ky = 0; ky < kh; ky++)
        for (let kx = 0; kx < kw; kx++)
          filter[((ky * kw + kx) * ch + ic) * outC + oc] = weights.data[((oc * ch + ic) * kh + ky) * kw + kx];

  const peers = [];
  const inputs: tf.Tensor[] = [];
  for (const backend of ['cpu', 'wasm'] as const) {
    await switchBackend(backend);
    const xt = tf.tensor4d(xNhwc, [n, h, w, ch]);
    const ft = tf.tensor4d(filter, [kh, kw, ch, outC]);
    inputs.push(xt, ft);
    const conv = () => tf.conv2d(xt, ft, c.stride, c.padding);
    const y = conv();
    expectSame(`${c.id.slice(0, 2)} output vs tfjs-${backend}`, projectOut.data, nhwcToNchw(y.dataSync(), n, outH, outW, outC), 1e-4);
    y.dispose();
    peers.push({
      name: `tfjs-${backend}`,
      prepare: () => switchBackend(backend),
      run: () => {
        const out = conv();
        out.dataSync();
        out.dispose();
      },
    });
  }

  const timings = await measureInterleaved(
    [{ name: 'project', run: () => void engine.conv2d(x, weights, null, options) }, ...peers],
    o,
  );
  tf.dispose(inputs);
  const flops = 2 * multiplyAdds(c, outH, outW);
  return [
    { workload: c.id, project: timings[0], peer: timings[1], throughput: { unit: 'GFLOP/s', flops }, target: { text: '>= 3x faster', maxRatio: 1 / 3 } },
    { workload: c.id, project: timings[0], peer: timings[2], throughput: { unit: 'GFLOP/s', flops } },
  ];
}
