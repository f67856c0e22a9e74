// image-filter's param rules through the one decoder (table checks, then reconcile): kernel lists of
// 9 or 25 numbers, `size` following a list, the pixel clamped into the photo, with clear messages.
import { describe, expect, it } from 'vitest';
import { decodeWidgetParams } from '../../../src/widgets/decodeWidgetParams.ts';
import { imageFilterMeta } from '../../../src/widgets/image-filter/meta.ts';
import { reconcileImageFilter } from '../../../src/widgets/image-filter/reconcileParams.ts';

const decode = (search: string) => decodeWidgetParams(imageFilterMeta, search);
const nines = (n: number) => Array.from({ length: n }, (_, i) => i % 3).join(',');

describe('image-filter params', () => {
  it('defaults: sobel-x, size 3, camera, auto, no frequency view, no rejection', () => {
    const { values, rejections } = decode('');
    expect(values).toMatchObject({ kernel: 'sobel-x', size: '3', image: 'camera', display: 'auto', frequency: false });
    expect(rejections).toEqual([]);
  });

  it('kernel=1,2,3,4 (4 numbers) -> rejected with a message naming 9 or 25, sobel-x used', () => {
    const { values, rejections } = decode('kernel=1,2,3,4');
    expect(values.kernel).toBe('sobel-x');
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ name: 'kernel', raw: '1,2,3,4', usedValue: 'sobel-x' });
    expect(rejections[0].reason.en).toContain('9 numbers (3 × 3) or 25 numbers (5 × 5), not 4');
    expect(rejections[0].reason.zh).toContain('9 个数');
  });

  it('kernel=25 numbers -> size 5 without a notice when size is not given', () => {
    const { values, rejections } = decode(`kernel=${nines(25)}`);
    expect(values.size).toBe('5');
    expect(values.kernel).toHaveLength(25);
    expect(rejections).toEqual([]);
  });

  it('kernel=9 numbers&size=5 -> size moved to 3, reported', () => {
    const { values, rejections } = decode(`kernel=${nines(9)}&size=5`);
    expect(values.size).toBe('3');
    expect(rejections.map((r) => [r.name, r.usedValue])).toEqual([['size', '3']]);
  });

  it('kernel=laplacian&size=5 -> taken as given', () => {
    const { values, rejections } = decode('kernel=laplacian&size=5');
    expect(values).toMatchObject({ kernel: 'laplacian', size: '5' });
    expect(rejections).toEqual([]);
  });

  it('image=chelsea (451x300)&x=500&y=400 -> x 450, y 299, both reported with the photo size', () => {
    const { values, rejections } = decode('image=chelsea&x=500&y=400');
    expect(values).toMatchObject({ x: 450, y: 299 });
    expect(rejections.map((r) => r.name)).toEqual(['x', 'y']);
    expect(rejections[1].reason.en).toContain('451 × 300');
  });

  it('image=chelsea alone -> the default y=400 moves to 299 without a notice (the reader gave no y)', () => {
    const { values, rejections } = decode('image=chelsea');
    expect(values).toMatchObject({ x: 292, y: 299 });
    expect(rejections).toEqual([]);
  });

  it('values that already agree come back as the same object (no spurious change)', () => {
    const { values } = decode('kernel=emboss&image=brick&x=3&y=4');
    expect(reconcileImageFilter(values).values).toBe(values);
  });
});
