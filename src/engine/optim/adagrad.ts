// Adagrad: per-weight learning rates shrinking with the sum of squared gradients, as Keras 2's Adagrad.
// Imports nothing outside src/engine.
import { checkOptions } from '../engineError.ts';
import { checkSetting, createOptimizer, type Optimizer } from './optimizer.ts';

/** Settings of `adagrad`. */
export interface AdagradOptions {
  /** Learning rate, > 0; default 0.01. */
  lr?: number;
  /** Added to the root of the accumulator, > 0; default 1e-7 (Keras 2's K.epsilon()). */
  epsilon?: number;
  /** Learning-rate decay per step, >= 0; default 0. */
  decay?: number;
}

/**
 * Keras 2's Adagrad. At step t, for each parameter p with gradient g and accumulator a (starting at 0):
 *   lr_t = lr / (1 + decay * t)
 *   a = a + g^2
 *   p = p - lr_t * g / (sqrt(a) + epsilon)
 */
export function adagrad(o: AdagradOptions = {}): Optimizer {
  const op = 'adagrad';
  checkOptions(op, o, false, '{ lr: 0.01 }');
  const lr = checkSetting(op, 'lr', o.lr ?? 0.01, Number.MIN_VALUE, Infinity, false, 'the learning rate must be a number > 0');
  const epsilon = checkSetting(op, 'epsilon', o.epsilon ?? 1e-7, Number.MIN_VALUE, Infinity, false, 'epsilon must be a number > 0');
  const decay = checkSetting(op, 'decay', o.decay ?? 0, 0, Infinity, false, 'decay must be a number >= 0');
  return createOptimizer(op, lr, decay, 1, (p, g, [a], rate) => {
    for (let j = 0; j < p.length; j++) {
      const gj = g[j];
      const accumulated = a[j] + gj * gj;
      a[j] = accumulated;
      p[j] -= (rate * gj) / (Math.sqrt(accumulated) + epsilon);
    }
  });
}
