// Tests of Keras 2's Adagrad against hand-computed steps, and its guards.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { adagrad } from '../../../src/engine/optim/adagrad.ts';
import { tensor } from '../../../src/engine/tensor.ts';

describe('adagrad', () => {
  it('lr=0.1 p=1 g=0.5 twice -> 0.90000002, 0.82928935 (a=0.25 then 0.5; p -= lr g/(sqrt(a)+1e-7))', () => {
    const optimizer = adagrad({ lr: 0.1 });
    const p = tensor([1], [1]);
    optimizer.step([p], [tensor([1], [0.5])]);
    expect(p.data[0]).toBeCloseTo(0.90000002, 6);
    optimizer.step([p], [tensor([1], [0.5])]);
    expect(p.data[0]).toBeCloseTo(0.82928935, 6);
    expect(optimizer.iterations).toBe(2);
  });

  it('defaults -> lr 0.01, first step of any nonzero g moves p by about lr', () => {
    const optimizer = adagrad();
    const p = tensor([2], [0, 0]);
    optimizer.step([p], [tensor([2], [3, -0.001])]);
    expect(optimizer.learningRate()).toBe(0.01);
    expect(p.data[0]).toBeCloseTo(-0.01, 6);
    expect(p.data[1]).toBeCloseTo(0.01, 4);
  });

  it('adagrad() with options left out uses the defaults; adagrad(null) -> EngineError naming the options', () => {
    expect(adagrad().learningRate()).toBe(adagrad({}).learningRate());
    expect(() => adagrad(null as never)).toThrow(EngineError);
    expect(() => adagrad(null as never)).toThrow('adagrad: options null are not allowed (give an object of options');
  });

  it.each<[string, Parameters<typeof adagrad>[0], string]>([
    ['lr -1', { lr: -1 }, 'adagrad: lr -1 is not allowed'],
    ['epsilon 0', { epsilon: 0 }, 'adagrad: epsilon 0 is not allowed (epsilon must be a number > 0)'],
    ['decay NaN', { decay: NaN }, 'adagrad: decay NaN is not allowed'],
  ])('adagrad %s -> EngineError naming the setting', (_, options, message) => {
    expect(() => adagrad(options)).toThrow(EngineError);
    expect(() => adagrad(options)).toThrow(message);
  });
});
