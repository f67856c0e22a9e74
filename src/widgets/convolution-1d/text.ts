// Every string convolution-1d shows, in English and Simplified Chinese (labels, legends, notes).
// Sentences that carry numbers are built in describe.ts; formulas in formula.ts.
import type { WidgetLanguage } from '../widgetDefinition.ts';
import type { ShapeWord } from './paramLimits.ts';

/** The widget's fixed strings in one language. */
export interface Convolution1dText {
  settings: string;
  presets: string;
  presetNames: { slidingAverage: string; twoDice: string; smoothing: string };
  /** Legend entries of the continuous top panel. */
  legendF: string;
  legendG: (flip: boolean) => string;
  legendProduct: (flip: boolean) => string;
  /** Titles of the figures' rows and panels. */
  outputContinuous: (flip: boolean) => string;
  rowF: string;
  rowG: (flip: boolean) => string;
  rowProducts: (flip: boolean) => string;
  rowOutput: (flip: boolean) => string;
  /** Label of the data-result line. */
  resultContinuous: string;
  resultDiscrete: string;
  /** Said when step ⋆ step makes the integral infinite. */
  truncationNote: string;
  /** Hint under the discrete figure. */
  barsHint: string;
  /** Hint under the continuous figure. */
  dragHint: string;
  /** A shape word's name in running text. */
  shapeName: Record<ShapeWord, string>;
  /** A list read as a staircase in continuous mode. */
  staircase: (list: string) => string;
}

/** The strings per language. */
export const convolution1dText: Readonly<Record<WidgetLanguage, Convolution1dText>> = {
  en: {
    settings: 'Settings',
    presets: 'Presets',
    presetNames: { slidingAverage: 'Sliding average', twoDice: 'Two dice', smoothing: 'Smoothing a noisy signal' },
    legendF: 'f(τ)',
    legendG: (flip) => (flip ? 'g flipped and shifted: g(t − τ)' : 'g shifted, not flipped: g(τ − t)'),
    legendProduct: (flip) => (flip ? 'product f(τ)·g(t − τ); its area is (f*g)(t)' : 'product f(τ)·g(τ − t); its area is (f⋆g)(t)'),
    outputContinuous: (flip) => (flip ? '(f*g)(t)' : '(f⋆g)(t)'),
    rowF: 'f[k]',
    rowG: (flip) => (flip ? 'g[n − k], flipped and placed at n' : 'g[k − n], placed at n'),
    rowProducts: (flip) => (flip ? 'f[k]·g[n − k]' : 'f[k]·g[k − n]'),
    rowOutput: (flip) => (flip ? '(f*g)[n]' : '(f⋆g)[n]'),
    resultContinuous: 'Value at t',
    resultDiscrete: 'Output sequence',
    truncationNote:
      'With two steps and no flip the overlap never ends, so the integral is infinite; the values shown stop counting at τ = 20.',
    barsHint: 'Click or tap an output bar (or drag across the bars) to move n there; the step player moves it by keyboard.',
    dragHint: 'Drag sideways across the figure or tap it to move t; the step player moves it by keyboard.',
    shapeName: { box: 'a box', triangle: 'a triangle', gaussian: 'a gaussian', exponential: 'an exponential', step: 'a step' },
    staircase: (list) => `steps ${list}`,
  },
  zh: {
    settings: '设置',
    presets: '预设',
    presetNames: { slidingAverage: '滑动平均', twoDice: '两个骰子', smoothing: '平滑含噪信号' },
    legendF: 'f(τ)',
    legendG: (flip) => (flip ? 'g 翻转并平移：g(t − τ)' : 'g 只平移、不翻转：g(τ − t)'),
    legendProduct: (flip) => (flip ? '乘积 f(τ)·g(t − τ)，面积即 (f*g)(t)' : '乘积 f(τ)·g(τ − t)，面积即 (f⋆g)(t)'),
    outputContinuous: (flip) => (flip ? '(f*g)(t)' : '(f⋆g)(t)'),
    rowF: 'f[k]',
    rowG: (flip) => (flip ? 'g[n − k]，翻转后放在 n 处' : 'g[k − n]，放在 n 处'),
    rowProducts: (flip) => (flip ? 'f[k]·g[n − k]' : 'f[k]·g[k − n]'),
    rowOutput: (flip) => (flip ? '(f*g)[n]' : '(f⋆g)[n]'),
    resultContinuous: 't 处的值',
    resultDiscrete: '输出序列',
    truncationNote: '两个阶跃函数且不翻转时，重叠部分无限延伸，积分为无穷大；这里显示的值只算到 τ = 20 为止。',
    barsHint: '点击某个输出柱（或按住在柱上拖动），n 就移到那里；用键盘可以通过分步播放器移动。',
    dragHint: '在图上左右拖动或轻点可以移动 t；用键盘可以通过分步播放器移动。',
    shapeName: { box: '矩形函数', triangle: '三角形函数', gaussian: '高斯函数', exponential: '指数函数', step: '阶跃函数' },
    staircase: (list) => `阶梯 ${list}`,
  },
};
