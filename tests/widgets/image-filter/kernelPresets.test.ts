// The preset kernels: sizes, sums (1 keeps brightness, 0 keeps only change), the definitions that
// tie them together (Sobel y = transpose of Sobel x), and matching a list back to its preset.
import { describe, expect, it } from 'vitest';
import { KERNEL_SIZES, matchPreset, PRESET_WORDS, presetKernel, type PresetWord } from '../../../src/widgets/image-filter/kernelPresets.ts';

const SUM_ONE: readonly PresetWord[] = ['identity', 'box-blur', 'gaussian-blur', 'sharpen', 'emboss'];
const SUM_ZERO: readonly PresetWord[] = ['sobel-x', 'sobel-y', 'laplacian', 'outline'];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('presetKernel', () => {
  it('every preset word is in exactly one of the sum groups', () => {
    expect([...SUM_ONE, ...SUM_ZERO].sort()).toEqual([...PRESET_WORDS].sort());
  });

  describe.each(KERNEL_SIZES.map((size) => [size] as const))('size %i', (size) => {
    it.each(PRESET_WORDS.map((word) => [word] as const))(`%s has ${size * size} finite values`, (word) => {
      const values = presetKernel(word, size);
      expect(values).toHaveLength(size * size);
      expect(values.every(Number.isFinite)).toBe(true);
    });
    it.each(SUM_ONE.map((word) => [word] as const))(`%s size=${size} sums to 1`, (word) => {
      expect(sum(presetKernel(word, size))).toBeCloseTo(1, 12);
    });
    it.each(SUM_ZERO.map((word) => [word] as const))(`%s size=${size} sums to 0`, (word) => {
      expect(sum(presetKernel(word, size))).toBeCloseTo(0, 12);
    });
    it(`sobel-y size=${size} is the transpose of sobel-x`, () => {
      const x = presetKernel('sobel-x', size);
      const y = presetKernel('sobel-y', size);
      for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) expect(y[r * size + c]).toBe(x[c * size + r]);
    });
    it.each(PRESET_WORDS.map((word) => [word] as const))(`matchPreset(presetKernel(%s, ${size})) finds it`, (word) => {
      expect(matchPreset(presetKernel(word, size), size)).toBe(word);
    });
  });

  it('3x3 values as the course defines them: sobel-x rises to the right, gaussian /16, sharpen centre 5', () => {
    expect(presetKernel('sobel-x', 3)).toEqual([-1, 0, 1, -2, 0, 2, -1, 0, 1]);
    expect(presetKernel('gaussian-blur', 3).map((v) => v * 16)).toEqual([1, 2, 1, 2, 4, 2, 1, 2, 1]);
    expect(presetKernel('sharpen', 3)).toEqual([0, -1, 0, -1, 5, -1, 0, -1, 0]);
    expect(presetKernel('outline', 3)).toEqual([-1, -1, -1, -1, 8, -1, -1, -1, -1]);
  });

  it('5x5: sobel-x = outer([1,4,6,4,1], [-1,-2,0,2,1]); sharpen centre = 2 - 36/256; outline centre 24', () => {
    expect(presetKernel('sobel-x', 5).slice(0, 5)).toEqual([-1, -2, 0, 2, 1]);
    expect(presetKernel('sobel-x', 5).slice(10, 15)).toEqual([-6, -12, 0, 12, 6]);
    expect(presetKernel('sharpen', 5)[12]).toBeCloseTo(2 - 36 / 256, 12);
    expect(presetKernel('outline', 5)[12]).toBe(24);
  });

  it('presetKernel returns a fresh array (editing it leaves the preset alone)', () => {
    presetKernel('identity', 3)[4] = 7;
    expect(presetKernel('identity', 3)[4]).toBe(1);
  });

  it('matchPreset of an edited list or a wrong length -> undefined', () => {
    const edited = presetKernel('sobel-x', 3);
    edited[0] = -1.5;
    expect(matchPreset(edited, 3)).toBeUndefined();
    expect(matchPreset([1, 2, 3, 4], 3)).toBeUndefined();
  });
});
