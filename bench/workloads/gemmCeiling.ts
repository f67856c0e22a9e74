// The GEMM reference figure: a 512x512x512 matrix product run through the engine's convolution kernels
// (as a 1x1 conv, which is exactly a matrix product), to set the kernels against the pure-JS ceiling.
import * as tf from '@tensorflow/tfjs-core';
import * as engine from '../../src/engine/index.ts';
import { expectSame } from '../compare.ts';
import { measureInterleaved } from '../harness.ts';
import type { MeasureOptions } from '../harness.ts';
import { switchBackend } from '../peers/tfjsBackends.ts';
import type { ResultRow } from '../report.ts';

const SIZE = 512;

/**
 * y [512 outputs, 512 positions] = W [512,512] . X [512 channels, 512 positions], as conv2d of
 * x [1,512,16,32] with w [512,512,1,1]; tfjs-cpu's matMul of the same matrices for reference.
 * 2 * 512^3 floating-point operations.
 */
export async function runGemm(o: MeasureOptions): Promise<ResultRow[]> {
  const random = engine.createRandom(3);
  const x = engine.tensor([1, SIZE, 16, 32]);
  const w = engine.tensor([SIZE, SIZE, 1, 1]);
  for (const t of [x, w]) for (let i = 0; i < t.data.length; i++) t.data[i] = random.uniform(-1, 1);
  const projectOut = engine.conv2d(x, w);

  await switchBackend('cpu');
  const a = tf.tensor2d(w.data, [SIZE, SIZE]);
  const b = tf.tensor2d(x.data, [SIZE, SIZE]);
  const peerOut = tf.matMul(a, b);
  expectSame('GEMM 1x1 conv vs tfjs-cpu matMul', projectOut.data, peerOut.dataSync(), 1e-4);
  peerOut.dispose();

  const timings = await measureInterleaved(
    [
      { name: 'project', run: () => void engine.conv2d(x, w) },
      {
        name: 'tfjs-cpu matMul',
        prepare: () => switchBackend('cpu'),
        run: () => {
          const y = tf.matMul(a, b);
          y.dataSync();
          y.dispose();
        },
      },
    ],
    o,
  );
  tf.dispose([a, b]);
  return [
    {
      workload: 'GEMM 512x512x512 (1x1 conv)',
      project: timings[0],
      peer: timings[1],
      throughput: { unit: 'GFLOP/s', flops: 2 * SIZE ** 3 },
    },
  ];
}
