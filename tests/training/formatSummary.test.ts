// Tests of the Keras-style summary table.
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/training/formatSummary.ts';

describe('formatSummary', () => {
  it('conv2d_1 [4,24,24] 104 + dense_1 [10] 2,570 -> Keras table with Total params: 2,674', () => {
    const text = formatSummary([
      { name: 'conv2d_1', type: 'conv2d', outputShape: [4, 24, 24], params: 104 },
      { name: 'dense_1', type: 'dense', outputShape: [10], params: 2570 },
    ]);
    const lines = text.split('\n');
    expect(lines[1]).toMatch(/^Layer \(type\) +Output Shape +Param #$/);
    expect(lines[3]).toMatch(/^conv2d_1 \(conv2d\) +\(None, 4, 24, 24\) +104$/);
    expect(lines[5]).toMatch(/^dense_1 \(dense\) +\(None, 10\) +2,570$/);
    expect(lines[lines.length - 1]).toBe('Total params: 2,674');
    // Columns line up: every output shape starts at the same position.
    expect(lines[3].indexOf('(None')).toBe(lines[5].indexOf('(None'));
  });
});
