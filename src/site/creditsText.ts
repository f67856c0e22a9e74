// The words of the credits page (/credits, /zh/credits) and of the site footer that links to it, in
// English and Simplified Chinese.
import type { Language } from './language.ts';

/** Every string of the credits page and the footer. */
export interface CreditsText {
  title: string;
  documentTitle: string;
  intro: string;
  photosHeading: string;
  photosIntro: string;
  author: string;
  licence: string;
  original: string;
  changes: string;
  usedIn: string;
  digitsHeading: string;
  /** What the digit files are, given the counts from their manifest. */
  digitsBody: (train: number, test: number) => string;
  digitsAuthors: string;
  digitsChanges: string;
  softwareHeading: string;
  softwareIntro: string;
  /** Column headings of the software table. */
  softwareColumns: { name: string; use: string; licence: string };
  /** The site footer's link to this page. */
  footerCredits: string;
}

const formatCount = (lang: Language, n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');

/** The strings per language. */
export const creditsText: Readonly<Record<Language, CreditsText>> = {
  en: {
    title: 'Credits',
    documentTitle: 'Credits · Receptive',
    intro:
      'Receptive’s own code is under the MIT licence. The site also ships photos, data and software made by others, each under its own licence, listed here with thanks to their authors.',
    photosHeading: 'Sample photos',
    photosIntro: 'The photos the widgets filter. Each is shipped as an 8-bit grayscale PNG file; the changes made to the original are listed with it.',
    author: 'Author',
    licence: 'Licence',
    original: 'Original',
    changes: 'Changes',
    usedIn: 'Used in',
    digitsHeading: 'Handwritten digits',
    digitsBody: (train, test) =>
      `The digits the network lessons train on and test with: ${formatCount('en', train)} training and ${formatCount('en', test)} test images of 28×28 pixels, taken from the MNIST database. The files carry MNIST’s licence, CC BY-SA 3.0.`,
    digitsAuthors: 'Yann LeCun, Corinna Cortes and Christopher J. C. Burges',
    digitsChanges: 'A subset (the first training images and every fifth test image); pixels unchanged, stored in a smaller file format.',
    softwareHeading: 'Software in the page',
    softwareIntro: 'The open-source packages whose code or fonts your browser downloads with these pages.',
    softwareColumns: { name: 'Package', use: 'What for', licence: 'Licence' },
    footerCredits: 'Credits and licences',
  },
  zh: {
    title: '致谢与版权',
    documentTitle: '致谢与版权 · Receptive',
    intro: 'Receptive 自身的代码以 MIT 许可证发布。网站还用到了他人制作的照片、数据和软件，它们各有自己的许可证，列在下面，并向作者们致谢。',
    photosHeading: '示例照片',
    photosIntro: '交互图示中用来滤波的照片。每张都以 8 位灰度 PNG 文件提供，并注明了对原图所做的改动。',
    author: '作者',
    licence: '许可证',
    original: '原图',
    changes: '改动',
    usedIn: '用于',
    digitsHeading: '手写数字',
    digitsBody: (train, test) =>
      `网络相关课程用来训练和测试的数字图像：${formatCount('zh', train)} 张训练图像和 ${formatCount('zh', test)} 张测试图像，每张 28×28 像素，取自 MNIST 数据库。这些文件沿用 MNIST 的许可证 CC BY-SA 3.0。`,
    digitsAuthors: 'Yann LeCun、Corinna Cortes 和 Christopher J. C. Burges',
    digitsChanges: '取其子集（训练集的前若干张、测试集每隔五张取一张）；像素未作改动，只换成了更小的文件格式。',
    softwareHeading: '页面中的软件',
    softwareIntro: '浏览器打开这些页面时会一同下载下列开源软件包的代码或字体。',
    softwareColumns: { name: '软件包', use: '用途', licence: '许可证' },
    footerCredits: '致谢与版权',
  },
};
