// The words of the embed page (one widget, no site chrome) in each course language.
import type { WidgetLanguage } from '../widgets/widgetDefinition.ts';

/** Every string of the embed page. */
export interface EmbedText {
  openLesson: string;
  linkLabel: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  documentTitle: (widgetTitle: string) => string;
}

/** The embed page's strings per language. */
export const embedText: Readonly<Record<WidgetLanguage, EmbedText>> = {
  en: {
    openLesson: 'Open the lesson this figure belongs to',
    linkLabel: 'Link to this figure in its current state',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Copying is not allowed here: select the link and copy it.',
    documentTitle: (title) => `${title} · Receptive`,
  },
  zh: {
    openLesson: '打开这个图示所在的课',
    linkLabel: '指向这个图示当前状态的链接',
    copyLink: '复制链接',
    copied: '链接已复制。',
    copyFailed: '此处不允许复制，请选中链接后手动复制。',
    documentTitle: (title) => `${title} · Receptive`,
  },
};
