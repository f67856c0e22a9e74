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

  it('planWindow2d 3x3 k=3 padding 1e5 throws: the output [200001,200001] is over the element limit', () => {
    expect(() => planWindow2d('conv2d', 3, 3, { kernelSize: 3, padding: 1e5 })).toThrow(EngineError);
    expect(() => planWindow2d('conv2d', 3, 3, { kernelSize: 3, padding: 1e5 })).toThrow(
      'conv2d: the output [200001,200001] would hold 4.0e10 numbers, more than the 268,435,456 the engine allows (use a smaller input, padding or kernel)',
    );
    expect(() => planWindow2d('conv2d', 3, 3, { kernelSize: 3, padding: 1e3 }, [2, 300])).toThrow('conv2d: the output [2,300,2001,2001] would hold 2.4e9 numbers');
  });

  it('planWindow2d and planPool2d 5x5 with options left out or kernelSize left out throw naming them', () => {
    expect(() => planWindow2d('conv2d', 5, 5, undefined as never)).toThrow('conv2d: options undefined are not allowed (conv2d needs an object of options, e.g. { kernelSize: 3 })');
    expect(() => planPool2d('maxPool2d', 5, 5, undefined as never)).toThrow('maxPool2d: options undefined are not allowed (maxPool2d needs an object of options, e.g. { kernelSize: 2 })');
    expect(() => planWindow2d('conv2d', 5, 5, {} as never)).toThrow('conv2d: kernel size undefined is not allowed');
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
