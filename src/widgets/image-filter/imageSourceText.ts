// The strings of the reader's-own-image part of image-filter, in English and Simplified Chinese: the
// picker's labels, its problems (from readImageFile), the downscale note and the storage notes.
import type { WidgetLanguage } from '../widgetDefinition.ts';
import type { ImageFileProblem } from './readImageFile.ts';
import type { UserImageSaveProblem } from './userImageStore.ts';

/** The picker's and the store's strings in one language. */
export interface ImageSourceText {
  /** The file button's visible label. */
  useOwnImage: string;
  /** The drop zone's line. */
  dropHint: string;
  /** Shown while a file is dragged over the zone. */
  dropNow: string;
  /** The promise that the image stays local. */
  privacy: string;
  /** Shown while a file is read. */
  reading: string;
  /** Something dropped or pasted that holds no file. */
  noFile: string;
  /** The sentence for a file that could not be used. */
  problem: (name: string, problem: ImageFileProblem) => string;
  /** Said when a large image was scaled down: 'Downscaled from 4000×3000 to 512×384.' */
  downscaled: (from: { width: number; height: number }, to: { width: number; height: number }) => string;
  /** Said when the image could not be kept for the next visit. */
  notSaved: (problem: UserImageSaveProblem) => string;
}

const FORMATS = 'PNG, JPEG, GIF, WebP, BMP';

/** `1234567` -> '1.2' (megapixels, one decimal). */
function megapixels(pixels: number): string {
  return (Math.round(pixels / 100_000) / 10).toString();
}

/**
 * A pixel count the Chinese way, in 万 (10^4) or 亿 (10^8): 50_000_000 -> '5000 万像素',
 * 144_000_000 -> '1.44 亿像素' (at most two decimals), below 10^4 the count itself: '900 像素'.
 */
export function pixelCountZh(pixels: number): string {
  const wan = Math.round(pixels / 1e4);
  if (wan >= 1e4) return `${Math.round(pixels / 1e6) / 100} 亿像素`;
  if (pixels >= 1e4) return `${wan} 万像素`;
  return `${Math.round(pixels)} 像素`;
}

/** Bytes -> megabytes with one decimal. */
function megabytes(bytes: number): string {
  return (Math.round((bytes * 10) / (1024 * 1024)) / 10).toString();
}

const size = (s: { width: number; height: number }) => `${s.width}×${s.height}`;

/** The strings per language. */
export const imageSourceText: Readonly<Record<WidgetLanguage, ImageSourceText>> = {
  en: {
    useOwnImage: 'Use your own image',
    dropHint: 'or drop an image file here (or paste one).',
    dropNow: 'Drop the image to use it.',
    privacy: 'Your image stays in this browser: it is never uploaded.',
    reading: 'Reading the image…',
    noFile: 'That was not a file. Drop or choose an image file (PNG, JPEG, GIF, WebP, BMP).',
    problem: (name, problem) => {
      switch (problem.kind) {
        case 'empty':
          return `“${name}” is empty (0 bytes). The current image stays.`;
        case 'file-too-large':
          return `“${name}” is too large: ${megabytes(problem.bytes)} MB, over the limit of ${megabytes(problem.limitBytes)} MB. The current image stays.`;
        case 'not-an-image':
          return `“${name}” is not an image this browser can read (use ${FORMATS}). The current image stays.`;
        case 'too-many-pixels':
          return `“${name}” has too many pixels: ${problem.width} × ${problem.height} = ${megapixels(problem.width * problem.height)} megapixels, over the limit of ${megapixels(problem.limitPixels)} megapixels. Scale it down first; the current image stays.`;
        case 'broken':
          return `“${name}” looks like a ${problem.format.toUpperCase()} image but could not be decoded: the file may be damaged or cut short. The current image stays.`;
        case 'cannot-decode':
          return 'This browser cannot decode images inside the page (createImageBitmap is missing). Try a recent browser.';
      }
    },
    downscaled: (from, to) => `Downscaled from ${size(from)} to ${size(to)}.`,
    notSaved: (problem) =>
      problem === 'quota'
        ? 'The image is used, but it is too large to keep in this browser’s storage, so it will be gone after a reload.'
        : 'The image is used, but this browser does not allow keeping it (storage is off), so it will be gone after a reload.',
  },
  zh: {
    useOwnImage: '使用自己的图片',
    dropHint: '或把图片文件拖放到这里（也可以粘贴）。',
    dropNow: '松开即可使用这张图片。',
    privacy: '你的图片只留在本浏览器中，绝不会上传。',
    reading: '正在读取图片…',
    noFile: '拖入的不是文件。请拖放或选择一个图片文件（PNG、JPEG、GIF、WebP、BMP）。',
    problem: (name, problem) => {
      switch (problem.kind) {
        case 'empty':
          return `“${name}”是空文件（0 字节），仍使用当前图片。`;
        case 'file-too-large':
          return `“${name}”太大：${megabytes(problem.bytes)} MB，超过 ${megabytes(problem.limitBytes)} MB 的上限，仍使用当前图片。`;
        case 'not-an-image':
          return `“${name}”不是本浏览器能读取的图片（请使用 PNG、JPEG、GIF、WebP 或 BMP），仍使用当前图片。`;
        case 'too-many-pixels':
          return `“${name}”的像素太多：${problem.width} × ${problem.height} = ${pixelCountZh(problem.width * problem.height)}，超过 ${pixelCountZh(problem.limitPixels)}的上限。请先缩小图片；仍使用当前图片。`;
        case 'broken':
          return `“${name}”看起来是 ${problem.format.toUpperCase()} 图片，但无法解码：文件可能已损坏或不完整。仍使用当前图片。`;
        case 'cannot-decode':
          return '本浏览器无法在页面内解码图片（缺少 createImageBitmap），请换用较新的浏览器。';
      }
    },
    downscaled: (from, to) => `已从 ${size(from)} 缩小到 ${size(to)}。`,
    notSaved: (problem) =>
      problem === 'quota'
        ? '图片已在使用，但它太大，无法保存在本浏览器的存储中，刷新页面后会消失。'
        : '图片已在使用，但本浏览器不允许保存（存储已关闭），刷新页面后会消失。',
  },
};
