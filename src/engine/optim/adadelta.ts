// Adadelta: step sizes from running averages of squared gradients and squared updates, as Keras 2's Adadelta.
// Imports nothing outside src/engine.
import { checkOptions } from '../engineError.ts';
import { checkSetting, createOptimizer, type Optimizer } from './optimizer.ts';

/** Settings of `adadelta`. */
export interface AdadeltaOptions {
  /** Learning rate, > 0; default 1.0. */
  lr?: number;
  /** Decay of the running averages, in [0, 1); default 0.95. */
  rho?: number;
  /** Keeps the roots away from zero, > 0; default 1e-7 (Keras 2's K.epsilon()). */
  epsilon?: number;
  /** Learning-rate decay per step, >= 0; default 0. */
  decay?: number;
}

/**
 * Keras 2's Adadelta. At step t, for each parameter p with gradient g, running average of squared
 * gradients a and of squared updates d (both starting at 0):
 *   lr_t = lr / (1 + decay * t)
 *   a = rho * a + (1 - rho) * g^2
 *   update = g * sqrt(d + epsilon) / sqrt(a + epsilon)
 *   p = p - lr_t * update
 *   d = rho * d + (1 - rho) * update^2
 */
export function adadelta(o: AdadeltaOptions = {}): Optimizer {
  const op = 'adadelta';
  checkOptions(op, o, false, '{ lr: 1 }');
  const lr = checkSetting(op, 'lr', o.lr ?? 1, Number.MIN_VALUE, Infinity, false, 'the learning rate must be a number > 0');
  const rho = checkSetting(op, 'rho', o.rho ?? 0.95, 0, 1, false, 'rho must be a number from 0 up to, but not including, 1');
  const epsilon = checkSetting(op, 'epsilon', o.epsilon ?? 1e-7, Number.MIN_VALUE, Infinity, false, 'epsilon must be a number > 0');
  const decay = checkSetting(op, 'decay', o.decay ?? 0, 0, Infinity, false, 'decay must be a number >= 0');
  return createOptimizer(op, lr, decay, 2, (p, g, [a, d], rate) => {
    for (let j = 0; j < p.length; j++) {
      const gj = g[j];
      const averageSquare = rho * a[j] + (1 - rho) * gj * gj;
      a[j] = averageSquare;
      const update = (gj * Math.sqrt(d[j] + epsilon)) / Math.sqrt(averageSquare + epsilon);
      p[j] -= rate * update;
      d[j] = rho * d[j] + (1 - rho) * update * update;
    }
  });
}
