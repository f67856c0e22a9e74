// The picker's sentences in both languages: one per problem kind, numbers formatted, nothing left blank.
import { describe, expect, it } from 'vitest';
import { imageSourceText, pixelCountZh } from '../../../src/widgets/image-filter/imageSourceText.ts';
import type { ImageFileProblem } from '../../../src/widgets/image-filter/readImageFile.ts';

const problems: ImageFileProblem[] = [
  { kind: 'empty' },
  { kind: 'file-too-large', bytes: 73_400_320, limitBytes: 52_428_800 },
  { kind: 'not-an-image', type: 'text/plain' },
  { kind: 'too-many-pixels', width: 12000, height: 12000, limitPixels: 50_000_000 },
  { kind: 'broken', format: 'webp' },
  { kind: 'cannot-decode' },
];

describe('imageSourceText', () => {
  it.each(problems.map((problem) => [problem.kind, problem]))('%s: an en and a zh sentence, different, with no undefined or NaN', (_, problem) => {
    const en = imageSourceText.en.problem('a.png', problem);
    const zh = imageSourceText.zh.problem('a.png', problem);
    for (const sentence of [en, zh]) {
      expect(sentence.length).toBeGreaterThan(10);
      expect(sentence).not.toMatch(/undefined|NaN/);
    }
    expect(zh).not.toBe(en);
  });

  it('file-too-large 70 MB of 50 MB -> "70 MB, over the limit of 50 MB" / "70 MB，超过 50 MB 的上限"', () => {
    expect(imageSourceText.en.problem('a.png', problems[1])).toContain('70 MB, over the limit of 50 MB');
    expect(imageSourceText.zh.problem('a.png', problems[1])).toContain('70 MB，超过 50 MB 的上限');
  });

  it('too-many-pixels 12000x12000 of 50 MP -> 144 megapixels / 1.44 亿像素，超过 5000 万像素', () => {
    expect(imageSourceText.en.problem('a.png', problems[3])).toContain('12000 × 12000 = 144 megapixels, over the limit of 50 megapixels');
    expect(imageSourceText.zh.problem('a.png', problems[3])).toContain('12000 × 12000 = 1.44 亿像素，超过 5000 万像素的上限');
    expect(imageSourceText.zh.problem('a.png', problems[3])).not.toContain('百万');
  });

  it.each([
    [900, '900 像素'],
    [10_000, '1 万像素'],
    [12_345_678, '1235 万像素'],
    [50_000_000, '5000 万像素'],
    [99_999_000, '1 亿像素'],
    [100_000_000, '1 亿像素'],
    [144_000_000, '1.44 亿像素'],
    [250_500_000, '2.51 亿像素'],
  ])('pixelCountZh(%i) -> %s', (pixels, text) => {
    expect(pixelCountZh(pixels)).toBe(text);
  });

  it('downscaled 3000x2000 -> 512x341 in both languages', () => {
    expect(imageSourceText.en.downscaled({ width: 3000, height: 2000 }, { width: 512, height: 341 })).toBe('Downscaled from 3000×2000 to 512×341.');
    expect(imageSourceText.zh.downscaled({ width: 3000, height: 2000 }, { width: 512, height: 341 })).toBe('已从 3000×2000 缩小到 512×341。');
  });

  it.each([['quota'], ['unavailable']] as const)('notSaved(%s): says the image is used but gone after a reload, both languages', (problem) => {
    expect(imageSourceText.en.notSaved(problem)).toContain('gone after a reload');
    expect(imageSourceText.zh.notSaved(problem)).toContain('刷新页面后会消失');
  });
});
