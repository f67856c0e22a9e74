// The model: reading params defensively, the filtered view and its data-result text, the kernel sum's
// meaning, and the inspector's formula.
import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import { presetKernel } from '../../../src/widgets/image-filter/kernelPresets.ts';
import { describeSum, filteredView, inspect, inspectorFormula, readParams } from '../../../src/widgets/image-filter/model.ts';

const ramp: GrayImage = { width: 4, height: 3, pixels: Float32Array.from([0, 10, 20, 30, 0, 10, 20, 30, 0, 10, 20, 30]) };

describe('image-filter model', () => {
  it('readParams({}) -> sobel-x 3x3, camera, auto, frequency off, the default pixel', () => {
    const params = readParams({});
    expect(params).toMatchObject({ image: 'camera', display: 'auto', frequency: false, x: 292, y: 400 });
    expect(params.kernel).toMatchObject({ size: 3, preset: 'sobel-x' });
  });

  it('readParams(mistyped values) falls back: display=loud -> auto, image=moon -> camera, x=NaN -> 292', () => {
    const params = readParams({ display: 'loud', image: 'moon', x: Number.NaN, frequency: 1 });
    expect(params).toMatchObject({ display: 'auto', image: 'camera', x: 292, frequency: false });
  });

  it('filteredView(ramp, sobel-x, auto) -> signed scale, result "-80..80" (zero padding past the right border makes the step negative)', () => {
    const view = filteredView(ramp, { size: 3, values: presetKernel('sobel-x', 3), preset: 'sobel-x' }, 'auto');
    expect(view.scale.kind).toBe('signed');
    expect(view.result).toBe(`${view.output.min}..${view.output.max}`);
    expect(view.result).toBe('-80..80');
  });

  it('filteredView(ramp, box-blur, auto) -> gray scale, fractional range rounded to 2 decimals', () => {
    const view = filteredView(ramp, { size: 3, values: presetKernel('box-blur', 3), preset: 'box-blur' }, 'auto');
    expect(view.scale.kind).toBe('gray');
    expect(view.result).toMatch(/^\d+(\.\d{1,2})?\.\.\d+(\.\d{1,2})?$/);
  });

  it.each([
    ['identity', 1, 'keeps'],
    ['laplacian', 0, 'zero'],
  ] as const)('describeSum(%s) -> %i, %s', (word, sum, meaning) => {
    expect(describeSum({ size: 3, values: presetKernel(word, 3), preset: word })).toEqual({ sum, meaning });
  });

  it('describeSum(all 1) -> 9, scales', () => {
    expect(describeSum({ size: 3, values: new Array<number>(9).fill(1), preset: undefined })).toEqual({ sum: 9, meaning: 'scales' });
  });

  it('inspectorFormula at (2, 1), 3x3 -> out(2,1) = sum k[r,c] in(1+c, r) (the value is written beside it, not in TeX)', () => {
    const inspection = inspect(ramp, { size: 3, values: presetKernel('sobel-x', 3), preset: 'sobel-x' }, 2, 1);
    expect(inspection.sum).toBe(80);
    expect(inspectorFormula(2, 1, 3)).toBe('{\\mathrm{out}(2,1)} = {\\sum_{r=0}^{2}\\sum_{c=0}^{2} k[r,c]\\,\\mathrm{in}(1+c,\\,r)}');
  });

  it('inspectorFormula at (0, 0), 5x5 -> in(c-2, r-2)', () => {
    expect(inspectorFormula(0, 0, 5)).toContain('\\mathrm{in}(c-2,\\,r-2)');
  });
});
