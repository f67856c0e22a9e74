// Keras-style kernel initialisers (glorot_uniform, normal, he_normal, zeros) drawing from a seeded Random.
// Imports nothing outside src/engine.
import type { Random } from '../random.ts';
import type { Initializer } from './layerSpec.ts';

/** Standard deviation of Keras 1's init='normal'. */
export const NORMAL_INIT_STD = 0.05;

/**
 * Fills `values` in order (row-major, so the same seed gives the same weights bit for bit):
 * - glorotUniform: uniform in [-limit, limit), limit = sqrt(6 / (fanIn + fanOut))
 * - normal: normal(0, 0.05)
 * - heNormal: normal(0, sqrt(2 / fanIn))
 * - zeros: 0 (draws nothing)
 */
export function initializeKernel(
  values: Float32Array,
  init: Initializer,
  fanIn: number,
  fanOut: number,
  random: Random,
): void {
  switch (init) {
    case 'glorotUniform': {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      for (let i = 0; i < values.length; i++) values[i] = random.uniform(-limit, limit);
      return;
    }
    case 'normal':
      for (let i = 0; i < values.length; i++) values[i] = random.normal(0, NORMAL_INIT_STD);
      return;
    case 'heNormal': {
      const std = Math.sqrt(2 / fanIn);
      for (let i = 0; i < values.length; i++) values[i] = random.normal(0, std);
      return;
    }
    case 'zeros':
      values.fill(0);
      return;
  }
}
