// Tests of Keras' SGD against hand-computed steps (momentum, Nesterov, decay) and its guards.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { sgd } from '../../../src/engine/optim/sgd.ts';
import { tensor } from '../../../src/engine/tensor.ts';

function twoSteps(o: Parameters<typeof sgd>[0]): number[] {
  const optimizer = sgd(o);
  const p = tensor([1], [1]);
  const g = tensor([1], [0.5]);
  optimizer.step([p], [g]);
  const first = p.data[0];
  optimizer.step([p], [g]);
  return [first, p.data[0]];
}

describe('sgd', () => {
  it('lr=0.1 p=1 g=0.5 -> 0.95, 0.9 (plain gradient descent)', () => {
    const [a, b] = twoSteps({ lr: 0.1 });
    expect(a).toBeCloseTo(0.95, 6);
    expect(b).toBeCloseTo(0.9, 6);
  });

  it('lr=0.1 momentum=0.9 decay=0.5 p=1 g=0.5 -> 0.95, 0.8716667 (v=-0.05, then lr_t=0.1/1.5, v=-0.0783333)', () => {
    const [a, b] = twoSteps({ lr: 0.1, momentum: 0.9, decay: 0.5 });
    expect(a).toBeCloseTo(0.95, 6);
    expect(b).toBeCloseTo(0.8716667, 6);
  });

  it('lr=0.1 momentum=0.9 Nesterov decay=0.5 p=1 g=0.5 -> 0.905, 0.8011667 (p += 0.9 v - lr_t g)', () => {
    const [a, b] = twoSteps({ lr: 0.1, momentum: 0.9, nesterov: true, decay: 0.5 });
    expect(a).toBeCloseTo(0.905, 6);
    expect(b).toBeCloseTo(0.8011667, 6);
  });

  it('iterations and learningRate: lr=0.05 decay=1e-6 -> 0.05, then 0.05/(1+1e-6) after one step', () => {
    const optimizer = sgd({ lr: 0.05, decay: 1e-6 });
    expect(optimizer.iterations).toBe(0);
    expect(optimizer.learningRate()).toBe(0.05);
    optimizer.step([tensor([2])], [tensor([2])]);
    expect(optimizer.iterations).toBe(1);
    expect(optimizer.learningRate()).toBeCloseTo(0.05 / (1 + 1e-6), 15);
  });

  it('two parameters -> each keeps its own velocity', () => {
    const optimizer = sgd({ lr: 1, momentum: 0.5 });
    const a = tensor([1], [0]);
    const b = tensor([2], [0, 0]);
    optimizer.step([a, b], [tensor([1], [1]), tensor([2], [2, 2])]);
    optimizer.step([a, b], [tensor([1], [0]), tensor([2], [0, 0])]);
    expect(a.data[0]).toBeCloseTo(-1.5, 6);
    expect(Array.from(b.data)).toEqual([-3, -3]);
  });

  it.each<[string, Parameters<typeof sgd>[0], string]>([
    ['lr 0', { lr: 0 }, 'sgd: lr 0 is not allowed (the learning rate must be a number > 0)'],
    ['lr NaN', { lr: NaN }, 'sgd: lr NaN is not allowed'],
    ['momentum 1', { lr: 1, momentum: 1 }, 'sgd: momentum 1 is not allowed (momentum must be a number from 0 up to, but not including, 1)'],
    ['momentum -0.1', { lr: 1, momentum: -0.1 }, 'sgd: momentum -0.1 is not allowed'],
    ['decay -1', { lr: 1, decay: -1 }, 'sgd: decay -1 is not allowed (decay must be a number >= 0)'],
    ["nesterov 'false'", { lr: 1, nesterov: 'false' as never }, 'sgd: nesterov "false" is not allowed (nesterov must be true or false)'],
    ['nesterov 1', { lr: 1, nesterov: 1 as never }, 'sgd: nesterov 1 is not allowed (nesterov must be true or false)'],
    ['options left out', undefined as never, 'sgd: options undefined are not allowed (sgd needs an object of options, e.g. { lr: 0.01 })'],
    ['options null', null as never, 'sgd: options null are not allowed'],
  ])('sgd %s -> EngineError naming the setting', (_, options, message) => {
    expect(() => sgd(options)).toThrow(EngineError);
    expect(() => sgd(options)).toThrow(message);
  });

  it('step with 2 params and 1 gradient, or shapes [2] and [3] -> EngineError', () => {
    const optimizer = sgd({ lr: 1 });
    expect(() => optimizer.step([tensor([1]), tensor([1])], [tensor([1])])).toThrow(
      'sgd: 2 parameters but 1 gradients were given (each parameter needs its gradient)',
    );
    expect(() => optimizer.step([tensor([2])], [tensor([3])])).toThrow('sgd: parameter 0 has shape [2] but its gradient has shape [3] (they must match)');
  });
});
