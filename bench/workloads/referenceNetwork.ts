// T1: the seed's reference network on real digits, batch 100. Training (SGD lr 0.05, momentum 0.9,
// Nesterov) against convnetjs and tfjs-cpu; inference against tfjs-wasm (SIMD) and tfjs-cpu.
import * as tf from '@tensorflow/tfjs-core';
import type { DigitSet } from '../../src/data/digits.ts';
import { toTensor } from '../../src/data/toTensor.ts';
import type { DigitBatch } from '../../src/data/toTensor.ts';
import * as engine from '../../src/engine/index.ts';
import { expectSame } from '../compare.ts';
import { measureInterleaved } from '../harness.ts';
import type { MeasureOptions } from '../harness.ts';
import { createConvnetNetwork } from '../peers/convnetNetwork.ts';
import type { ReferenceWeights } from '../peers/referenceWeights.ts';
import { switchBackend } from '../peers/tfjsBackends.ts';
import { createTfjsNetwork } from '../peers/tfjsNetwork.ts';
import type { ResultRow } from '../report.ts';

const BATCH = 100;
const SGD = { lr: 0.05, momentum: 0.9 };
/** Model seed: every contender starts from the engine model's weights for this seed. */
const SEED = 1;

/** Builds the engine's reference network (the seed README's 13 layers, 35,754 parameters). */
function createReferenceModel(): engine.Model {
  const model = engine.createModel([1, 28, 28], engine.referenceNetworkSpec, { seed: SEED });
  const count = model.summary().reduce((sum, row) => sum + row.params, 0);
  if (count !== 35754) throw new Error(`bench: the reference network has ${count} parameters, not 35754`);
  return model;
}

/** Copies the model's weights (conv kernels [O,C,KH,KW], dense kernels [in,units], biases) for the peers. */
function weightsOf(model: engine.Model): ReferenceWeights {
  const p = model.parameters().map((param) => ({ shape: param.value.shape, data: param.value.data.slice() }));
  if (p.length !== 10) throw new Error(`bench: expected 10 parameter tensors, found ${p.length}`);
  const conv = (i: number) => {
    const shape = p[2 * i].shape;
    if (shape.length !== 4) throw new Error(`bench: conv kernel ${i + 1} has shape [${shape.join(',')}]`);
    return { shape: [shape[0], shape[1], shape[2], shape[3]] as const, kernel: p[2 * i].data, bias: p[2 * i + 1].data };
  };
  const dense = (i: number) => {
    const [inputs, units] = p[i].shape;
    return { inputs, units, kernel: p[i].data, bias: p[i + 1].data };
  };
  return { conv: [conv(0), conv(1), conv(2)], dense: [dense(6), dense(8)], flattenedFrom: [16, 4, 4] };
}

/** The first `count` batches of 100 digits, as engine tensors. */
function batchesOf(digits: DigitSet, count: number): DigitBatch[] {
  return Array.from({ length: count }, (_, i) => toTensor(digits, i * BATCH, BATCH));
}

/** x [N,1,28,28] -> tfjs x [N,28,28,1] (one channel: the same numbers in the same order). */
function tfjsInput(b: DigitBatch): tf.Tensor4D {
  return tf.tensor4d(b.x.data, [b.labels.length, 28, 28, 1]);
}

/**
 * T1 inference: predict on 100 digits. Checks that the engine, tfjs-wasm and tfjs-cpu give the same
 * probabilities (within 1e-4), then times them interleaved. Target: at least 0.55x the speed of tfjs-wasm.
 */
export async function runInference(digits: DigitSet, o: MeasureOptions): Promise<ResultRow[]> {
  const model = createReferenceModel();
  const weights = weightsOf(model);
  const [batch] = batchesOf(digits, 1);
  const expected = model.predict(batch.x).data;
  const peers = [];
  const disposers: Array<() => void> = [];
  for (const backend of ['wasm', 'cpu'] as const) {
    await switchBackend(backend);
    const net = createTfjsNetwork(weights, SGD);
    const x = tfjsInput(batch);
    const probabilities = net.predict(x);
    expectSame(`T1 inference vs tfjs-${backend}`, expected, probabilities.dataSync(), 1e-4);
    probabilities.dispose();
    disposers.push(() => {
      x.dispose();
      net.dispose();
    });
    peers.push({
      name: `tfjs-${backend}`,
      prepare: () => switchBackend(backend),
      run: () => {
        const y = net.predict(x);
        y.dataSync();
        y.dispose();
      },
    });
  }
  const timings = await measureInterleaved(
    [{ name: 'project', run: () => void model.predict(batch.x) }, ...peers],
    o,
  );
  for (const dispose of disposers) dispose();
  const workload = 'T1 inference, batch 100';
  const throughput = { unit: 'samples/s', samples: BATCH } as const;
  return [
    { workload, project: timings[0], peer: timings[1], throughput, target: { text: '>= 0.55x the speed', maxRatio: 1 / 0.55 } },
    { workload, project: timings[0], peer: timings[2], throughput },
  ];
}

/**
 * T1 training: one step of batch 100. Before timing, checks on the same starting weights that the
 * engine's first-step loss matches convnetjs' and tfjs-cpu's, and (after one Nesterov update) that its
 * second-step loss matches tfjs-cpu's, within 1e-4 relative. convnetjs only has classic momentum, so it
 * is checked on the first step only. Target: at least 7x the samples/s of convnetjs.
 */
export async function runTraining(digits: DigitSet, o: MeasureOptions): Promise<ResultRow[]> {
  const model = createReferenceModel();
  const weights = weightsOf(model);
  const optimizer = engine.sgd({ lr: SGD.lr, momentum: SGD.momentum, nesterov: true });
  const batches = batchesOf(digits, 20);

  const convnet = createConvnetNetwork(weights, { ...SGD, batchSize: BATCH });
  const vols = batches.map((b) => Array.from({ length: BATCH }, (_, i) => convnet.toVol(b.x.data.subarray(i * 784, (i + 1) * 784))));
  await switchBackend('cpu');
  const tfNet = createTfjsNetwork(weights, SGD);
  const tfBatches = batches.map((b) => ({ x: tfjsInput(b), oneHot: tf.oneHot(tf.tensor1d(b.labels, 'int32'), 10) as tf.Tensor2D }));

  const convnetStep = (i: number): number => {
    let sum = 0;
    for (let s = 0; s < BATCH; s++) sum += convnet.trainer.train(vols[i][s], batches[i].labels[s]).cost_loss;
    return sum / BATCH;
  };
  const first = model.trainBatch(batches[0].x, batches[0].labels, optimizer).loss;
  expectSame('T1 training first-step loss vs convnetjs', [first], [convnetStep(0)], 1e-4);
  expectSame('T1 training first-step loss vs tfjs-cpu', [first], [tfNet.trainStep(tfBatches[0].x, tfBatches[0].oneHot)], 1e-4);
  const second = model.trainBatch(batches[1].x, batches[1].labels, optimizer).loss;
  expectSame('T1 training second-step loss vs tfjs-cpu', [second], [tfNet.trainStep(tfBatches[1].x, tfBatches[1].oneHot)], 1e-4);

  const counters = [2, 2, 2];
  const next = (k: number) => counters[k]++ % batches.length;
  const projectStep = {
    name: 'project',
    run: () => {
      const b = batches[next(0)];
      model.trainBatch(b.x, b.labels, optimizer);
    },
  };
  const vsConvnet = await measureInterleaved([projectStep, { name: 'convnetjs', run: () => void convnetStep(next(1)) }], o);
  // tfjs-cpu trains this network some 50x slower than the engine (seconds per step), so it is shown for
  // reference from a short interleaved run of its own: one warm-up round and three timed rounds.
  const tfjsStep = {
    name: 'tfjs-cpu',
    prepare: () => switchBackend('cpu'),
    run: () => {
      const b = tfBatches[next(2)];
      tfNet.trainStep(b.x, b.oneHot);
    },
  };
  const vsTfjs = await measureInterleaved([projectStep, tfjsStep], { warmup: 1, minReps: 3, maxReps: 3, budgetMs: 0 });
  tfNet.dispose();
  for (const b of tfBatches) tf.dispose([b.x, b.oneHot]);
  const workload = 'T1 train step, batch 100, SGD Nesterov';
  const throughput = { unit: 'samples/s', samples: BATCH } as const;
  return [
    { workload, project: vsConvnet[0], peer: vsConvnet[1], throughput, target: { text: '>= 7x faster', maxRatio: 1 / 7 } },
    { workload, project: vsTfjs[0], peer: vsTfjs[1], throughput },
  ];
}
