// The site's own words (not lesson content) in each language: titles, the course promise, labels.
// Each language is written natively; the structure is shared so both always have every string.
import type { ColorScheme } from '../state/siteStore.ts';
import type { Language } from './language.ts';

/** Every string of the site shell and home page, in one language. */
export interface SiteText {
  /** The course name, the same in every language. */
  courseTitle: string;
  /** One line under the title saying what the course is. */
  tagline: string;
  /** The one-paragraph promise of what the course teaches. */
  promise: string;
  lessonsHeading: string;
  /** The sentence above the lesson list, given the number of lessons and how many are published. */
  lessonsIntro: (total: number, published: number) => string;
  /** The status label of a lesson that is planned but not yet published. */
  plannedLabel: string;
  /** Accessible name of the lesson number, e.g. "Lesson 3". */
  lessonNumber: (n: number) => string;
  /** Accessible name of the language switch navigation. */
  languageNavLabel: string;
  /** Text of the link that skips the header. */
  skipToContent: string;
  /** The `<title>` of the home page. */
  homeDocumentTitle: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  /** How many lessons the reader has marked done, e.g. "1 of 11 done". */
  doneCount: (done: number, total: number) => string;
  /** The mark beside a lesson the reader has marked done. */
  doneLabel: string;
  /** Accessible name of the colour scheme buttons' group. */
  colorSchemeLabel: string;
  /** The name of each colour scheme on its button. */
  colorSchemeNames: Readonly<Record<ColorScheme, string>>;
  /** The lesson page's `<title>`, given the lesson title. */
  lessonDocumentTitle: (title: string) => string;
  /** Estimated reading time, e.g. "6 min read". */
  readingTime: (minutes: number) => string;
  /** Heading of a lesson's table of contents. */
  tocHeading: string;
  /** The toggle button at the end of a lesson (aria-pressed says whether it is done). */
  markDone: string;
  /** What the page says once the lesson is marked done. */
  markedDone: string;
  /** Accessible name of the navigation at the end of a lesson (previous, course map, next). */
  lessonPagerLabel: string;
  previousLesson: string;
  nextLesson: string;
  /** The link at the end of a lesson back to the course map. */
  allLessons: string;
  /** Shown while a lesson's text is loading (only when it was not prerendered). */
  lessonLoading: string;
  /** The home page's link to the widget gallery. */
  widgetsLink: string;
}

/** The site text per language. */
export const siteText: Readonly<Record<Language, SiteText>> = {
  en: {
    courseTitle: 'Receptive',
    tagline: 'An interactive course on convolutional neural networks',
    promise:
      'Receptive explains how convolutional neural networks work, from the operation at their heart to a network you train yourself. You start with convolution itself, a kernel sliding over a signal or an image and summing products, then see why a CNN connects each unit to a small patch and reuses the same weights everywhere, how padding, stride and dilation set the size of every feature map, what pooling and channels add, and how much of the input each unit sees through its receptive field. Finally you build a small network for handwritten digits and train it right here in your browser. Every idea comes with a live figure to change and watch, computed by a small engine that gives the same numbers as PyTorch.',
    lessonsHeading: 'Lessons',
    lessonsIntro: (total, published) =>
      published === 0
        ? `The course has ${total} lessons, in this order. None is published yet; each one is listed with what it will cover.`
        : `The course has ${total} lessons, in this order; ${published} of them ${published === 1 ? 'is' : 'are'} published so far.`,
    plannedLabel: 'Planned',
    lessonNumber: (n) => `Lesson ${n}`,
    languageNavLabel: 'Language',
    skipToContent: 'Skip to content',
    homeDocumentTitle: 'Receptive: an interactive course on convolutional neural networks',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    backHome: 'Go to the course home page',
    doneCount: (done, total) => `${done} of ${total} done`,
    doneLabel: 'Done',
    colorSchemeLabel: 'Colour scheme',
    colorSchemeNames: { auto: 'Auto', light: 'Light', dark: 'Dark' },
    lessonDocumentTitle: (title) => `${title} · Receptive`,
    readingTime: (minutes) => `${minutes} min read`,
    tocHeading: 'On this page',
    markDone: 'Mark as done',
    markedDone: 'You have marked this lesson as done.',
    lessonPagerLabel: 'Course navigation',
    previousLesson: 'Previous',
    nextLesson: 'Next',
    allLessons: 'All lessons',
    lessonLoading: 'Loading the lesson…',
    widgetsLink: 'All interactive figures, ready to embed',
  },
  zh: {
    courseTitle: 'Receptive',
    tagline: '卷积神经网络互动课程',
    promise:
      'Receptive 带你弄懂卷积神经网络是怎样工作的：从最核心的卷积运算讲起，一直到亲手训练出一个网络。先看卷积本身，也就是卷积核在信号或图像上滑动、逐项相乘再求和；再看 CNN 为什么让每个单元只连接一小块输入（稀疏连接），又为什么在所有位置共用同一组权重（权重共享）；接着弄清填充、步幅和空洞怎样决定每张特征图的大小，池化和多通道各自带来了什么，以及每个单元通过感受野能看到输入的多大范围。最后，你会搭建一个识别手写数字的小网络，并直接在浏览器里训练它。每个概念都配有可以亲手调节、实时变化的交互图示，背后的数值由一个小巧的计算引擎算出，结果与 PyTorch 一致。',
    lessonsHeading: '课程目录',
    lessonsIntro: (total, published) =>
      published === 0
        ? `本课程共 ${total} 课，按学习顺序排列。目前还没有发布的课，下面先列出每一课要讲的内容。`
        : `本课程共 ${total} 课，按学习顺序排列，目前已发布 ${published} 课。`,
    plannedLabel: '尚未发布',
    lessonNumber: (n) => `第 ${n} 课`,
    languageNavLabel: '语言',
    skipToContent: '跳到正文',
    homeDocumentTitle: 'Receptive：卷积神经网络互动课程',
    notFoundTitle: '页面不存在',
    notFoundBody: '这个地址没有对应的页面，可能已经移走，也可能是链接写错了。',
    backHome: '返回课程首页',
    doneCount: (done, total) => `已学完 ${done} / ${total} 课`,
    doneLabel: '已学完',
    colorSchemeLabel: '配色',
    colorSchemeNames: { auto: '自动', light: '浅色', dark: '深色' },
    lessonDocumentTitle: (title) => `${title} · Receptive`,
    readingTime: (minutes) => `阅读约 ${minutes} 分钟`,
    tocHeading: '本课目录',
    markDone: '标记为已学完',
    markedDone: '这一课已标记为学完。',
    lessonPagerLabel: '课程导航',
    previousLesson: '上一课',
    nextLesson: '下一课',
    allLessons: '课程目录',
    lessonLoading: '正在加载课程内容…',
    widgetsLink: '全部交互图示（可单独嵌入）',
  },
};
