// The frequency response: identity flat 1, box |H(0)| = 1, Laplacian H(0) = 0 and |H(π,π)| = 8,
// symmetric kernels real-valued, Sobel x zero along ωx = 0, the verdict of every preset, and the
// band-pass rule (|H(0)| = 0 and at most half the peak on the border |ω| = π).
import { describe, expect, it } from 'vitest';
import { frequencyAt, frequencyResponse, judgeResponse } from '../../../src/widgets/image-filter/frequencyResponse.ts';
import { KERNEL_SIZES, PRESET_WORDS, presetKernel, type PresetWord } from '../../../src/widgets/image-filter/kernelPresets.ts';

const grid = [-Math.PI, -2, -1, -0.3, 0, 0.7, 1.5, 2.5, Math.PI];

describe('frequencyResponse', () => {
  it.each(KERNEL_SIZES.map((s) => [s] as const))('identity %i: |H| = 1 everywhere, all-pass', (size) => {
    const response = frequencyResponse(presetKernel('identity', size), size);
    for (const m of response.magnitude) expect(m).toBeCloseTo(1, 12);
    expect(response.verdict).toBe('allPass');
  });

  it.each(KERNEL_SIZES.map((s) => [s] as const))('box-blur %i: |H(0)| = 1 and the peak, low-pass', (size) => {
    const response = frequencyResponse(presetKernel('box-blur', size), size);
    expect(response.atZero).toBeCloseTo(1, 12);
    expect(response.peak).toBeCloseTo(1, 12);
    expect(response.verdict).toBe('lowPass');
  });

  it('laplacian 3x3: H(0) = 0 and |H(π, π)| = 8 (H = 2cos ωx + 2cos ωy - 4)', () => {
    const values = presetKernel('laplacian', 3);
    const zero = frequencyAt(values, 3, 0, 0);
    expect(Math.hypot(zero.re, zero.im)).toBeCloseTo(0, 12);
    const corner = frequencyAt(values, 3, Math.PI, Math.PI);
    expect(Math.hypot(corner.re, corner.im)).toBeCloseTo(8, 12);
    expect(frequencyResponse(values, 3).verdict).toBe('highPass');
  });

  const symmetric: PresetWord[] = ['identity', 'box-blur', 'gaussian-blur', 'sharpen', 'laplacian', 'outline'];
  it.each(KERNEL_SIZES.flatMap((size) => symmetric.map((word) => [word, size] as const)))('%s %i is point-symmetric: H is real', (word, size) => {
    const values = presetKernel(word, size);
    for (const wx of grid) for (const wy of grid) expect(Math.abs(frequencyAt(values, size, wx, wy).im)).toBeLessThan(1e-12);
  });

  it.each(KERNEL_SIZES.map((s) => [s] as const))('sobel-x %i: H(0, ωy) = 0 for every ωy (each row sums to 0)', (size) => {
    const values = presetKernel('sobel-x', size);
    for (const wy of grid) {
      const h = frequencyAt(values, size, 0, wy);
      expect(Math.hypot(h.re, h.im)).toBeLessThan(1e-12);
    }
  });

  const verdicts: Record<PresetWord, string> = {
    identity: 'allPass',
    'box-blur': 'lowPass',
    'gaussian-blur': 'lowPass',
    sharpen: 'boostsHigh',
    'sobel-x': 'bandPass',
    'sobel-y': 'bandPass',
    laplacian: 'highPass',
    emboss: 'boostsHigh',
    outline: 'highPass',
  };
  it.each(KERNEL_SIZES.flatMap((size) => PRESET_WORDS.map((word) => [word, size, verdicts[word]] as const)))('%s %i -> %s', (word, size, verdict) => {
    expect(frequencyResponse(presetKernel(word, size), size).verdict).toBe(verdict);
  });

  it('sobel-x 3x3: |H(0)| = 0, peak 8 at (±π/2, 0), |H| = 0 on the whole border |ωx| = π or |ωy| = π -> bandPass', () => {
    const values = presetKernel('sobel-x', 3);
    const response = frequencyResponse(values, 3);
    expect(response.atZero).toBeCloseTo(0, 12);
    expect(response.peak).toBeCloseTo(8, 9);
    for (const w of grid) {
      for (const [wx, wy] of [[Math.PI, w], [w, Math.PI]]) {
        const h = frequencyAt(values, 3, wx, wy);
        expect(Math.hypot(h.re, h.im)).toBeLessThan(1e-12);
      }
    }
    expect(response.verdict).toBe('bandPass');
  });

  it.each([
    ['laplacian', 3, 8, 8],
    ['outline', 3, 12, 12],
  ] as const)('%s %i: |H(0)| = 0 but the border reaches %i of peak %i -> highPass, not bandPass', (word, size, border, peak) => {
    const response = frequencyResponse(presetKernel(word, size), size);
    const n = response.samples;
    let borderPeak = 0;
    for (let i = 0; i < n; i++) borderPeak = Math.max(borderPeak, response.magnitude[i], response.magnitude[(n - 1) * n + i], response.magnitude[i * n], response.magnitude[i * n + n - 1]);
    expect(borderPeak).toBeCloseTo(border, 9);
    expect(response.peak).toBeCloseTo(peak, 9);
    expect(response.verdict).toBe('highPass');
  });

  it.each([
    ['border 1, half the peak 2', 1, 'bandPass'],
    ['border 1.1, over half the peak 2', 1.1, 'highPass'],
  ] as const)('judgeResponse on a 5x5 grid, H(0) = 0, inner ring 2, %s -> %s', (_, border, verdict) => {
    const magnitude = Float64Array.from({ length: 25 }, (_, k) => {
      const [j, i] = [Math.floor(k / 5), k % 5];
      if (i === 2 && j === 2) return 0;
      return i === 0 || i === 4 || j === 0 || j === 4 ? border : 2;
    });
    expect(judgeResponse(0, magnitude, 5)).toBe(verdict);
    expect(judgeResponse(0, magnitude)).toBe(verdict);
  });

  it('sharpen 3x3 keeps the mean: |H(0)| = 1, peak 9 at (π, π)', () => {
    const response = frequencyResponse(presetKernel('sharpen', 3), 3);
    expect(response.atZero).toBeCloseTo(1, 12);
    expect(response.peak).toBeCloseTo(9, 9);
  });

  it('a zero kernel blocks everything; the grid is 65x65 with 0 at the centre', () => {
    const response = frequencyResponse(new Array<number>(9).fill(0), 3);
    expect(response.verdict).toBe('blocksAll');
    expect(response.magnitude).toHaveLength(65 * 65);
    expect(response.frequencies[32]).toBeCloseTo(0, 15);
    expect(response.slice).toHaveLength(65);
    expect(judgeResponse(0, Float64Array.from([0, 0]))).toBe('blocksAll');
  });
});
