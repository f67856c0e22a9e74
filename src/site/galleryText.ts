// The words of the widget gallery page in each language.
import type { Language } from './language.ts';

/** Every string of the gallery page. */
export interface GalleryText {
  title: string;
  intro: string;
  documentTitle: string;
  openEmbed: string;
  openLesson: string;
  paramsCaption: (widgetTitle: string) => string;
  paramsSummary: string;
  embedAddress: string;
}

/** The gallery's strings per language. */
export const galleryText: Readonly<Record<Language, GalleryText>> = {
  en: {
    title: 'Widgets',
    intro:
      'Every figure of the course, each on a page of its own that can go into a slide or a course page. Settings go in the address: change the figure on its page and the address follows, so it can be shared as a link.',
    documentTitle: 'Widgets · Receptive',
    openEmbed: 'Open on its own page',
    openLesson: 'Read the lesson',
    paramsCaption: (title) => `Settings of “${title}”`,
    paramsSummary: 'Settings it takes in the address',
    embedAddress: 'Address',
  },
  zh: {
    title: '交互图示',
    intro:
      '课程里的每个交互图示都有一个独立页面，可以直接放进幻灯片或课程网页。设置写在网址里：在独立页面上调整图示，网址会随之更新，复制下来就能分享当前的状态。',
    documentTitle: '交互图示 · Receptive',
    openEmbed: '打开独立页面',
    openLesson: '阅读对应的课',
    paramsCaption: (title) => `“${title}”的参数`,
    paramsSummary: '网址中可用的参数',
    embedAddress: '网址',
  },
};
