// The model of image-filter: param values -> the kernel, the filtered image with its colour scale, the
// inspected pixel and the headline result. Pure; tested without a DOM.
import type { ParamValues } from '../../state/paramTable.ts';
import { resolveScale, DISPLAY_WORDS, type ColourScale, type DisplayWord } from './colourScale.ts';
import { filterImage, type FilterOutput } from './filterImage.ts';
import { formatRange } from './formatValue.ts';
import type { GrayImage } from './grayImage.ts';
import { inspectPixel, type PixelInspection } from './inspectPixel.ts';
import { kernelSum, readKernel, type KernelSpec } from './kernelParam.ts';
import { DEFAULT_PIXEL } from './meta.ts';
import { SAMPLE_PHOTO_IDS, type SamplePhotoId } from './samplePhotos.ts';

/** The params as the model reads them. */
export interface ImageFilterParams {
  kernel: KernelSpec;
  image: SamplePhotoId;
  display: DisplayWord;
  frequency: boolean;
  x: number;
  y: number;
}

/** An integer param or its fallback. */
function readIndex(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
}

/**
 * The params from a widget's values, defensively: a missing or mistyped value takes the table default
 * (sobel-x at 3, camera, auto, no frequency view, the default pixel).
 */
export function readParams(values: ParamValues): ImageFilterParams {
  const image = SAMPLE_PHOTO_IDS.find((id) => id === values.image) ?? SAMPLE_PHOTO_IDS[0];
  const display = DISPLAY_WORDS.find((word) => word === values.display) ?? 'auto';
  return {
    kernel: readKernel(values.kernel, values.size),
    image,
    display,
    frequency: values.frequency === true,
    x: readIndex(values.x, DEFAULT_PIXEL.x),
    y: readIndex(values.y, DEFAULT_PIXEL.y),
  };
}

/** The filtered image as shown: the output values, the colour scale and the data-result text `min..max`. */
export interface FilteredView {
  output: FilterOutput;
  scale: ColourScale;
  result: string;
}

/** Filters `image` with `kernel` and picks the colour scale for `display`. */
export function filteredView(image: GrayImage, kernel: KernelSpec, display: DisplayWord): FilteredView {
  const output = filterImage(image, kernel);
  return { output, scale: resolveScale(display, output, kernelSum(kernel.values)), result: formatRange(output.min, output.max) };
}

/** What the kernel's sum says: 1 keeps brightness, 0 keeps only change, anything else scales flat areas. */
export type SumMeaning = 'keeps' | 'zero' | 'scales';

/** The sum of the kernel and its meaning (within 1e-9 of 1 or 0 counts as 1 or 0). */
export function describeSum(kernel: KernelSpec): { sum: number; meaning: SumMeaning } {
  const sum = kernelSum(kernel.values);
  const meaning = Math.abs(sum - 1) <= 1e-9 ? 'keeps' : Math.abs(sum) <= 1e-9 ? 'zero' : 'scales';
  return { sum: meaning === 'keeps' ? 1 : meaning === 'zero' ? 0 : sum, meaning };
}

/** The inspected pixel (x, y clamped to the image) with its window, products and sum. */
export function inspect(image: GrayImage, kernel: KernelSpec, x: number, y: number): PixelInspection {
  return inspectPixel(image, kernel, x, y);
}

/**
 * The inspector's formula in TeX for pixel (x, y) and a size x size kernel: `\mathrm{out}(292, 400) = \sum_{r=0}^{2}\sum_{c=0}^{2} k[r,c]\,
 * \mathrm{in}(291+c,\,399+r)` (its value is written beside it); the offsets are x - h and y - h with h = (k - 1) / 2.
 */
export function inspectorFormula(x: number, y: number, size: number): string {
  const last = size - 1;
  const half = last / 2;
  const shifted = (v: number, index: string) => {
    const start = v - half;
    return start === 0 ? index : start < 0 ? `${index}-${-start}` : `${start}+${index}`;
  };
  const window = `\\mathrm{in}(${shifted(x, 'c')},\\,${shifted(y, 'r')})`;
  return `{\\mathrm{out}(${x},${y})} = {\\sum_{r=0}^{${last}}\\sum_{c=0}^{${last}} k[r,c]\\,${window}}`;
}
