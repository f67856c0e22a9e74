// Categorical cross-entropy on class-index labels: loss, accuracy and gradients (fused with softmax or not).
// Imports nothing outside src/engine.
import type { FloatArray } from '../layers/activations.ts';
import { portableLog } from '../portableMath.ts';

/** Probabilities are clipped to [EPSILON, 1 - EPSILON] before the logarithm, as Keras does (K.epsilon()). */
export const CROSS_ENTROPY_EPSILON = 1e-7;

/** Summed loss and number of correct predictions over a batch. */
export interface LossTally {
  /** sum over samples of -log(clip(p[n, label[n]] / sum_k p[n,k])). */
  lossSum: number;
  /** Samples whose largest output (the first on ties) is at the label. */
  correct: number;
}

/**
 * Cross-entropy and accuracy of outputs p [N,K] read as probabilities, as Keras'
 * categorical_crossentropy: each row is divided by its sum (a no-op after softmax), clipped to
 * [1e-7, 1 - 1e-7], and the loss of sample n is -log(p[n, label[n]]). Sample n's label is
 * labels[labelStart + n].
 */
export function crossEntropyTally(
  p: FloatArray,
  labels: ArrayLike<number>,
  batch: number,
  classes: number,
  labelStart = 0,
): LossTally {
  let lossSum = 0;
  let correct = 0;
  for (let n = 0; n < batch; n++) {
    const row = n * classes;
    const label = labels[labelStart + n];
    let sum = 0;
    let best = 0;
    for (let k = 0; k < classes; k++) {
      const v = p[row + k];
      sum += v;
      if (v > p[row + best]) best = k;
    }
    const probability = clip(p[row + label] / sum);
    // Why portable: Math.log may differ in the last bit between JS engines; the reported loss must not.
    lossSum -= portableLog(probability);
    if (best === label) correct++;
  }
  return { lossSum, correct };
}

/**
 * Fused softmax + cross-entropy backward: for softmax outputs p [N,K] the gradient of the mean loss
 * with respect to the softmax's input z is dz[n,k] = (p[n,k] - onehot[n,k]) / N.
 * (Why fused: it skips the softmax Jacobian and stays exact where p is tiny.)
 * This is the gradient of the unclipped loss. Read literally, Keras' clip to [1e-7, 1 - 1e-7]
 * would give a sample whose label probability is clipped no gradient at all; here a confidently
 * wrong sample still learns. The reported loss is clipped as Keras reports it.
 */
export function softmaxCrossEntropyGradient(
  p: FloatArray,
  labels: ArrayLike<number>,
  batch: number,
  classes: number,
  dz: FloatArray,
): void {
  const scale = 1 / batch;
  for (let n = 0; n < batch; n++) {
    const row = n * classes;
    for (let k = 0; k < classes; k++) dz[row + k] = p[row + k] * scale;
    dz[row + labels[n]] -= scale;
  }
}

/**
 * Gradient of the mean Keras cross-entropy with respect to outputs p [N,K] that are not a softmax:
 * with S = sum_k p[n,k] and q = p[n,label] / S, dp[n,k] = (1/S - [k = label] / p[n,label]) / N
 * while q lies inside the clip range, and 0 where the clip holds q fixed.
 */
export function crossEntropyGradient(
  p: FloatArray,
  labels: ArrayLike<number>,
  batch: number,
  classes: number,
  dp: FloatArray,
): void {
  const scale = 1 / batch;
  for (let n = 0; n < batch; n++) {
    const row = n * classes;
    const label = labels[n];
    let sum = 0;
    for (let k = 0; k < classes; k++) sum += p[row + k];
    const q = p[row + label] / sum;
    const clipped = q < CROSS_ENTROPY_EPSILON || q > 1 - CROSS_ENTROPY_EPSILON;
    for (let k = 0; k < classes; k++) dp[row + k] = clipped ? 0 : scale / sum;
    if (!clipped) dp[row + label] -= scale / p[row + label];
  }
}

/** Clips a probability to [EPSILON, 1 - EPSILON]. */
function clip(q: number): number {
  if (q < CROSS_ENTROPY_EPSILON) return CROSS_ENTROPY_EPSILON;
  if (q > 1 - CROSS_ENTROPY_EPSILON) return 1 - CROSS_ENTROPY_EPSILON;
  return q;
}
