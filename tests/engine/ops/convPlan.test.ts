// Tests of convPlan: resolved geometries for conv2d and conv1d, and the shared operand guards.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { checkBias, checkChannels, checkGradient, checkSizes, outputShape2d, planConv1d, planConv2d } from '../../../src/engine/ops/convPlan.ts';
import { tensor } from '../../../src/engine/tensor.ts';

function expectEngineError(run: () => unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(EngineError);
  expect((thrown as Error).message).toMatch(message);
}

describe('planConv2d', () => {
  it('planConv2d x=[2,4,7,8] w=[6,2,4,3] s=2 same groups=2 -> 4x4 output, odd padding row at the bottom', () => {
    const g = planConv2d('conv2d', tensor([2, 4, 7, 8]), tensor([6, 2, 4, 3]), { stride: 2, padding: 'same', groups: 2 });
    expect(g).toEqual({
      batch: 2, inChannels: 4, inHeight: 7, inWidth: 8, outChannels: 6, kernelHeight: 4, kernelWidth: 3,
      strideH: 2, strideW: 2, dilationH: 1, dilationW: 1, padTop: 1, padLeft: 0, outHeight: 4, outWidth: 4, groups: 2,
    });
    expect(outputShape2d(g)).toEqual([2, 6, 4, 4]);
  });

  it('planConv2d x=[1,1,5,6] k=3 d=[1,2] full -> padding d*(k-1) per side', () => {
    const g = planConv2d('conv2d', tensor([1, 1, 5, 6]), tensor([1, 1, 3, 3]), { dilation: [1, 2], padding: 'full' });
    expect([g.padTop, g.padLeft, g.outHeight, g.outWidth]).toEqual([2, 4, 7, 10]);
  });
});

describe('planConv1d', () => {
  it('planConv1d x=[1,2,9] w=[3,2,4] s=2 same -> a height-1 geometry of width 5', () => {
    const g = planConv1d('conv1d', tensor([1, 2, 9]), tensor([3, 2, 4]), { stride: 2, padding: 'same' });
    expect([g.inHeight, g.kernelHeight, g.strideH, g.padTop, g.outHeight]).toEqual([1, 1, 1, 0, 1]);
    expect([g.inWidth, g.kernelWidth, g.strideW, g.padLeft, g.outWidth]).toEqual([9, 4, 2, 1, 5]);
  });
});

describe('convPlan guards', () => {
  it('checkSizes x=[1,-2,3] throws: sizes must be whole numbers >= 1', () => {
    expectEngineError(() => checkSizes('op', { shape: [1, -2, 3], data: new Float32Array(0) }, 'x', true), /^op: x has shape \[1,-2,3\] with size -2 in dimension 1 \(sizes must be whole numbers >= 1\)/);
  });
  it('checkSizes allows a batch of 0 only in the first dimension', () => {
    expect(() => checkSizes('op', tensor([0, 2, 3]), 'x', true)).not.toThrow();
    expectEngineError(() => checkSizes('op', tensor([0, 2, 3]), 'w', false), /^op: w has shape \[0,2,3\] with size 0 in dimension 0 \(sizes must be whole numbers >= 1\)/);
  });
  it('checkBias accepts null and undefined, and throws for b=[2,2] with 4 output channels', () => {
    expect(() => checkBias('op', null, 4)).not.toThrow();
    expect(() => checkBias('op', undefined, 4)).not.toThrow();
    expectEngineError(() => checkBias('op', tensor([2, 2]), 4), /^op: bias has shape \[2,2\] but w has 4 output channels/);
  });
  it("checkGradient dy=[1,2,4] holding 7 numbers throws naming its data; forward 'maxPool2d' is named", () => {
    expectEngineError(() => checkGradient('op', { shape: [1, 2, 4], data: new Float32Array(7) }, [1, 2, 4]), /^op: dy has shape \[1,2,4\], that is 8 numbers, but its data holds 7/);
    expectEngineError(() => checkGradient('op', tensor([1, 2, 3]), [1, 2, 4], 'maxPool2d'), /^op: dy has shape \[1,2,3\] but maxPool2d's output is \[1,2,4\]/);
  });
  it('checkChannels transposed x=[1,2,3,3] w=[3,1,3,3] throws naming both channel counts; conv layout with w=[4,2,3,3] passes', () => {
    expectEngineError(() => checkChannels('op', tensor([1, 2, 3, 3]), tensor([3, 1, 3, 3]), 1, 4, 'transposed'), /^op: x has 2 channels but w has 3 in its first dimension/);
    expect(() => checkChannels('op', tensor([1, 2, 3, 3]), tensor([4, 2, 3, 3]), 1, 4, 'conv')).not.toThrow();
  });
  it('planConv2d x=[1,1,3,3] w=[1,1,3,3] options null or [1] throw naming them', () => {
    expectEngineError(() => planConv2d('op', tensor([1, 1, 3, 3]), tensor([1, 1, 3, 3]), null as never), /^op: options null are not allowed \(give an object of options/);
    expectEngineError(() => planConv1d('op', tensor([1, 1, 3]), tensor([1, 1, 3]), [1] as never), /^op: options \[1\] are not allowed/);
  });
  it('checkGradient dy=[1,2,3] against [1,2,4] throws: dy must have the output shape', () => {
    expectEngineError(() => checkGradient('op', tensor([1, 2, 3]), [1, 2, 4]), /^op: dy has shape \[1,2,3\] but the convolution's output is \[1,2,4\]/);
  });
});
