// Tests of the model's entry-point guards, called directly.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import {
  checkBatchSize,
  checkClassOutput,
  checkInputShape,
  checkLabels,
  checkProbabilities,
  checkSamples,
} from '../../../src/engine/model/checkInputs.ts';
import { tensor } from '../../../src/engine/tensor.ts';

function expectError(run: () => unknown, message: string): void {
  expect(run).toThrow(EngineError);
  expect(run).toThrow(message);
}

describe('checkInputs', () => {
  it('checkInputShape [1,28,28] -> ok; [1,28] -> EngineError with an example', () => {
    expect(() => checkInputShape([1, 28, 28])).not.toThrow();
    expectError(() => checkInputShape([1, 28]), 'createModel: input shape [1,28] is not allowed (the input shape is [C,H,W]: three whole numbers >= 1, e.g. [1,28,28])');
  });

  it('checkSamples x=[5,1,2,2] for [1,2,2] -> 5; x=[0,1,2,2] -> EngineError', () => {
    expect(checkSamples('op', tensor([5, 1, 2, 2]), [1, 2, 2])).toBe(5);
    expectError(() => checkSamples('op', tensor([0, 1, 2, 2]), [1, 2, 2]), 'op: x has shape [0,1,2,2] but the model takes [N,1,2,2]');
  });

  it.each([
    ['data 7 for [2,1,2,2]', { shape: [2, 1, 2, 2], data: new Float32Array(7) }, 'op: x has shape [2,1,2,2], that is 8 numbers, but its data holds 7 (they must match)'],
    ['N=1.5', { shape: [1.5, 1, 2, 2], data: new Float32Array(6) }, 'op: x has shape [1.5,1,2,2] with size 1.5 in dimension 0'],
  ])('checkSamples x %s for [1,2,2] -> EngineError naming x', (_name, x, message) => {
    expectError(() => checkSamples('op', x, [1, 2, 2]), message);
  });

  it('checkLabels: Uint8Array labels -> ok; a number instead of a list -> EngineError', () => {
    expect(() => checkLabels('op', Uint8Array.from([0, 9]), 2, 10)).not.toThrow();
    expectError(() => checkLabels('op', 3 as unknown as number[], 2, 10), 'op: 3 labels for 2 samples');
    expectError(() => checkLabels('op', [0, -1], 2, 10), 'op: label -1 of sample 1 is not a class index');
  });

  it('checkClassOutput [10] -> 10; [2,3] -> EngineError', () => {
    expect(checkClassOutput('op', [10])).toBe(10);
    expectError(() => checkClassOutput('op', [2, 3]), "op: the model's output has shape [2,3]");
  });

  it('checkBatchSize 32 -> 32; 2.5 -> EngineError', () => {
    expect(checkBatchSize('op', 32)).toBe(32);
    expectError(() => checkBatchSize('op', 2.5), 'op: batchSize 2.5 is not allowed (batchSize must be a whole number >= 1)');
  });

  it('checkProbabilities: rows of zeros -> EngineError naming the sample', () => {
    expect(() => checkProbabilities('op', Float32Array.from([0.2, 0.8]), 1, 2)).not.toThrow();
    expectError(() => checkProbabilities('op', Float32Array.from([0.5, 0.5, 0, 0]), 2, 2), 'op: the outputs of sample 1 are all 0');
  });
});
