// image-filter's rules between params that the table cannot state: a kernel list has 9 or 25 numbers
// and sets `size` itself; the inspected pixel (x, y) lies inside the chosen sample photo. Pure.
import type { ParamValues } from '../../state/paramTable.ts';
import type { ReconciledParams } from '../widgetDefinition.ts';
import { DEFAULT_PRESET, sizeOfList } from './kernelParam.ts';
import { findSamplePhoto, SAMPLE_PHOTO_IDS } from './samplePhotos.ts';

type Moved = ReconciledParams['moved'][number];

/** The pixel size of the sample photo `id` (the first photo's when the id is unknown). */
export function samplePhotoSize(id: unknown): { width: number; height: number } {
  const photo = findSamplePhoto(typeof id === 'string' ? id : SAMPLE_PHOTO_IDS[0]) ?? findSamplePhoto(SAMPLE_PHOTO_IDS[0]);
  return photo ? { width: photo.width, height: photo.height } : { width: 512, height: 512 };
}

/**
 * `values` with: a kernel list of another length than 9 or 25 replaced by the default preset; `size`
 * set to a list's own size (9 -> '3', 25 -> '5'); x and y clamped into the photo. Each move comes
 * with the rule it broke, in both languages.
 */
export function reconcileImageFilter(values: ParamValues): ReconciledParams {
  const next: Record<string, ParamValues[string]> = { ...values };
  const moved: Moved[] = [];
  const kernel = values.kernel;
  if (Array.isArray(kernel)) {
    const listSize = sizeOfList(kernel.length);
    if (listSize === undefined) {
      next.kernel = DEFAULT_PRESET;
      moved.push({
        name: 'kernel',
        problem: {
          en: `a kernel takes 9 numbers (3 × 3) or 25 numbers (5 × 5), not ${kernel.length}`,
          zh: `卷积核需要 9 个数（3 × 3）或 25 个数（5 × 5），而不是 ${kernel.length} 个`,
        },
      });
    } else if (values.size !== String(listSize)) {
      next.size = String(listSize);
      moved.push({
        name: 'size',
        problem: {
          en: `the kernel is a list of ${kernel.length} numbers, a ${listSize} × ${listSize} kernel`,
          zh: `卷积核是 ${kernel.length} 个数的列表，即 ${listSize} × ${listSize} 卷积核`,
        },
      });
    }
  }
  const { width, height } = samplePhotoSize(values.image);
  for (const [name, limit] of [
    ['x', width],
    ['y', height],
  ] as const) {
    const value = values[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const used = Math.min(limit - 1, Math.max(0, Math.round(value)));
    if (used === value) continue;
    next[name] = used;
    moved.push({
      name,
      problem: {
        en: `this photo is ${width} × ${height} px, so ${name} runs from 0 to ${limit - 1}`,
        zh: `这张照片是 ${width} × ${height} 像素，${name} 的范围是 0 到 ${limit - 1}`,
      },
    });
  }
  return moved.length === 0 ? { values, moved } : { values: next, moved };
}
