// Tests of Keras 2's Adadelta against hand-computed steps, and its guards.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { adadelta } from '../../../src/engine/optim/adadelta.ts';
import { tensor } from '../../../src/engine/tensor.ts';

describe('adadelta', () => {
  it('defaults p=1 g=0.5 then -0.25 -> 0.99858579, 0.99949866', () => {
    // Step 1: a = 0.05*0.25 = 0.0125; update = 0.5*sqrt(1e-7)/sqrt(0.0125+1e-7) = 0.0014142079;
    // d = 0.05*update^2. Step 2: a = 0.95*0.0125 + 0.05*0.0625; update = -0.25*sqrt(d+1e-7)/sqrt(a+1e-7).
    const optimizer = adadelta();
    const p = tensor([1], [1]);
    optimizer.step([p], [tensor([1], [0.5])]);
    expect(p.data[0]).toBeCloseTo(0.99858579, 6);
    optimizer.step([p], [tensor([1], [-0.25])]);
    expect(p.data[0]).toBeCloseTo(0.99949866, 6);
  });

  it('lr=2 -> the default step doubled', () => {
    const p = tensor([1], [1]);
    adadelta({ lr: 2 }).step([p], [tensor([1], [0.5])]);
    expect(p.data[0]).toBeCloseTo(1 - 2 * 0.0014142079, 6);
  });

  it('adadelta() with options left out uses the defaults; adadelta(null) -> EngineError naming the options', () => {
    expect(adadelta().learningRate()).toBe(adadelta({}).learningRate());
    expect(() => adadelta(null as never)).toThrow(EngineError);
    expect(() => adadelta(null as never)).toThrow('adadelta: options null are not allowed (give an object of options');
  });

  it.each<[string, Parameters<typeof adadelta>[0], string]>([
    ['rho 1', { rho: 1 }, 'adadelta: rho 1 is not allowed (rho must be a number from 0 up to, but not including, 1)'],
    ['lr 0', { lr: 0 }, 'adadelta: lr 0 is not allowed'],
    ['epsilon -1', { epsilon: -1 }, 'adadelta: epsilon -1 is not allowed'],
    ['decay -0.5', { decay: -0.5 }, 'adadelta: decay -0.5 is not allowed'],
  ])('adadelta %s -> EngineError naming the setting', (_, options, message) => {
    expect(() => adadelta(options)).toThrow(EngineError);
    expect(() => adadelta(options)).toThrow(message);
  });
});
