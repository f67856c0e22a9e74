// The meta of the widget sparse-vs-dense: id, titles, lesson and the param table that drives its
// controls, its URLs, its embed page and the instructors' reference.
import type { ParamTable } from '../../state/paramTable.ts';
import type { WidgetMeta } from '../widgetDefinition.ts';
import { INPUTS_RANGE, KERNEL_RANGE, SPARSE_DEFAULTS, SPARSE_MODES } from './paramLimits.ts';
import { reconcileSparseVsDense } from './reconcileParams.ts';

/**
 * The param table. Defaults: n = 8 and k = 3 give 6 outputs, enough to see windows overlap and
 * slide, few enough that the dense graph (48 edges) stays readable on a phone; mode conv, the
 * lesson's destination, so the first picture already shows shared colours.
 */
export const sparseVsDenseParams: ParamTable = [
  {
    name: 'inputs',
    kind: 'integer',
    default: SPARSE_DEFAULTS.inputs,
    ...INPUTS_RANGE,
    label: { en: 'Inputs n', zh: '输入数 n' },
    doc: { en: 'neurons in the input layer, x₁ to xₙ', zh: '输入层的神经元个数，x₁ 到 xₙ' },
  },
  {
    name: 'kernel',
    kind: 'integer',
    default: SPARSE_DEFAULTS.kernel,
    ...KERNEL_RANGE,
    label: { en: 'Kernel k', zh: '卷积核大小 k' },
    doc: {
      en: 'inputs each output sees in local and conv mode (at most n); there are n − k + 1 outputs',
      zh: '局部连接和卷积模式下每个输出看到的输入个数（不超过 n）；输出共 n − k + 1 个',
    },
  },
  {
    name: 'mode',
    kind: 'word',
    default: SPARSE_DEFAULTS.mode,
    words: SPARSE_MODES,
    wordLabels: {
      dense: { en: 'dense', zh: '全连接' },
      local: { en: 'locally connected', zh: '局部连接' },
      conv: { en: 'convolutional', zh: '卷积' },
    },
    label: { en: 'Mode', zh: '连接方式' },
    doc: {
      en: 'dense: every output sees every input; local: k neighbours, each edge its own weight; conv: k neighbours, the same k weights for every output',
      zh: '全连接：每个输出连接所有输入；局部连接：只连 k 个相邻输入，每条边有自己的权重；卷积：只连 k 个相邻输入，所有输出共用同一组 k 个权重',
    },
  },
];

/** Everything the site knows about sparse-vs-dense except how it draws. */
export const sparseVsDenseMeta: WidgetMeta = {
  id: 'sparse-vs-dense',
  title: { en: 'Dense, locally connected, convolutional', zh: '全连接、局部连接与卷积' },
  description: {
    en: 'Two layers of neurons wired three ways: pick a neuron to see what it is connected to, and compare how many parameters each wiring needs.',
    zh: '两层神经元的三种连接方式：选中一个神经元，看它连着哪些神经元，并比较每种方式需要多少参数。',
  },
  lesson: 'sparse-connectivity',
  params: sparseVsDenseParams,
  reconcile: reconcileSparseVsDense,
};
