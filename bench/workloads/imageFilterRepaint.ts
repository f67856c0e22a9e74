// W4: the image-filter widget's repaint on a 512x512 photo: the engine's conv2d (padding 'same') plus
// the colour mapping into RGBA, for every preset at 3x3 and 5x5, beside tfjs-cpu's conv2d of the same
// input (filter only). The budget is well under 100 ms per kernel change.
import * as tf from '@tensorflow/tfjs-core';
import * as engine from '../../src/engine/index.ts';
import { paintValues, resolveScale } from '../../src/widgets/image-filter/colourScale.ts';
import { filterImage } from '../../src/widgets/image-filter/filterImage.ts';
import type { GrayImage } from '../../src/widgets/image-filter/grayImage.ts';
import { KERNEL_SIZES, PRESET_WORDS, presetKernel } from '../../src/widgets/image-filter/kernelPresets.ts';
import { kernelSum } from '../../src/widgets/image-filter/kernelParam.ts';
import { expectSame } from '../compare.ts';
import { measureInterleaved, type MeasureOptions } from '../harness.ts';
import { switchBackend } from '../peers/tfjsBackends.ts';
import type { ResultRow } from '../report.ts';

/** The photo side the widget works at (its sample photos' longest side). */
const SIDE = 512;

/** The widget's interactive budget for one repaint, ms. */
export const REPAINT_BUDGET_MS = 100;

/** A SIDE x SIDE gray image of seeded values in [0, 255]. */
function benchPhoto(): GrayImage {
  const random = engine.createRandom(4);
  const pixels = new Float32Array(SIDE * SIDE);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(random.uniform(0, 255));
  return { width: SIDE, height: SIDE, pixels };
}

/**
 * Times the repaint of every preset at 3x3 and 5x5 (project: filter + scale + RGBA; tfjs-cpu: conv2d
 * and reading its data back), after checking both compute the same output. One reference row per
 * case; the project's times are compared with REPAINT_BUDGET_MS by the caller.
 */
export async function runImageFilterRepaint(o: MeasureOptions): Promise<ResultRow[]> {
  await switchBackend('cpu');
  const photo = benchPhoto();
  const rgba = new Uint8ClampedArray(SIDE * SIDE * 4);
  const input = tf.tensor4d(photo.pixels, [1, SIDE, SIDE, 1]);
  const rows: ResultRow[] = [];
  for (const size of KERNEL_SIZES) {
    for (const word of PRESET_WORDS) {
      const kernel = { size, values: presetKernel(word, size), preset: word };
      // tfjs filters are [KH, KW, inChannels, outChannels]: with one channel each, the same row-major values.
      const filter = tf.tensor4d(kernel.values, [size, size, 1, 1]);
      const repaint = () => {
        const output = filterImage(photo, kernel);
        paintValues(output.values, resolveScale('auto', output, kernelSum(kernel.values)), rgba);
      };
      const peerConv = () => tf.conv2d(input, filter, 1, 'same');
      const check = peerConv();
      expectSame(`W4 ${word} ${size}x${size} vs tfjs-cpu`, filterImage(photo, kernel).values, check.dataSync(), 1e-5);
      check.dispose();
      const timings = await measureInterleaved(
        [
          { name: 'project', run: repaint },
          {
            name: 'tfjs-cpu',
            run: () => {
              const out = peerConv();
              out.dataSync();
              out.dispose();
            },
          },
        ],
        o,
      );
      filter.dispose();
      rows.push({
        workload: `W4 image filter ${word} ${size}x${size} on ${SIDE}x${SIDE} (project: filter + colours)`,
        project: timings[0],
        peer: timings[1],
        throughput: { unit: 'GFLOP/s', flops: 2 * SIDE * SIDE * size * size },
      });
    }
  }
  input.dispose();
  return rows;
}

/** The slowest project median of `rows`, and whether it is under REPAINT_BUDGET_MS. */
export function slowestRepaint(rows: readonly ResultRow[]): { medianMs: number; workload: string; withinBudget: boolean } {
  const slowest = rows.reduce((worst, row) => (row.project.medianMs > worst.project.medianMs ? row : worst));
  return { medianMs: slowest.project.medianMs, workload: slowest.workload, withinBudget: slowest.project.medianMs < REPAINT_BUDGET_MS };
}
