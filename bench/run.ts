// `npm run bench`: times the engine against tfjs-core (cpu, wasm SIMD) and convnetjs in one run and prints
// a Markdown table of ratios (project time / peer time, medians of interleaved repetitions).
import { cpus } from 'node:os';
import { loadDigitsFromFile } from '../src/data/loadDigitsFromFile.ts';
import type { MeasureOptions } from './harness.ts';
import { initTfjs } from './peers/tfjsBackends.ts';
import { formatTable, isMet } from './report.ts';
import type { ResultRow } from './report.ts';
import { CONV_CASES, runConvCase } from './workloads/convWorkloads.ts';
import { runGemm } from './workloads/gemmCeiling.ts';
import { REPAINT_BUDGET_MS, runImageFilterRepaint, slowestRepaint } from './workloads/imageFilterRepaint.ts';
import { runInference, runTraining } from './workloads/referenceNetwork.ts';

/** The pure-JS ceiling of a well-blocked Float32Array matrix product on the reference machine, GFLOP/s. */
const PURE_JS_CEILING_GFLOPS = 4.4;

const quick = process.argv.includes('--quick');
// Per workload: 2 warm-up rounds, then as many interleaved rounds as fit the budget (5 to 25).
const measure: MeasureOptions = quick
  ? { warmup: 1, minReps: 3, maxReps: 5, budgetMs: 3000 }
  : { warmup: 2, minReps: 5, maxReps: 25, budgetMs: 15000 };

const started = performance.now();
const wasm = await initTfjs();
console.log(`Receptive bench: Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`);
console.log(`peers: tfjs-core 4.22 cpu; tfjs wasm SIMD ${wasm.simd ? 'on' : 'off'}, ${wasm.threads} thread; convnetjs 0.3.0`);
console.log(`timing: median of interleaved rounds after ${measure.warmup} warm-up rounds${quick ? ' (quick mode)' : ''}\n`);

const digits = await loadDigitsFromFile('public/data/digits-train.bin.gz');
const workloads: Array<[string, () => Promise<ResultRow[]>]> = [
  ...CONV_CASES.map((c): [string, () => Promise<ResultRow[]>] => [c.id, () => runConvCase(c, measure)]),
  ['T1 inference', () => runInference(digits, measure)],
  ['T1 training', () => runTraining(digits, measure)],
  ['GEMM', () => runGemm(measure)],
  // 18 small cases (9 presets x 2 sizes): a budget of its own per case, so the whole set takes ~30 s.
  ['W4 image filter repaint', () => runImageFilterRepaint({ ...measure, maxReps: Math.min(measure.maxReps, 15), budgetMs: quick ? 400 : 1500 })],
];

const rows: ResultRow[] = [];
const problems: string[] = [];
for (const [name, run] of workloads) {
  const t0 = performance.now();
  try {
    const result = await run();
    rows.push(...result);
    console.log(`${name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s (${result[0].project.samplesMs.length} rounds, outputs checked)`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`${name}: ${message}`);
    console.log(`${name}: NOT measured: ${message}`);
  }
}

console.log(`\n${formatTable(rows)}\n`);
const targeted = rows.filter((row) => row.target !== undefined);
const met = targeted.filter((row) => isMet(row) === true).length;
console.log(`targets met: ${met} of ${targeted.length}${problems.length > 0 ? `; ${problems.length} workload(s) not measured` : ''}`);
const gemm = rows.find((row) => row.workload.startsWith('GEMM'));
if (gemm !== undefined && gemm.throughput.unit === 'GFLOP/s') {
  const gflops = gemm.throughput.flops / gemm.project.medianMs / 1e6;
  console.log(
    `engine GEMM: ${gflops.toFixed(2)} GFLOP/s, ${((100 * gflops) / PURE_JS_CEILING_GFLOPS).toFixed(0)}% of the ~${PURE_JS_CEILING_GFLOPS} GFLOP/s pure-JS ceiling`,
  );
}
const repaints = rows.filter((row) => row.workload.startsWith('W4 '));
if (repaints.length > 0) {
  const slowest = slowestRepaint(repaints);
  console.log(
    `image-filter repaint (512x512, filter + colours): slowest median ${slowest.medianMs.toFixed(1)} ms (${slowest.workload}), ${slowest.withinBudget ? 'under' : 'NOT under'} the ${REPAINT_BUDGET_MS} ms budget`,
  );
}
console.log(
  'notes: convnetjs has no Nesterov momentum, so it trains with classic momentum 0.9 (the same work per step);\n' +
    'tfjs-cpu training is timed in a short run of its own (3 rounds); wasm rows are for reference.',
);
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = problems.length > 0 ? 1 : 0;
