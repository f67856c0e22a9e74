// Tests of the 2-D receptive-field convenience: it is the rows mapping times the cols mapping.
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/engineError.ts';
import { inputWindowOf, outputsFedBy } from '../../../src/engine/plan/receptiveField.ts';
import { inputWindowOf2d, outputsFedBy2d, splitLayers2d } from '../../../src/engine/plan/receptiveField2d.ts';

const chain = [
  { kernelSize: [3, 5] as const, padding: [1, 0] as const },
  { kernelSize: 2, stride: 2 },
];

describe('receptiveField2d', () => {
  it('splitLayers2d k=[3,5] p=[1,0], then k=2 s=2 -> rows and cols chains', () => {
    const [rows, cols] = splitLayers2d('t', chain);
    expect(rows).toEqual([
      { kernelSize: 3, stride: 1, padding: 1, dilation: 1, ceilMode: undefined },
      { kernelSize: 2, stride: 2, padding: 0, dilation: 1, ceilMode: undefined },
    ]);
    expect(cols[0].kernelSize).toBe(5);
  });

  it('inputWindowOf2d unit [1,2] of layer 1 on [8,10] equals the rows and cols windows', () => {
    const [rows, cols] = splitLayers2d('t', chain);
    const w = inputWindowOf2d(chain, 1, [1, 2], [8, 10]);
    expect(w.rows).toEqual(inputWindowOf(rows, 1, 1, 8));
    expect(w.cols).toEqual(inputWindowOf(cols, 1, 2, 10));
    expect([w.rows.start, w.rows.end, w.cols.start, w.cols.end]).toEqual([1, 5, 4, 10]);
  });

  it('outputsFedBy2d pixel [3,4] on [8,10] equals the rows and cols ranges', () => {
    const [rows, cols] = splitLayers2d('t', chain);
    const r = outputsFedBy2d(chain, 1, [3, 4], [8, 10]);
    expect(r.rows).toEqual(outputsFedBy(rows, 1, 3, 8));
    expect(r.cols).toEqual(outputsFedBy(cols, 1, 4, 10));
  });

  it('inputWindowOf2d kernel [3,0] throws naming the op and the value', () => {
    expect(() => inputWindowOf2d([{ kernelSize: [3, 0] }], 0, [0, 0])).toThrow(EngineError);
    expect(() => inputWindowOf2d([{ kernelSize: [3, 0] }], 0, [0, 0])).toThrow('inputWindowOf: kernel size 3x0 is not allowed');
  });

  it('inputWindowOf2d layers undefined or [undefined] throws naming the value', () => {
    expect(() => inputWindowOf2d(undefined as never, 0, [0, 0])).toThrow(EngineError);
    expect(() => inputWindowOf2d(undefined as never, 0, [0, 0])).toThrow('inputWindowOf: layers undefined are not a list');
    expect(() => inputWindowOf2d([undefined] as never, 0, [0, 0])).toThrow('inputWindowOf: layer 0 is undefined');
  });

  it('inputWindowOf2d kernel left out throws naming kernel size undefined', () => {
    expect(() => inputWindowOf2d([{}] as never, 0, [0, 0])).toThrow('inputWindowOf: kernel size undefined is not allowed');
  });

  it('outputsFedBy2d stride -1 throws', () => {
    expect(() => outputsFedBy2d([{ kernelSize: 2, stride: -1 }], 0, [0, 0])).toThrow('outputsFedBy: stride -1 is not allowed');
  });
});
