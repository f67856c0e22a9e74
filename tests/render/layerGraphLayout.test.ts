// Tests of the shared layer-graph layout (edge counts per connectivity, positions, labels), its
// kernel styles and its row keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowKeyTarget } from '../../src/render/layerGraphKeys.ts';
import { graphOutputCount, LAYER_GRAPH_SIZE, layoutLayerGraph, subscript } from '../../src/render/layerGraphLayout.ts';
import { kernelStyle, weightStrokeWidth } from '../../src/render/layerGraphStyle.ts';

describe('layoutLayerGraph', () => {
  it.each([
    [8, 3, 'dense', 48],
    [8, 3, 'local', 18],
    [16, 1, 'dense', 256],
    [16, 16, 'local', 16],
    [2, 1, 'local', 2],
  ] as const)('n=%i k=%i %s -> %i edges', (n, k, connectivity, edges) => {
    expect(layoutLayerGraph({ inputs: n, kernel: k, connectivity }).edges).toHaveLength(edges);
  });

  it('edge counts: dense n(n-k+1), local k(n-k+1), for every 2 <= n <= 16, 1 <= k <= n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 16 }), fc.integer({ min: 1, max: 16 }), (n, kRaw) => {
        const k = Math.min(n, kRaw);
        const m = n - k + 1;
        expect(layoutLayerGraph({ inputs: n, kernel: k, connectivity: 'dense' }).edges).toHaveLength(n * m);
        expect(layoutLayerGraph({ inputs: n, kernel: k, connectivity: 'local' }).edges).toHaveLength(k * m);
      }),
    );
  });

  it('every neuron, edge end and label lies inside the 400x180 view box; inputs above outputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 16 }), fc.integer({ min: 1, max: 16 }), fc.constantFrom('dense', 'local' as const), (n, kRaw, connectivity) => {
        const g = layoutLayerGraph({ inputs: n, kernel: Math.min(n, kRaw), connectivity });
        const inside = (x: number, y: number) => x >= 0 && x <= g.width && y >= 0 && y <= g.height;
        for (const node of [...g.inputs, ...g.outputs]) expect(inside(node.x, node.y)).toBe(true);
        for (const e of g.edges) {
          expect(inside(e.x1, e.y1) && inside(e.x2, e.y2)).toBe(true);
          expect(inside(e.labelNearInput.x, e.labelNearInput.y) && inside(e.labelNearOutput.x, e.labelNearOutput.y)).toBe(true);
        }
        expect(g.inputs[0].y).toBeLessThan(g.outputs[0].y);
        expect(g.inputLabelY).toBeGreaterThan(0);
        expect(g.outputLabelY).toBeLessThanOrEqual(g.height);
      }),
    );
  });

  it('n=8 k=3: 6 outputs, y_1 under the middle of x_1..x_3, labels x₁ and y₆, local edge kernel indices 0..2', () => {
    const g = layoutLayerGraph({ inputs: 8, kernel: 3, connectivity: 'local' });
    expect(g.outputs).toHaveLength(6);
    expect(g.outputs[0].x).toBeCloseTo(g.inputs[1].x, 0);
    expect(g.inputs[0].label).toBe('x₁');
    expect(g.outputs[5].label).toBe('y₆');
    expect(g.edges.filter((e) => e.output === 2).map((e) => [e.input, e.kernelIndex])).toEqual([
      [2, 0],
      [3, 1],
      [4, 2],
    ]);
    expect(g.width).toBe(LAYER_GRAPH_SIZE.width);
  });

  it('dense n=4 k=2: edges outside the window have kernelIndex null, inside p = i - j', () => {
    const g = layoutLayerGraph({ inputs: 4, kernel: 2, connectivity: 'dense' });
    const y2 = g.edges.filter((e) => e.output === 1).map((e) => e.kernelIndex);
    expect(y2).toEqual([null, 0, 1, null]);
  });

  it('local edges of one output get distinct shades in [0.35, 1)', () => {
    const g = layoutLayerGraph({ inputs: 16, kernel: 5, connectivity: 'local' });
    const shades = g.edges.map((e) => e.shade);
    for (const s of shades) expect(s >= 0.35 && s < 1).toBe(true);
    for (let j = 0; j < g.outputs.length; j++) {
      const own = g.edges.filter((e) => e.output === j).map((e) => e.shade);
      expect(new Set(own).size).toBe(own.length);
    }
  });

  it('hit targets tile the row without overlap and minCssWidth keeps them >= 24 CSS px (n=16 -> 409 px)', () => {
    for (let n = 2; n <= 16; n++) {
      const g = layoutLayerGraph({ inputs: n, kernel: 1, connectivity: 'local' });
      const spacing = n > 1 ? g.inputs[1].x - g.inputs[0].x : Infinity;
      expect(g.hitWidth).toBeLessThanOrEqual(spacing + 0.1);
      const scale = g.minCssWidth / g.width;
      expect(Math.min(g.hitWidth, g.hitHeight) * scale).toBeGreaterThanOrEqual(23.9);
    }
    expect(layoutLayerGraph({ inputs: 16, kernel: 3, connectivity: 'dense' }).minCssWidth).toBe(409);
  });

  it('clamps k to [1, n]: n=4 k=9 -> 1 output; graphOutputCount(8, 3) = 6', () => {
    expect(layoutLayerGraph({ inputs: 4, kernel: 9, connectivity: 'local' }).outputs).toHaveLength(1);
    expect(graphOutputCount(8, 3)).toBe(6);
  });

  it('subscript(12) -> ₁₂', () => {
    expect(subscript(12)).toBe('₁₂');
  });
});

describe('layerGraphStyle', () => {
  it('kernelStyle: p=0 solid k0, p=1 dashed k1, p=7 colour 0 with dash 2; 35 indices all distinct', () => {
    expect(kernelStyle(0)).toEqual({ colourClass: 'layer-graph-k0', dash: '' });
    expect(kernelStyle(1).colourClass).toBe('layer-graph-k1');
    expect(kernelStyle(1).dash).not.toBe('');
    expect(kernelStyle(7)).toEqual({ colourClass: 'layer-graph-k0', dash: kernelStyle(2).dash });
    const looks = new Set(Array.from({ length: 35 }, (_, p) => JSON.stringify(kernelStyle(p))));
    expect(looks.size).toBe(35);
  });

  it('weightStrokeWidth: 0 -> 0.75, ±1 -> 2.35, grows with |w|, capped at |w| = 10, NaN -> 0.75', () => {
    expect(weightStrokeWidth(0)).toBe(0.75);
    expect(weightStrokeWidth(-1)).toBe(2.35);
    expect(weightStrokeWidth(1)).toBe(2.35);
    expect(weightStrokeWidth(2)).toBeGreaterThan(weightStrokeWidth(1));
    expect(weightStrokeWidth(50)).toBe(weightStrokeWidth(10));
    expect(weightStrokeWidth(Number.NaN)).toBe(0.75);
  });
});

describe('rowKeyTarget', () => {
  it.each([
    ['ArrowRight', 2, 5, 3],
    ['ArrowDown', 4, 5, 4],
    ['ArrowLeft', 0, 5, 0],
    ['ArrowUp', 3, 5, 2],
    ['Home', 3, 5, 0],
    ['End', 0, 5, 4],
    ['a', 1, 5, null],
  ] as const)('%s from %i of %i -> %s', (key, index, count, target) => {
    expect(rowKeyTarget(key, index, count)).toBe(target);
  });
});
