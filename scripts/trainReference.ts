// Trains the seed's reference network on the shipped digits with the seed's settings, printing the run Keras-style.
// Usage: npm run train:reference -- [--epochs N] [--seed S] [--out weights.json]
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDigitsFromFile } from '../src/data/loadDigitsFromFile.ts';
import { toTensor } from '../src/data/toTensor.ts';
import {
  createModel,
  createRandom,
  exportWeights,
  referenceInputShape,
  referenceNetworkSpec,
  referenceTraining,
  sgd,
  type Model,
  type Tensor,
} from '../src/engine/index.ts';
import { gatherBatch, sampleIndices, splitValidation } from '../src/training/batches.ts';
import { formatSummary } from '../src/training/formatSummary.ts';
import { formatProgress } from '../src/training/progressBar.ts';

const DATA_DIR = fileURLToPath(new URL('../public/data/', import.meta.url));
/** The seed script calls np.random.seed(1024); the same number is our default. */
const DEFAULT_SEED = 1024;
/** Redraw the progress line at most this often on a terminal (seconds). */
const REDRAW_SECONDS = 0.1;

interface Options {
  epochs: number;
  seed: number;
  out: string | undefined;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      epochs: { type: 'string', default: String(referenceTraining.epochs) },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
    },
  });
  const epochs = Number(values.epochs);
  const seed = Number(values.seed);
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`--epochs ${values.epochs} must be a whole number >= 1`);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed ${values.seed} must be a whole number`);
  return { epochs, seed, out: values.out };
}

/** Prints a progress line: redrawn in place on a terminal, only the finished line otherwise (logs, CI). */
function createProgressPrinter(): (line: string, finished: boolean) => void {
  const tty = process.stdout.isTTY === true;
  let last = 0;
  return (line, finished) => {
    const now = performance.now() / 1000;
    if (tty && (finished || now - last >= REDRAW_SECONDS)) {
      process.stdout.write(`\r${line}\x1b[K${finished ? '\n' : ''}`);
      last = now;
    } else if (!tty && finished) {
      process.stdout.write(`${line}\n`);
    }
  };
}

/** Trains one epoch over `order` in batches, printing running loss and accuracy (sample-weighted means), then validation. */
function trainEpoch(
  model: Model,
  x: Tensor,
  labels: Uint8Array,
  order: Uint32Array,
  optimizer: ReturnType<typeof sgd>,
  print: (line: string, finished: boolean) => void,
  validation: { x: Tensor; labels: Uint8Array },
): void {
  const total = order.length;
  const started = performance.now();
  let lossSum = 0;
  let correct = 0;
  let batch: { x: Tensor; labels: Uint8Array } | undefined;
  for (let start = 0; start < total; start += referenceTraining.batchSize) {
    const count = Math.min(referenceTraining.batchSize, total - start);
    batch = gatherBatch(x, labels, order, start, count, batch);
    const result = model.trainBatch(batch.x, batch.labels, optimizer);
    lossSum += result.loss * count;
    correct += result.accuracy * count;
    const done = start + count;
    const metrics: Array<[string, number]> = [
      ['loss', lossSum / done],
      ['acc', correct / done],
    ];
    if (done < total) {
      print(formatProgress({ done, total, elapsedSeconds: (performance.now() - started) / 1000, metrics }), false);
    } else {
      // Keras measures validation after the last batch and prints it on the same line.
      const trainSeconds = (performance.now() - started) / 1000;
      const evaluated = model.evaluate(validation.x, validation.labels);
      metrics.push(['val_loss', evaluated.loss], ['val_acc', evaluated.accuracy]);
      print(formatProgress({ done, total, elapsedSeconds: trainSeconds, metrics }), true);
    }
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const [trainSet, testSet] = await Promise.all([
    loadDigitsFromFile(`${DATA_DIR}digits-train.bin.gz`),
    loadDigitsFromFile(`${DATA_DIR}digits-test.bin.gz`),
  ]);
  const all = toTensor(trainSet, 0, trainSet.count);
  const test = toTensor(testSet, 0, testSet.count);

  // Shuffle once, then hold out the last 20% as Keras' validation_split does. The data order has its
  // own generator (seed + 1) so it does not mirror the weight draws of the model (seed).
  const dataRandom = createRandom(options.seed + 1);
  const { train, validation } = splitValidation(dataRandom.shuffle(sampleIndices(trainSet.count)), referenceTraining.validationSplit);
  const validationBatch = gatherBatch(all.x, all.labels, validation, 0, validation.length);

  const model = createModel(referenceInputShape, referenceNetworkSpec, { seed: options.seed });
  const optimizer = sgd({
    lr: referenceTraining.lr,
    decay: referenceTraining.decay,
    momentum: referenceTraining.momentum,
    nesterov: referenceTraining.nesterov,
  });
  console.log(formatSummary(model.summary()));
  console.log(
    `SGD lr ${referenceTraining.lr}, decay ${referenceTraining.decay}, momentum ${referenceTraining.momentum}, Nesterov; batch ${referenceTraining.batchSize}; seed ${options.seed}`,
  );
  console.log(`Train on ${train.length} samples, validate on ${validation.length} samples`);

  const print = createProgressPrinter();
  const started = performance.now();
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    console.log(`Epoch ${epoch}/${options.epochs}`);
    // shuffle=True: a new order of the training samples every epoch.
    dataRandom.shuffle(train);
    trainEpoch(model, all.x, all.labels, train, optimizer, print, validationBatch);
  }
  const minutes = (performance.now() - started) / 60000;
  const result = model.evaluate(test.x, test.labels);
  console.log(
    `Test on ${testSet.count} samples - loss: ${result.loss.toFixed(4)} - acc: ${result.accuracy.toFixed(4)} (${(result.accuracy * 100).toFixed(2)}%), trained in ${minutes.toFixed(1)} min`,
  );
  if (options.out !== undefined) {
    await writeFile(options.out, JSON.stringify(exportWeights(model, { encoding: 'base64' })));
    console.log(`Weights written to ${options.out}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
