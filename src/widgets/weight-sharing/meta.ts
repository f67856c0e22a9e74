// The meta of the widget weight-sharing: id, titles, lesson and the param table that drives its
// controls, its URLs, its embed page and the instructors' reference.
import type { ParamTable } from '../../state/paramTable.ts';
import type { WidgetMeta } from '../widgetDefinition.ts';
import { WEIGHT_SHARING_DEFAULTS, WEIGHT_SHARING_LIMITS, WEIGHT_SHARING_VIEWS } from './paramLimits.ts';
import { reconcileWeightSharing } from './reconcileParams.ts';

/** The param table; the defaults and why are in paramLimits.ts (WEIGHT_SHARING_DEFAULTS). */
export const weightSharingParams: ParamTable = [
  {
    name: 'kernel',
    kind: 'numbers',
    default: WEIGHT_SHARING_DEFAULTS.kernel,
    ...WEIGHT_SHARING_LIMITS.kernel,
    label: { en: 'Kernel', zh: '卷积核' },
    doc: {
      en: 'the shared weights w₁, w₂, …: 1 to 7 numbers in [−10, 10], such as 1, 2, −1',
      zh: '共享权重 w₁、w₂……：1 到 7 个 [−10, 10] 之间的数，如 1, 2, −1',
    },
  },
  {
    name: 'inputs',
    kind: 'integer',
    default: WEIGHT_SHARING_DEFAULTS.inputs,
    ...WEIGHT_SHARING_LIMITS.inputs,
    label: { en: 'Inputs n', zh: '输入数 n' },
    doc: {
      en: 'length of the input x (at least the kernel’s length); the signal is cut or padded with zeros to n values',
      zh: '输入 x 的长度（不小于卷积核的长度）；信号会被截断或补零到 n 个值',
    },
  },
  {
    name: 'view',
    kind: 'word',
    default: WEIGHT_SHARING_DEFAULTS.view,
    words: WEIGHT_SHARING_VIEWS,
    wordLabels: { graph: { en: 'graph', zh: '连接图' }, matrix: { en: 'matrix', zh: '权重矩阵' } },
    label: { en: 'View', zh: '视图' },
    doc: {
      en: 'graph: the layer’s edges coloured by the weight they use; matrix: the same layer as a dense weight matrix',
      zh: 'graph（连接图）：按所用权重给边着色；matrix（权重矩阵）：把同一层写成稠密的权重矩阵',
    },
  },
  {
    name: 'signal',
    kind: 'numbers',
    default: WEIGHT_SHARING_DEFAULTS.signal,
    ...WEIGHT_SHARING_LIMITS.signal,
    label: { en: 'Signal x', zh: '输入信号 x' },
    doc: {
      en: 'the input values x₁, x₂, …, in [−10, 10]; cut or padded with zeros to n values',
      zh: '输入值 x₁、x₂……，取值在 [−10, 10]；截断或补零到 n 个值',
    },
  },
  {
    name: 'shift',
    kind: 'integer',
    default: WEIGHT_SHARING_DEFAULTS.shift,
    ...WEIGHT_SHARING_LIMITS.shift,
    label: { en: 'Shift', zh: '平移量' },
    doc: {
      en: 'moves the input right by this many places (left when negative), zeros coming in',
      zh: '把输入向右平移这么多位（负数向左），空出的位置补零',
    },
  },
];

/** Everything the site knows about weight-sharing except how it draws. */
export const weightSharingMeta: WidgetMeta = {
  id: 'weight-sharing',
  title: { en: 'Weight sharing', zh: '权重共享' },
  description: {
    en: 'A convolutional layer uses the same few weights at every position: see them shared along the edges and down the diagonals of its weight matrix, and watch the output follow a shifted input.',
    zh: '卷积层在每个位置都用同一小组权重：看它们如何在各条边之间、沿权重矩阵的对角线共享，以及输入平移时输出如何跟着平移。',
  },
  lesson: 'weight-sharing',
  params: weightSharingParams,
  reconcile: reconcileWeightSharing,
};
