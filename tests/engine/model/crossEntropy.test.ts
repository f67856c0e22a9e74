// Tests of categorical cross-entropy: Keras' values, the fused softmax gradient and the plain gradient (float64 finite differences).
import { describe, expect, it } from 'vitest';
import { activationForward } from '../../../src/engine/layers/activations.ts';
import {
  CROSS_ENTROPY_EPSILON,
  crossEntropyGradient,
  crossEntropyTally,
  softmaxCrossEntropyGradient,
} from '../../../src/engine/model/crossEntropy.ts';
import { maxAbsDifference, numericGradient, testNumbers } from '../numericGradient.ts';

const BATCH = 3;
const CLASSES = 4;
const LABELS = [2, 0, 3];

/** Mean cross-entropy of softmax(z) for z [3,4], all in float64. */
function softmaxLoss(z: Float64Array): number {
  const p = new Float64Array(z.length);
  activationForward('softmax', z, p, BATCH, CLASSES);
  return crossEntropyTally(p, LABELS, BATCH, CLASSES).lossSum / BATCH;
}

describe('crossEntropyTally', () => {
  it('p=[[0.1,0.2,0.7],[0.5,0.4,0.1]] labels=[2,1] -> loss -(ln 0.7 + ln 0.4), 1 correct', () => {
    const p = Float64Array.from([0.1, 0.2, 0.7, 0.5, 0.4, 0.1]);
    const { lossSum, correct } = crossEntropyTally(p, [2, 1], 2, 3);
    expect(lossSum).toBeCloseTo(-(Math.log(0.7) + Math.log(0.4)), 14);
    expect(correct).toBe(1);
  });

  it('p=[[1,0]] label=1 -> loss -ln(1e-7) (clipped as Keras)', () => {
    const { lossSum } = crossEntropyTally(Float64Array.from([1, 0]), [1], 1, 2);
    expect(lossSum).toBeCloseTo(-Math.log(CROSS_ENTROPY_EPSILON), 10);
  });

  it('unnormalised p=[[2,6]] label=1 -> rows divided by their sum: loss -ln(0.75)', () => {
    expect(crossEntropyTally(Float64Array.from([2, 6]), [1], 1, 2).lossSum).toBeCloseTo(-Math.log(0.75), 14);
  });

  it('ties p=[[0.5,0.5]] label=1 -> not correct (the first maximum wins, as argmax)', () => {
    expect(crossEntropyTally(Float64Array.from([0.5, 0.5]), [1], 1, 2).correct).toBe(0);
  });

  it('labelStart=2 -> sample n reads labels[2 + n]', () => {
    const { correct } = crossEntropyTally(Float64Array.from([0, 1, 1, 0]), [9, 9, 1, 0], 2, 2, 2);
    expect(correct).toBe(2);
  });
});

describe('softmaxCrossEntropyGradient', () => {
  it('z [3,4] -> (p - onehot) / N equals finite differences of the mean loss of softmax(z)', () => {
    const z = Float64Array.from(testNumbers(BATCH * CLASSES, 1).map((v) => 3 * v));
    const p = new Float64Array(z.length);
    activationForward('softmax', z, p, BATCH, CLASSES);
    const dz = new Float64Array(z.length);
    softmaxCrossEntropyGradient(p, LABELS, BATCH, CLASSES, dz);
    expect(maxAbsDifference(dz, numericGradient(() => softmaxLoss(z), z, 1e-6))).toBeLessThan(1e-9);
  });
});

describe('crossEntropyGradient', () => {
  it('positive p [3,4] -> dp equals finite differences of the mean Keras loss', () => {
    const p = Float64Array.from(testNumbers(BATCH * CLASSES, 2).map((v) => 1.2 + v));
    const dp = new Float64Array(p.length);
    crossEntropyGradient(p, LABELS, BATCH, CLASSES, dp);
    const loss = () => crossEntropyTally(p, LABELS, BATCH, CLASSES).lossSum / BATCH;
    expect(maxAbsDifference(dp, numericGradient(loss, p, 1e-6))).toBeLessThan(1e-8);
  });

  it('p=[[1,0]] label=1 (clipped) -> zero gradient', () => {
    const dp = new Float64Array(2);
    crossEntropyGradient(Float64Array.from([1, 0]), [1], 1, 2, dp);
    expect(Array.from(dp)).toEqual([0, 0]);
  });
});
