// Every fixed string weight-sharing shows, in English and Simplified Chinese. Sentences that carry
// numbers are built in describe.ts.
import type { WidgetLanguage } from '../widgetDefinition.ts';

/** The widget's fixed strings in one language. */
export interface WeightSharingText {
  weightsTitle: string;
  weightsHint: string;
  /** The message under a weight field whose text is not a weight: the weight's name and the value it keeps. */
  weightInvalid: (name: string, kept: string) => string;
  convTitle: string;
  localTitle: string;
  localWeightsOf: string;
  matrixTitle: string;
  matrixCaption: string;
  matrixProduct: string;
  corner: string;
  shiftTitle: string;
  rowX: string;
  rowXShifted: (shift: string) => string;
  rowY: string;
  rowYShifted: string;
  resultLabel: string;
  outputHeader: string;
}

/** The strings per language. */
export const weightSharingText: Readonly<Record<WidgetLanguage, WeightSharingText>> = {
  en: {
    weightsTitle: 'Shared weights',
    weightsHint: 'Change a weight: every edge that uses it changes at once (thickness follows |w|).',
    weightInvalid: (name, kept) => `Not a number from -10 to 10; ${name} keeps ${kept}.`,
    convTitle: 'Convolutional layer: a few weights, shared',
    localTitle: 'Locally connected layer: the same edges, each with its own weight',
    localWeightsOf: 'Its weights, output by output:',
    matrixTitle: 'The convolutional layer as a weight matrix W',
    matrixCaption:
      'Seen as a fully connected layer, a convolution is one under an infinitely strong prior with two parts: every weight outside an output’s receptive field is fixed at zero (the zeros off the band), and each output uses the same weights as its neighbour, moved one place, so each diagonal holds a single value (one colour per shared weight).',
    matrixProduct: 'Each output is its row of W times x; the last column is y = W x.',
    corner: 'W',
    shiftTitle: 'Shift the input, the output shifts too',
    rowX: 'x',
    rowXShifted: (shift) => `x shifted by ${shift}`,
    rowY: 'y from x',
    rowYShifted: 'y′ from the shifted x',
    resultLabel: 'Output y′ (for the shifted input)',
    outputHeader: 'y = W x',
  },
  zh: {
    weightsTitle: '共享权重',
    weightsHint: '修改一个权重，所有用到它的边会同时改变（线的粗细随 |w| 变化）。',
    weightInvalid: (name, kept) => `不是 -10 到 10 之间的数；${name} 保留 ${kept}。`,
    convTitle: '卷积层：少数几个权重，处处共享',
    localTitle: '局部连接层：同样的边，每条边有自己的权重',
    localWeightsOf: '它的权重，按输出逐个列出：',
    matrixTitle: '把卷积层写成权重矩阵 W',
    matrixCaption:
      '把卷积看作一个全连接层，它的权重受一个“无限强的先验”约束，这个先验包含两部分：每个输出感受野以外的权重都固定为零（带状区域以外的零）；每个输出的权重都和相邻输出的一样，只是错开一位，所以每条对角线上只有一个值（每个共享权重一种颜色）。',
    matrixProduct: '每个输出等于 W 的对应一行乘以 x；最后一列就是 y = W x。',
    corner: 'W',
    shiftTitle: '输入平移，输出也跟着平移',
    rowX: 'x',
    rowXShifted: (shift) => `x 平移 ${shift} 位`,
    rowY: '由 x 得到的 y',
    rowYShifted: '由平移后的 x 得到的 y′',
    resultLabel: '输出 y′（对应平移后的输入）',
    outputHeader: 'y = W x',
  },
};
