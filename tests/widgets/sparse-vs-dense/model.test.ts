// Tests of sparse-vs-dense's model: reading params, output and parameter counts, receptive fields
// and fed outputs per neuron, the image-layer comparison, reconcile, formulas, number formats and
// the sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeGraph, describeSelection } from '../../../src/widgets/sparse-vs-dense/describe.ts';
import { formatBytes, formatCount, groupDigits } from '../../../src/widgets/sparse-vs-dense/formatCount.ts';
import { parameterFormula } from '../../../src/widgets/sparse-vs-dense/formula.ts';
import { imageLayerComparison } from '../../../src/widgets/sparse-vs-dense/imageLayer.ts';
import {
  connectionsOf,
  outputCount,
  outputsFedByInput,
  parameterCounts,
  readParams,
  receptiveFieldOf,
} from '../../../src/widgets/sparse-vs-dense/model.ts';
import { reconcileSparseVsDense } from '../../../src/widgets/sparse-vs-dense/reconcileParams.ts';

const nk = fc.integer({ min: 2, max: 16 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n })));

describe('readParams', () => {
  it('defaults n=8 k=3 conv; k > n read as n; junk -> defaults', () => {
    expect(readParams({})).toEqual({ inputs: 8, kernel: 3, mode: 'conv' });
    expect(readParams({ inputs: 4, kernel: 9, mode: 'local' })).toEqual({ inputs: 4, kernel: 4, mode: 'local' });
    expect(readParams({ inputs: Number.NaN, kernel: 'x', mode: 'sideways' })).toEqual({ inputs: 8, kernel: 3, mode: 'conv' });
  });
});

describe('parameterCounts', () => {
  it.each([
    [8, 3, 54, 24, 4],
    [10, 4, 77, 35, 5],
    [16, 16, 17, 17, 17],
    [2, 1, 6, 4, 2],
  ])('n=%i k=%i -> dense %i, local %i, conv %i', (n, k, dense, local, conv) => {
    const counts = parameterCounts(n, k);
    expect([counts.dense.total, counts.local.total, counts.conv.total]).toEqual([dense, local, conv]);
  });

  it('dense >= local >= conv for every k <= n; weights + biases = total; m = n - k + 1 outputs', () => {
    fc.assert(
      fc.property(nk, ([n, k]) => {
        const c = parameterCounts(n, k);
        const m = n - k + 1;
        expect(outputCount(n, k)).toBe(m);
        expect(c.dense.total).toBeGreaterThanOrEqual(c.local.total);
        expect(c.local.total).toBeGreaterThanOrEqual(c.conv.total);
        expect(c.dense).toEqual({ weights: n * m, biases: m, total: n * m + m });
        expect(c.local).toEqual({ weights: k * m, biases: m, total: k * m + m });
        expect(c.conv).toEqual({ weights: k, biases: 1, total: k + 1 });
      }),
    );
  });
});

describe('receptive fields and fed outputs', () => {
  it('n=8 k=3 conv: y_3 sees x_3..x_5; x_1 feeds y_1 only; x_4 feeds y_2..y_4; x_8 feeds y_6 only', () => {
    const params = { inputs: 8, kernel: 3, mode: 'conv' as const };
    expect(receptiveFieldOf(params, 2)).toEqual({ first: 2, last: 4, count: 3 });
    expect(outputsFedByInput(params, 0)).toEqual({ first: 0, last: 0, count: 1 });
    expect(outputsFedByInput(params, 3)).toEqual({ first: 1, last: 3, count: 3 });
    expect(outputsFedByInput(params, 7)).toEqual({ first: 5, last: 5, count: 1 });
  });

  it('dense n=8 k=3: every output sees all 8 inputs, every input feeds all 6 outputs', () => {
    const params = { inputs: 8, kernel: 3, mode: 'dense' as const };
    expect(receptiveFieldOf(params, 4)).toEqual({ first: 0, last: 7, count: 8 });
    expect(outputsFedByInput(params, 0)).toEqual({ first: 0, last: 5, count: 6 });
  });

  it('local/conv: output j sees [j, j+k-1]; input i feeds [max(0, i-k+1), min(i, m-1)], for every n, k', () => {
    fc.assert(
      fc.property(nk, fc.constantFrom('local' as const, 'conv' as const), ([n, k], mode) => {
        const params = { inputs: n, kernel: k, mode };
        const m = n - k + 1;
        for (let j = 0; j < m; j++) expect(receptiveFieldOf(params, j)).toEqual({ first: j, last: j + k - 1, count: k });
        for (let i = 0; i < n; i++) {
          const first = Math.max(0, i - k + 1);
          const last = Math.min(i, m - 1);
          expect(outputsFedByInput(params, i)).toEqual({ first, last, count: last - first + 1 });
        }
      }),
    );
  });

  it('connectionsOf: an output lights its field, an input its outputs; a missing neuron -> null', () => {
    const params = { inputs: 8, kernel: 3, mode: 'local' as const };
    expect(connectionsOf(params, { row: 'output', index: 0 })).toEqual({ inputs: { first: 0, last: 2, count: 3 }, outputs: { first: 0, last: 0, count: 1 } });
    expect(connectionsOf(params, { row: 'input', index: 2 })?.outputs).toEqual({ first: 0, last: 2, count: 3 });
    expect(connectionsOf(params, { row: 'output', index: 6 })).toBeNull();
    expect(connectionsOf(params, null)).toBeNull();
  });
});

describe('imageLayerComparison', () => {
  it('28x28 -> 4x24x24 with 5x5 kernels: dense 1,808,640, local 59,904, conv 104; bytes x4', () => {
    const c = imageLayerComparison();
    expect(c.input).toEqual([1, 28, 28]);
    expect(c.output).toEqual([4, 24, 24]);
    expect(c.kernel).toBe(5);
    expect(c.rows.map((r) => [r.mode, r.total, r.bytes])).toEqual([
      ['dense', 1_808_640, 7_234_560],
      ['local', 59_904, 239_616],
      ['conv', 104, 416],
    ]);
    expect(c.rows[0].factors).toEqual([784, 2304]);
  });
});

describe('reconcileSparseVsDense', () => {
  it('k=9 > n=4 -> k moved to 4 and the rule named; k <= n unchanged', () => {
    const moved = reconcileSparseVsDense({ inputs: 4, kernel: 9, mode: 'conv' });
    expect(moved.values.kernel).toBe(4);
    expect(moved.moved).toHaveLength(1);
    expect(moved.moved[0].name).toBe('kernel');
    expect(moved.moved[0].problem.en).toContain('n = 4');
    const kept = { inputs: 8, kernel: 3, mode: 'conv' };
    expect(reconcileSparseVsDense(kept)).toEqual({ values: kept, moved: [] });
  });
});

describe('parameterFormula', () => {
  it.each([
    ['dense', '{n(n-k+1) + (n-k+1)} = {8 \\cdot 6 + 6} = {54}'],
    ['local', '{k(n-k+1) + (n-k+1)} = {3 \\cdot 6 + 6} = {24}'],
    ['conv', '{k + 1} = {3 + 1} = {4}'],
  ] as const)('%s n=8 k=3 -> %s', (mode, tex) => {
    expect(parameterFormula(mode, 8, 3)).toBe(tex);
  });
});

describe('formatCount and formatBytes', () => {
  it('groupDigits 1808640 -> 1,808,640; 104 -> 104; -1234 -> -1,234', () => {
    expect([groupDigits(1_808_640), groupDigits(104), groupDigits(-1234)]).toEqual(['1,808,640', '104', '-1,234']);
  });

  it('formatCount en 59904 -> 59,904; zh -> 59,904（约 6 万）; zh 104 -> 104', () => {
    expect(formatCount(59_904, 'en')).toBe('59,904');
    expect(formatCount(59_904, 'zh')).toBe('59,904（约 6 万）');
    expect(formatCount(1_808_640, 'zh')).toBe('1,808,640（约 180.9 万）');
    expect(formatCount(104, 'zh')).toBe('104');
  });

  it('formatBytes: 7,234,560 -> ≈ 7.2 MB, 239,616 -> ≈ 240 kB, 416 -> 416 B; zh 约', () => {
    expect([formatBytes(7_234_560, 'en'), formatBytes(239_616, 'en'), formatBytes(416, 'en')]).toEqual(['≈ 7.2 MB', '≈ 240 kB', '416 B']);
    expect(formatBytes(7_234_560, 'zh')).toBe('约 7.2 MB');
  });
});

describe('describeSelection and describeGraph', () => {
  const conv = { inputs: 8, kernel: 3, mode: 'conv' as const };
  it('conv n=8 k=3: y_3 sees x_3 to x_5: 3 inputs (shared weights); x_1 feeds y_1 only; nothing picked -> null', () => {
    expect(describeSelection(conv, { row: 'output', index: 2 }, 'en')).toBe('y₃ sees x₃ to x₅: 3 inputs, with the weights w₁…w₃ that every output shares');
    expect(describeSelection(conv, { row: 'input', index: 0 }, 'en')).toBe('x₁ feeds y₁ only');
    expect(describeSelection(conv, { row: 'input', index: 3 }, 'en')).toBe('x₄ feeds y₂ to y₄: 3 outputs');
    expect(describeSelection(conv, null, 'en')).toBeNull();
  });

  it('dense and local n=8 k=3, en and zh', () => {
    expect(describeSelection({ ...conv, mode: 'dense' }, { row: 'output', index: 0 }, 'en')).toBe('y₁ sees every input, x₁ to x₈: 8 inputs');
    expect(describeSelection({ ...conv, mode: 'local' }, { row: 'output', index: 0 }, 'en')).toBe('y₁ sees x₁ to x₃: 3 inputs, with 3 weights of its own');
    expect(describeSelection(conv, { row: 'output', index: 2 }, 'zh')).toBe('y₃ 看到 x₃ 到 x₅，共 3 个输入，用的是所有输出共享的权重 w₁…w₃');
    expect(describeSelection(conv, { row: 'input', index: 0 }, 'zh')).toBe('x₁ 只连到 y₁');
  });

  it('describeGraph conv n=8 k=3 with 18 edges', () => {
    expect(describeGraph(conv, 18, 'en')).toBe('Convolutional: 8 inputs, 6 outputs; each output sees 3 neighbouring inputs through the same 3 shared weights; 18 edges.');
    expect(describeGraph(conv, 18, 'zh')).toBe('卷积：8 个输入，6 个输出；每个输出只连 3 个相邻输入，所有输出共用同一组 3 个权重；共 18 条边。');
  });
});
