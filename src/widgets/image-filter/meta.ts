// The meta of the widget image-filter: id, titles, lesson, the photo credits and the param table
// that drives its controls, its URLs, its embed page and the instructors' reference.
import type { ParamTable } from '../../state/paramTable.ts';
import type { WidgetMeta } from '../widgetDefinition.ts';
import { DISPLAY_WORDS } from './colourScale.ts';
import { DEFAULT_PRESET } from './kernelParam.ts';
import { PRESET_WORDS } from './kernelPresets.ts';
import { reconcileImageFilter } from './reconcileParams.ts';
import { SAMPLE_PHOTO_IDS, samplePhotoCredits, samplePhotos } from './samplePhotos.ts';

/** Largest pixel index a sample photo has (their longest side is at most 512 px). */
const PIXEL_INDEX_MAX = 511;

/**
 * The inspected pixel at first: on the camera photo's tripod leg, a vertical edge, so Sobel x (the
 * default kernel) shows a large output there.
 */
export const DEFAULT_PIXEL = { x: 292, y: 400 } as const;

/** The param table. Defaults: Sobel x at 3 x 3 (negative outputs, so the diverging scale shows at once) on the camera photo. */
export const imageFilterParams: ParamTable = [
  {
    name: 'kernel',
    kind: 'wordOrNumbers',
    default: DEFAULT_PRESET,
    words: PRESET_WORDS,
    minLength: 1,
    maxLength: 25,
    min: -100,
    max: 100,
    label: { en: 'Kernel', zh: '卷积核' },
    doc: {
      en: `a preset (${PRESET_WORDS.join(', ')}) or 9 or 25 numbers row by row, each in [-100, 100]`,
      zh: `预设（${PRESET_WORDS.join('、')}），或逐行写出的 9 个或 25 个数，每个数在 [-100, 100] 之内`,
    },
  },
  {
    name: 'size',
    kind: 'word',
    default: '3',
    words: ['3', '5'],
    wordLabels: { '3': { en: '3 × 3', zh: '3 × 3' }, '5': { en: '5 × 5', zh: '5 × 5' } },
    label: { en: 'Kernel size', zh: '卷积核大小' },
    doc: {
      en: 'the size of a preset: 3 or 5; a list of numbers sets its own size (9 numbers: 3, 25 numbers: 5)',
      zh: '预设的大小：3 或 5；数字列表自带大小（9 个数为 3，25 个数为 5）',
    },
  },
  {
    name: 'image',
    kind: 'word',
    default: SAMPLE_PHOTO_IDS[0],
    words: SAMPLE_PHOTO_IDS,
    wordLabels: Object.fromEntries(samplePhotos.map((photo) => [photo.id, photo.title])),
    label: { en: 'Photo', zh: '照片' },
    doc: { en: `the sample photo: ${SAMPLE_PHOTO_IDS.join(', ')}`, zh: `示例照片：${SAMPLE_PHOTO_IDS.join('、')}` },
  },
  {
    name: 'display',
    kind: 'word',
    default: 'auto',
    words: DISPLAY_WORDS,
    wordLabels: {
      auto: { en: 'automatic', zh: '自动' },
      signed: { en: 'signed (blue − / red +)', zh: '带符号（蓝负 / 红正）' },
      abs: { en: 'absolute value', zh: '绝对值' },
    },
    label: { en: 'Show output as', zh: '输出显示方式' },
    doc: {
      en: 'auto: gray 0..255 (clipped) when the kernel’s sum is positive, else signed; signed: blue below 0, red above; abs: |value| in gray',
      zh: 'auto：卷积核之和为正时用 0..255 灰度（超出部分截断），否则用带符号配色；signed：小于 0 为蓝、大于 0 为红；abs：用灰度显示 |值|',
    },
  },
  {
    name: 'frequency',
    kind: 'flag',
    default: false,
    label: { en: 'Show the frequency response', zh: '显示频率响应' },
    doc: { en: 'shows |H|, the kernel’s frequency response, and whether it is low-pass or high-pass', zh: '显示卷积核的频率响应 |H|，以及它是低通还是高通' },
  },
  {
    name: 'x',
    kind: 'integer',
    default: DEFAULT_PIXEL.x,
    min: 0,
    max: PIXEL_INDEX_MAX,
    label: { en: 'Pixel x', zh: '像素 x' },
    doc: { en: 'column of the inspected pixel, 0 at the left (clamped to the photo)', zh: '所查看像素的列号，最左为 0（限制在照片之内）' },
  },
  {
    name: 'y',
    kind: 'integer',
    default: DEFAULT_PIXEL.y,
    min: 0,
    max: PIXEL_INDEX_MAX,
    label: { en: 'Pixel y', zh: '像素 y' },
    doc: { en: 'row of the inspected pixel, 0 at the top (clamped to the photo)', zh: '所查看像素的行号，最上为 0（限制在照片之内）' },
  },
];

/** Everything the site knows about image-filter except how it draws. */
export const imageFilterMeta: WidgetMeta = {
  id: 'image-filter',
  title: { en: 'Kernels as image filters', zh: '卷积核作为图像滤波器' },
  description: {
    en: 'Slide a small kernel over a photo: each output pixel is the sum of a neighbourhood times the kernel. Blur, sharpen or find edges.',
    zh: '让一个小卷积核在照片上滑动：每个输出像素都是邻域与卷积核逐项相乘之和。可以模糊、锐化或找出边缘。',
  },
  lesson: 'image-filters',
  params: imageFilterParams,
  reconcile: reconcileImageFilter,
  credits: samplePhotoCredits,
};
