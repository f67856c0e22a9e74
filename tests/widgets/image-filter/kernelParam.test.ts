// Reading the kernel and size params, resizing a kernel list, and its sum.
import { describe, expect, it } from 'vitest';
import { kernelSum, readKernel, readSize, resizeKernel, sizeOfList } from '../../../src/widgets/image-filter/kernelParam.ts';
import { presetKernel } from '../../../src/widgets/image-filter/kernelPresets.ts';

describe('kernel params', () => {
  it.each([
    [9, 3],
    [25, 5],
    [4, undefined],
    [16, undefined],
  ] as const)('sizeOfList(%i) -> %s', (length, size) => {
    expect(sizeOfList(length)).toBe(size);
  });

  it.each([
    ['5', 5],
    [5, 5],
    ['3', 3],
    ['7', 3],
    [undefined, 3],
  ] as const)('readSize(%s) -> %i', (value, size) => {
    expect(readSize(value)).toBe(size);
  });

  it('readKernel(laplacian, 5) -> the 5x5 laplacian preset', () => {
    expect(readKernel('laplacian', '5')).toEqual({ size: 5, values: presetKernel('laplacian', 5), preset: 'laplacian' });
  });

  it('readKernel(25 numbers, size 3) -> a 5x5 kernel (the list sets its own size)', () => {
    const list = Array.from({ length: 25 }, (_, i) => i - 12);
    expect(readKernel(list, '3')).toEqual({ size: 5, values: list, preset: undefined });
  });

  it('readKernel(the identity typed as 9 numbers) -> recognised as the identity preset', () => {
    expect(readKernel([0, 0, 0, 0, 1, 0, 0, 0, 0], '3').preset).toBe('identity');
  });

  it.each([[[1, 2, 3, 4]], ['nonsense'], [undefined], [[1, 2, 3, 4, 5, 6, 7, 8, Number.NaN]]])('readKernel(%s) -> the sobel-x default', (value) => {
    expect(readKernel(value, '3')).toEqual({ size: 3, values: presetKernel('sobel-x', 3), preset: 'sobel-x' });
  });

  it('resizeKernel 3 -> 5 pads zeros around; 5 -> 3 keeps the centre', () => {
    const three = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const five = resizeKernel(three, 3, 5);
    expect(five).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 4, 5, 6, 0, 0, 7, 8, 9, 0, 0, 0, 0, 0, 0]);
    expect(resizeKernel(five, 5, 3)).toEqual(three);
    expect(resizeKernel(three, 3, 3)).toEqual(three);
  });

  it('kernelSum([1..9]) = 45', () => {
    expect(kernelSum([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe(45);
  });
});
