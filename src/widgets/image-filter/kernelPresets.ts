// The preset kernels of image-filter (3x3 and 5x5), as CNNs apply them: cross-correlation, the kernel
// is NOT flipped. Pure constants and a lookup; shared by the meta, the model and the tests.

/** The preset words the `kernel` param accepts, in the order the editor lists them. */
export const PRESET_WORDS = ['identity', 'box-blur', 'gaussian-blur', 'sharpen', 'sobel-x', 'sobel-y', 'laplacian', 'emboss', 'outline'] as const;

/** One preset word. */
export type PresetWord = (typeof PRESET_WORDS)[number];

/** The two kernel sizes: 3x3 and 5x5. */
export const KERNEL_SIZES = [3, 5] as const;

/** One kernel size. */
export type KernelSize = (typeof KERNEL_SIZES)[number];

/** Whether `word` is a preset word. */
export function isPresetWord(word: string): word is PresetWord {
  return (PRESET_WORDS as readonly string[]).includes(word);
}

/** The outer product a b^T, row by row: entry (r, c) = a[r] * b[c]. */
function outer(a: readonly number[], b: readonly number[]): number[] {
  return a.flatMap((ar) => b.map((bc) => ar * bc));
}

/** A size x size kernel that is 1 at the centre and 0 elsewhere (the discrete delta). */
function delta(size: KernelSize): number[] {
  const values = new Array<number>(size * size).fill(0);
  values[(size * size - 1) / 2] = 1;
  return values;
}

/** The transpose of a square kernel written row by row. */
function transpose(values: readonly number[], size: number): number[] {
  return values.map((_, i) => values[(i % size) * size + Math.floor(i / size)]);
}

const BINOMIAL_5 = [1, 4, 6, 4, 1];
const DERIVATIVE_5 = [-1, -2, 0, 2, 1];
const GAUSSIAN_3 = [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => v / 16);
const GAUSSIAN_5 = outer(BINOMIAL_5, BINOMIAL_5).map((v) => v / 256);
const SOBEL_X_3 = [-1, 0, 1, -2, 0, 2, -1, 0, 1];
const SOBEL_X_5 = outer(BINOMIAL_5, DERIVATIVE_5);

/**
 * Every preset's values, row by row (size * size numbers). Box blur: all 1/size^2. Gaussian: binomial
 * [1,2,1]/4 or [1,4,6,4,1]/16 in both directions. Sharpen: 2 delta - Gaussian at 5x5. Sobel x: rows smooth,
 * columns differentiate, positive where brightness rises to the right; Sobel y is its transpose
 * (positive where brightness rises downwards). Laplacian, emboss and outline as in the course's table.
 */
const PRESETS: Readonly<Record<PresetWord, Readonly<Record<KernelSize, readonly number[]>>>> = {
  identity: { 3: delta(3), 5: delta(5) },
  'box-blur': { 3: new Array<number>(9).fill(1 / 9), 5: new Array<number>(25).fill(1 / 25) },
  'gaussian-blur': { 3: GAUSSIAN_3, 5: GAUSSIAN_5 },
  sharpen: { 3: [0, -1, 0, -1, 5, -1, 0, -1, 0], 5: delta(5).map((d, i) => 2 * d - GAUSSIAN_5[i]) },
  'sobel-x': { 3: SOBEL_X_3, 5: SOBEL_X_5 },
  'sobel-y': { 3: transpose(SOBEL_X_3, 3), 5: transpose(SOBEL_X_5, 5) },
  laplacian: {
    3: [0, 1, 0, 1, -4, 1, 0, 1, 0],
    5: [0, 0, 1, 0, 0, 0, 1, 2, 1, 0, 1, 2, -16, 2, 1, 0, 1, 2, 1, 0, 0, 0, 1, 0, 0],
  },
  emboss: {
    3: [-2, -1, 0, -1, 1, 1, 0, 1, 2],
    5: [-1, -1, -1, -1, 0, -1, -1, -1, 0, 1, -1, -1, 1, 1, 1, -1, 0, 1, 1, 1, 0, 1, 1, 1, 1],
  },
  outline: { 3: [-1, -1, -1, -1, 8, -1, -1, -1, -1], 5: delta(5).map((d) => (d === 1 ? 24 : -1)) },
};

/** The values of preset `word` at `size`, row by row (a fresh array). */
export function presetKernel(word: PresetWord, size: KernelSize): number[] {
  return [...PRESETS[word][size]];
}

/** The preset whose values at `size` equal `values` (within 1e-9 each), or undefined. */
export function matchPreset(values: readonly number[], size: KernelSize): PresetWord | undefined {
  if (values.length !== size * size) return undefined;
  return PRESET_WORDS.find((word) => PRESETS[word][size].every((v, i) => Math.abs(v - values[i]) <= 1e-9));
}
