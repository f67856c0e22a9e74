// Tests of the optimisers' shared helpers: setting checks, step checks, per-tensor state slots,
// and the common optimiser shell (step counter, learning-rate decay).
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { checkSetting, checkStep, createOptimizer, createSlots } from '../../../src/engine/optim/optimizer.ts';
import { tensor } from '../../../src/engine/tensor.ts';

describe('optimizer helpers', () => {
  it('checkSetting 0.5 in [0,1) -> 0.5; 1 with max excluded, "x", Infinity -> EngineError', () => {
    expect(checkSetting('op', 'rho', 0.5, 0, 1, false, 'rule')).toBe(0.5);
    expect(checkSetting('op', 'rho', 1, 0, 1, true, 'rule')).toBe(1);
    for (const bad of [1, 'x', Infinity]) {
      expect(() => checkSetting('op', 'rho', bad, 0, 1, false, 'rule')).toThrow(EngineError);
      expect(() => checkSetting('op', 'rho', bad, 0, 1, false, 'rule')).toThrow(`op: rho ${String(bad)} is not allowed (rule)`);
    }
  });

  it('checkStep with matching pairs -> no error', () => {
    expect(() => checkStep('op', [tensor([2, 2])], [tensor([2, 2])])).not.toThrow();
  });

  it('createSlots(2) -> two zeroed arrays per tensor, the same arrays on the next call', () => {
    const slotsOf = createSlots(2);
    const a = tensor([3]);
    const first = slotsOf(a);
    expect(first.map((s) => Array.from(s))).toEqual([[0, 0, 0], [0, 0, 0]]);
    first[0][1] = 7;
    expect(slotsOf(a)[0][1]).toBe(7);
    expect(slotsOf(tensor([3]))[0][1]).toBe(0);
  });

  it('createOptimizer lr=1 decay=0.5: rates 1, 2/3, 1/2 over three steps; iterations counted; pairs checked', () => {
    const rates: number[] = [];
    const optimizer = createOptimizer('demo', 1, 0.5, 1, (p, g, [s], rate) => {
      rates.push(rate);
      s[0] += 1;
      p[0] -= rate * g[0];
    });
    const param = tensor([1], [0]);
    const grad = tensor([1], [1]);
    expect(optimizer.learningRate()).toBe(1);
    for (let step = 0; step < 3; step++) optimizer.step([param], [grad]);
    expect(rates).toEqual([1, 1 / 1.5, 1 / 2]);
    expect(optimizer.iterations).toBe(3);
    expect(optimizer.learningRate()).toBeCloseTo(1 / 2.5, 12);
    expect(param.data[0]).toBeCloseTo(-(1 + 1 / 1.5 + 0.5), 6);
    expect(() => optimizer.step([param], [])).toThrow('demo: 1 parameters but 0 gradients were given');
  });
});
