// The course outline: every lesson in course order, with its title and one-line summary in each
// language. The one nav file the home page and lesson navigation read. Whether a lesson is published
// is not stored here: it is derived from the lesson files (lessons.ts).
import type { Language } from './language.ts';
import { isPublished } from './lessons.ts';

/** A lesson's title and one-line summary in one language. */
export interface LessonText {
  title: string;
  summary: string;
}

/**
 * One lesson of the course: a kebab-case slug and its text per language. For a published lesson the
 * text equals the lesson files' frontmatter (checked by tests/content.test.ts).
 */
export interface OutlineEntry {
  slug: string;
  text: Readonly<Record<Language, LessonText>>;
}

/** A lesson as one language shows it: position in the course (1-based), slug, title, summary, published. */
export interface OutlineLesson extends LessonText {
  number: number;
  slug: string;
  /** True once the lesson has a file in every language. */
  published: boolean;
}

/** The lessons in course order. */
export const courseOutline: readonly OutlineEntry[] = [
  {
    slug: 'convolution',
    text: {
      en: {
        title: 'What is a convolution?',
        summary:
          'Two functions in, a third out: flip one, slide it along the other and add up the overlap, from sliding averages to the sum of two dice.',
      },
      zh: {
        title: '什么是卷积',
        summary: '由两个函数得到第三个：把其中一个翻转、平移，与另一个的重叠部分累加起来。从滑动平均一直讲到两颗骰子点数之和的分布。',
      },
    },
  },
  {
    slug: 'image-filters',
    text: {
      en: {
        title: 'Kernels as image filters',
        summary:
          'Blur, sharpen and edge detection are small fixed kernels: see what each keeps and what it removes, and why a CNN learns its kernels instead.',
      },
      zh: {
        title: '卷积核就是图像滤波器',
        summary: '模糊、锐化、边缘检测，本质上都是一个固定的小卷积核。看看每种核留下了什么、滤掉了什么，再想想 CNN 为什么要自己学卷积核。',
      },
    },
  },
  {
    slug: 'sparse-connectivity',
    text: {
      en: {
        title: 'Sparse connectivity',
        summary:
          'Each unit sees only a small patch of the layer below, not all of it: fewer weights, less memory and faster learning.',
      },
      zh: {
        title: '稀疏连接',
        summary: '每个神经元只连接上一层的一小块区域，而不是整层：权重更少，内存更省，学得也更快。',
      },
    },
  },
  {
    slug: 'weight-sharing',
    text: {
      en: {
        title: 'Weight sharing',
        summary:
          'One kernel is reused at every position of a feature map. This is what sets a convolution apart from a layer that is merely locally connected.',
      },
      zh: {
        title: '权重共享',
        summary: '同一个卷积核在特征图的每个位置反复使用。正是这一点，把卷积层和只做局部连接的网络区分开来。',
      },
    },
  },
  {
    slug: 'output-size',
    text: {
      en: {
        title: 'Output size: padding, stride, dilation',
        summary:
          'Work out the height and width of every feature map from the input size, the kernel, the padding, the stride and the dilation, one step at a time.',
      },
      zh: {
        title: '输出尺寸：填充、步幅与空洞',
        summary: '已知输入尺寸、卷积核大小、填充、步幅和空洞率，一步步算出每张特征图的高和宽。',
      },
    },
  },
  {
    slug: 'pooling',
    text: {
      en: {
        title: 'Pooling',
        summary:
          'Max and average pooling shrink a feature map, keep its strongest or its mean response, and make the result less sensitive to small shifts.',
      },
      zh: {
        title: '池化',
        summary: '最大池化和平均池化把特征图缩小，只留下最强或平均的响应，让结果对微小的平移不那么敏感。',
      },
    },
  },
  {
    slug: 'channels-and-dimensions',
    text: {
      en: {
        title: 'Channels and dimensions: 1D, 2D and fully convolutional',
        summary:
          'How a kernel spans every input channel and each kernel makes one output channel, and the three structures: one-dimensional, two-dimensional and fully convolutional.',
      },
      zh: {
        title: '通道与维度：一维、二维和全卷积',
        summary: '卷积核怎样覆盖全部输入通道、每个卷积核又怎样生成一个输出通道；以及一维、二维和全卷积这三种网络结构。',
      },
    },
  },
  {
    slug: 'receptive-fields',
    text: {
      en: {
        title: 'Receptive fields',
        summary:
          'Trace, layer by layer, which input pixels a unit deep in the network can see, and which units a single input pixel reaches.',
      },
      zh: {
        title: '感受野',
        summary: '逐层追踪：网络深处的一个单元能看到输入的哪些像素，输入的一个像素又能影响到哪些单元。',
      },
    },
  },
  {
    slug: 'cnn-at-a-glance',
    text: {
      en: {
        title: 'A CNN at a glance',
        summary:
          'Convolutions, activations, pooling and dense layers stacked into one feed-forward network that learns its own features by backpropagation.',
      },
      zh: {
        title: '一图看懂 CNN',
        summary: '卷积、激活、池化和全连接层层层堆叠，组成一个前馈网络，再靠反向传播自己学出有用的特征。',
      },
    },
  },
  {
    slug: 'build-a-network',
    text: {
      en: {
        title: 'Build the network',
        summary:
          'Assemble a classic handwritten-digit classifier layer by layer, from a 28x28 image to 10 classes, and check every shape and all 35,754 parameters.',
      },
      zh: {
        title: '动手搭建网络',
        summary: '一层层搭出经典的手写数字分类网络：从 28×28 的图像到 10 个类别，核对每一层的形状，以及全部 35,754 个参数。',
      },
    },
  },
  {
    slug: 'train-in-the-browser',
    text: {
      en: {
        title: 'Train it in your browser',
        summary:
          'Train that network on handwritten digits with SGD, momentum and Nesterov, and watch its loss and accuracy change epoch by epoch.',
      },
      zh: {
        title: '在浏览器里训练',
        summary: '用带动量和 Nesterov 加速的随机梯度下降，在手写数字上训练这个网络，逐轮观察损失和准确率的变化。',
      },
    },
  },
];

/**
 * The outline as one language shows it, in course order, numbered from 1; `published` asks
 * whether a slug is published (by default: it has a lesson file in every language).
 */
export function outlineIn(
  lang: Language,
  outline: readonly OutlineEntry[] = courseOutline,
  published: (slug: string) => boolean = isPublished,
): OutlineLesson[] {
  return outline.map((entry, index) => ({
    number: index + 1,
    slug: entry.slug,
    published: published(entry.slug),
    ...entry.text[lang],
  }));
}

/** The published lessons just before and after `slug` in course order (undefined at either end). */
export interface LessonNeighbours {
  previous?: OutlineLesson;
  next?: OutlineLesson;
}

/** The published neighbours of `slug` among `lessons` (an `outlineIn` list); planned lessons are skipped. */
export function publishedNeighbours(slug: string, lessons: readonly OutlineLesson[]): LessonNeighbours {
  const published = lessons.filter((lesson) => lesson.published);
  const index = published.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) return {};
  return { previous: published[index - 1], next: published[index + 1] };
}
