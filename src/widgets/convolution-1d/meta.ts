// The meta of the widget convolution-1d: id, titles, lesson and the param table that drives its
// controls, its URLs, its embed page and the instructors' reference.
import type { ParamTable, WordOrNumbersParam } from '../../state/paramTable.ts';
import type { WidgetMeta } from '../widgetDefinition.ts';
import { LIST_LIMITS, MODES, SHAPE_WORDS, SHIFT_RANGE, type ShapeWord } from './paramLimits.ts';
import { reconcileConvolution1d } from './reconcileParams.ts';

function shapeParam(name: 'f' | 'g', fallback: ShapeWord): WordOrNumbersParam {
  const role = name === 'f' ? { en: 'the signal', zh: '信号' } : { en: 'the kernel, which is flipped and shifted', zh: '卷积核，会被翻转并平移' };
  return {
    name,
    kind: 'wordOrNumbers',
    default: fallback,
    words: SHAPE_WORDS,
    ...LIST_LIMITS,
    label: { en: name, zh: name },
    doc: {
      en: `${name}, ${role.en}: a shape (${SHAPE_WORDS.join(', ')}) or up to 12 numbers such as 1, 2, 3 (a staircase in continuous mode; a shape is a short sequence in discrete mode)`,
      zh: `${name}，${role.zh}：一种形状（${SHAPE_WORDS.join('、')}），或最多 12 个数，如 1, 2, 3（连续模式下画成阶梯；离散模式下形状读作一小段序列）`,
    },
  };
}

/**
 * The param table. Defaults: f = box and g = exponential, because the exponential is lopsided, so
 * flipping it visibly matters (convolution and cross-correlation differ), and box * exponential
 * rises and decays in a curve a reader can follow; shift = 0.5 so the first picture (also the
 * prerendered one, before any script runs) already shows a shaded overlap and part of the output.
 */
export const convolution1dParams: ParamTable = [
  {
    name: 'mode',
    kind: 'word',
    default: 'continuous',
    words: MODES,
    wordLabels: { continuous: { en: 'continuous', zh: '连续' }, discrete: { en: 'discrete', zh: '离散' } },
    label: { en: 'Mode', zh: '模式' },
    doc: {
      en: 'continuous: functions of a real t and an integral; discrete: sequences and a sum',
      zh: 'continuous（连续）：实数 t 的函数与积分；discrete（离散）：序列与求和',
    },
  },
  shapeParam('f', 'box'),
  shapeParam('g', 'exponential'),
  {
    name: 'shift',
    kind: 'number',
    default: 0.5,
    min: SHIFT_RANGE.min,
    max: SHIFT_RANGE.max,
    step: 0.05,
    label: { en: 'Shift', zh: '平移量' },
    doc: {
      en: 'where g sits: continuous t, clamped to [-6, 6]; discrete n, rounded to a whole number and clamped to the output’s index range',
      zh: 'g 所在的位置：连续模式下为 t，限制在 [-6, 6]；离散模式下为 n，取整并限制在输出的下标范围内',
    },
  },
  {
    name: 'flip',
    kind: 'flag',
    default: true,
    label: { en: 'Flip g (convolution)', zh: '翻转 g（卷积）' },
    doc: {
      en: 'on: g is flipped, the convolution f * g; off: not flipped, the cross-correlation f ⋆ g that deep-learning libraries compute',
      zh: '开：翻转 g，得到卷积 f * g；关：不翻转，得到深度学习框架实际计算的互相关 f ⋆ g',
    },
  },
];

/** Everything the site knows about convolution-1d except how it draws. */
export const convolution1dMeta: WidgetMeta = {
  id: 'convolution-1d',
  title: { en: 'Convolution in one dimension', zh: '一维卷积' },
  description: {
    en: 'Slide a flipped g across f: the area (or sum) of their product at each shift is the convolution.',
    zh: '把翻转后的 g 沿 f 滑动：每个位置上两者乘积的面积（或和）就是卷积。',
  },
  lesson: 'convolution',
  params: convolution1dParams,
  reconcile: reconcileConvolution1d,
};
