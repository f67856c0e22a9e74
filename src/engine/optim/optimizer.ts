// Optimizer: the interface of every optimiser, and the checks and per-tensor state they share.
// Imports nothing outside src/engine.
import { EngineError } from '../engineError.ts';
import { formatShape, type Tensor } from '../tensor.ts';

/**
 * Updates parameters from their gradients, one step at a time. The model calls
 * `step(params, grads)` once per batch with its trainable tensors and their gradients (same order,
 * same shapes); the optimiser changes `params[i].data` in place and keeps its own state (velocity,
 * accumulators) per parameter tensor, created at zero on first sight.
 */
export interface Optimizer {
  /** 'sgd', 'adagrad' or 'adadelta'. */
  readonly name: string;
  /** Steps taken so far (Keras' `iterations`), 0 before the first. */
  readonly iterations: number;
  /** The learning rate the next step uses: lr / (1 + decay * iterations). */
  learningRate(): number;
  /** One update of every parameter from its gradient. */
  step(params: readonly Tensor[], grads: readonly Tensor[]): void;
}

/** Throws EngineError unless `value` is a finite number in the allowed range. */
export function checkSetting(
  op: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
  maxIncluded: boolean,
  rule: string,
): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    (maxIncluded ? value <= max : value < max);
  if (!ok) throw new EngineError(`${op}: ${name} ${String(value)} is not allowed (${rule})`);
  return value;
}

/** Throws EngineError unless params and grads pair up one to one with equal shapes. */
export function checkStep(op: string, params: readonly Tensor[], grads: readonly Tensor[]): void {
  if (params.length !== grads.length) {
    throw new EngineError(
      `${op}: ${params.length} parameters but ${grads.length} gradients were given (each parameter needs its gradient)`,
    );
  }
  for (let i = 0; i < params.length; i++) {
    if (params[i].data.length !== grads[i].data.length) {
      throw new EngineError(
        `${op}: parameter ${i} has shape ${formatShape(params[i].shape)} but its gradient has shape ${formatShape(grads[i].shape)} (they must match)`,
      );
    }
  }
}

/**
 * Per-parameter state: `count` Float32Arrays of the parameter's size, zero at first use, found again
 * by the identity of the parameter tensor (a WeakMap, so a dropped model frees its state).
 */
export function createSlots(count: number): (param: Tensor) => Float32Array[] {
  const slots = new WeakMap<Tensor, Float32Array[]>();
  return (param: Tensor): Float32Array[] => {
    let state = slots.get(param);
    if (state === undefined) {
      state = Array.from({ length: count }, () => new Float32Array(param.data.length));
      slots.set(param, state);
    }
    return state;
  };
}

/**
 * The per-tensor rule of an optimiser: updates `p` in place from its gradient `g`, its state arrays
 * (as many as the optimiser asked for, zero at first) and this step's learning rate.
 */
export type UpdateRule = (p: Float32Array, g: Float32Array, state: Float32Array[], rate: number) => void;

/**
 * An Optimizer from its update rule, with what every Keras optimiser shares: the step counter,
 * learning-rate decay lr_t = lr / (1 + decay * t) with t the steps taken before this one, the
 * pairing checks, and `slotCount` state arrays per parameter tensor.
 */
export function createOptimizer(
  name: string,
  lr: number,
  decay: number,
  slotCount: number,
  update: UpdateRule,
): Optimizer {
  const stateOf = createSlots(slotCount);
  let iterations = 0;
  return {
    name,
    get iterations() {
      return iterations;
    },
    learningRate: () => lr / (1 + decay * iterations),
    step(params: readonly Tensor[], grads: readonly Tensor[]): void {
      checkStep(name, params, grads);
      const rate = lr / (1 + decay * iterations);
      for (let i = 0; i < params.length; i++) {
        update(params[i].data, grads[i].data, stateOf(params[i]), rate);
      }
      iterations++;
    },
  };
}
