// The bench's result rows and the table it prints (Markdown, so it can be pasted into the README as is).
import type { Timing } from './harness.ts';

/** What a row's throughput counts: floating-point work or samples. */
export type Throughput = { unit: 'GFLOP/s'; flops: number } | { unit: 'samples/s'; samples: number };

/**
 * A target: the project's time must be at most `maxRatio` times the peer's time
 * (3x faster -> 1/3; 7x faster -> 1/7; 0.55x the speed -> 1/0.55).
 */
export interface Target {
  readonly text: string;
  readonly maxRatio: number;
}

/** One line of the table: the project against one peer on one workload. */
export interface ResultRow {
  readonly workload: string;
  readonly project: Timing;
  readonly peer: Timing;
  readonly throughput: Throughput;
  /** Left out for reference rows (a peer shown for context, with no target). */
  readonly target?: Target;
}

function rate(t: Throughput, ms: number): string {
  const perSecond = 1000 / ms;
  return t.unit === 'GFLOP/s'
    ? `${((t.flops * perSecond) / 1e9).toFixed(2)} GFLOP/s`
    : `${Math.round(t.samples * perSecond).toLocaleString('en-US')} samples/s`;
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** project median / peer median: below 1 the project is faster. */
export function ratioOf(row: ResultRow): number {
  return row.project.medianMs / row.peer.medianMs;
}

/** Whether the row meets its target; null for reference rows. */
export function isMet(row: ResultRow): boolean | null {
  return row.target === undefined ? null : ratioOf(row) <= row.target.maxRatio;
}

/** The results as a Markdown table, one row per comparison. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = [
    'workload',
    'peer',
    'project ms',
    'peer ms',
    'ratio (project/peer time)',
    'project speed',
    'peer speed',
    'target',
    'met',
  ];
  const lines = rows.map((row) => {
    const met = isMet(row);
    return [
      row.workload,
      row.peer.name,
      ms(row.project.medianMs),
      ms(row.peer.medianMs),
      ratioOf(row).toFixed(3),
      rate(row.throughput, row.project.medianMs),
      rate(row.throughput, row.peer.medianMs),
      row.target?.text ?? 'reference',
      met === null ? '-' : met ? 'met' : 'NOT met',
    ];
  });
  const table = [header, header.map(() => '---'), ...lines];
  return table.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
