// Tests of the bench's report: ratios, targets met or not, and the Markdown table.
import { describe, expect, it } from 'vitest';
import { formatTable, isMet, ratioOf, type ResultRow } from '../../bench/report.ts';

const timing = (name: string, medianMs: number) => ({ name, samplesMs: [medianMs], medianMs });

const row = (projectMs: number, peerMs: number, maxRatio?: number): ResultRow => ({
  workload: 'W',
  project: timing('receptive', projectMs),
  peer: timing('peer', peerMs),
  throughput: { unit: 'samples/s', samples: 100 },
  target: maxRatio === undefined ? undefined : { text: `<= ${maxRatio}`, maxRatio },
});

describe('report', () => {
  it('ratioOf project 20 ms / peer 100 ms -> 0.2', () => {
    expect(ratioOf(row(20, 100))).toBe(0.2);
  });

  it('isMet: 3x faster target (1/3) met at 0.2, not met at 0.5; reference rows -> null', () => {
    expect(isMet(row(20, 100, 1 / 3))).toBe(true);
    expect(isMet(row(50, 100, 1 / 3))).toBe(false);
    expect(isMet(row(50, 100))).toBeNull();
  });

  it('formatTable: a header, a rule and one line per row with ms, ratio, samples/s and verdict', () => {
    const lines = formatTable([row(50, 100, 1 / 3), row(20, 100)]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\| workload \| peer \| project ms \| peer ms \| ratio/);
    expect(lines[2]).toBe('| W | peer | 50.0 | 100 | 0.500 | 2,000 samples/s | 1,000 samples/s | <= 0.3333333333333333 | NOT met |');
    expect(lines[3]).toContain('| reference | - |');
  });
});
