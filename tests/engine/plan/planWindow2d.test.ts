// Tests of planWindow2d and planPool2d: both axes resolved, defaults, and 2-D error messages.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { planPool2d, planWindow2d } from '../../../src/engine/plan/planWindow2d.ts';

describe('planWindow2d', () => {
  it("planWindow2d 5x7 k=3 s=[1,2] 'same' -> rows 5 (pad 1+1), cols 4 (pad 1+1)", () => {
    const plan = planWindow2d('conv2d', 5, 7, { kernelSize: 3, stride: [1, 2], padding: 'same' });
    expect(plan.rows).toMatchObject({ outputSize: 5, padBefore: 1, padAfter: 1 });
    expect(plan.cols).toMatchObject({ outputSize: 4, padBefore: 1, padAfter: 1 });
  });

  it('planWindow2d 3x3 k=5 throws: kernel 5 larger than the padded input 3x3', () => {
    expect(() => planWindow2d('conv2d', 3, 3, { kernelSize: 5 })).toThrow(EngineError);
    expect(() => planWindow2d('conv2d', 3, 3, { kernelSize: 5 })).toThrow(
      'conv2d: kernel 5x5 is larger than the padded input 3x3 (the kernel must fit inside the input plus its padding)',
    );
  });

  it('planWindow2d 6x6 k=3 d=[1,3] throws naming the dilated span 3x7', () => {
    expect(() => planWindow2d('conv2d', 6, 6, { kernelSize: 3, dilation: [1, 3] })).toThrow('kernel 3x3 (dilated to span 3x7) is larger than the padded input 6x6');
  });

  it('planWindow2d 0x5 throws', () => {
    expect(() => planWindow2d('conv2d', 0, 5, { kernelSize: 1 })).toThrow('conv2d: input 0x5 is not allowed');
  });

  it('planWindow2d padding [1] (a one-element array) throws', () => {
    expect(() => planWindow2d('conv2d', 5, 5, { kernelSize: 1, padding: [1] as unknown as [number, number] })).toThrow('conv2d: padding 1 is not allowed');
  });
});

describe('planPool2d', () => {
  it('planPool2d 9x9 k=2 -> stride 2 by default, 4x4', () => {
    const plan = planPool2d('maxPool2d', 9, 9, { kernelSize: 2 });
    expect([plan.rows.stride, plan.rows.outputSize, plan.cols.outputSize]).toEqual([2, 4, 4]);
  });

  it('planPool2d 9x9 k=2 ceilMode -> 5x5', () => {
    const plan = planPool2d('maxPool2d', 9, 9, { kernelSize: 2, ceilMode: true });
    expect([plan.rows.outputSize, plan.cols.outputSize]).toEqual([5, 5]);
  });

  it('planPool2d k=[2,4] p=[1,3] throws: padding more than half the kernel', () => {
    expect(() => planPool2d('avgPool2d', 9, 9, { kernelSize: [2, 4], padding: [1, 3] })).toThrow(
      'avgPool2d: padding 1x3 is more than half the kernel size 2x4',
    );
  });
});
