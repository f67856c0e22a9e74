// Stochastic gradient descent with momentum, Nesterov momentum and learning-rate decay, as Keras' SGD.
// Imports nothing outside src/engine.
import { checkBoolean, checkOptions } from '../engineError.ts';
import { checkSetting, createOptimizer, type Optimizer } from './optimizer.ts';

/** Settings of `sgd`; only lr is required. */
export interface SgdOptions {
  /** Learning rate, > 0. */
  lr: number;
  /** Momentum in [0, 1); default 0 (plain gradient descent). */
  momentum?: number;
  /** Nesterov momentum; default false. */
  nesterov?: boolean;
  /** Learning-rate decay per step, >= 0; default 0. */
  decay?: number;
}

/**
 * Keras' SGD. At step t (t = iterations before this step, starting at 0), for each parameter p with
 * gradient g and velocity v (starting at 0):
 *   lr_t = lr / (1 + decay * t)
 *   v = momentum * v - lr_t * g
 *   p = p + (nesterov ? momentum * v - lr_t * g : v)
 */
export function sgd(o: SgdOptions): Optimizer {
  const op = 'sgd';
  checkOptions(op, o, true, '{ lr: 0.01 }');
  const lr = checkSetting(op, 'lr', o.lr, Number.MIN_VALUE, Infinity, false, 'the learning rate must be a number > 0');
  const momentum = checkSetting(op, 'momentum', o.momentum ?? 0, 0, 1, false, 'momentum must be a number from 0 up to, but not including, 1');
  const decay = checkSetting(op, 'decay', o.decay ?? 0, 0, Infinity, false, 'decay must be a number >= 0');
  const nesterov = checkBoolean(op, 'nesterov', o.nesterov, false);
  return createOptimizer(op, lr, decay, 1, (p, g, [v], rate) => {
    for (let j = 0; j < p.length; j++) {
      const velocity = momentum * v[j] - rate * g[j];
      v[j] = velocity;
      p[j] += nesterov ? momentum * velocity - rate * g[j] : velocity;
    }
  });
}
