// Every fixed string sparse-vs-dense shows, in English and Simplified Chinese. Sentences that carry
// numbers are built in describe.ts; formulas in formula.ts.
import type { WidgetLanguage } from '../widgetDefinition.ts';
import type { SparseMode } from './paramLimits.ts';

/** The widget's fixed strings in one language. */
export interface SparseVsDenseText {
  modeName: Record<SparseMode, string>;
  inputsRow: string;
  outputsRow: string;
  /** Hint under the graph, also the live region's text while nothing is picked. */
  pickHint: string;
  paramsTitle: string;
  paramsCaption: string;
  columnMode: string;
  columnFormula: string;
  columnCount: string;
  current: string;
  resultLabel: string;
  imageTitle: string;
  imageCaption: (input: string, maps: number, mapSize: string, kernel: string) => string;
  columnParams: string;
  columnMemory: string;
  imageNote: string;
  legendConv: string;
  legendLocal: string;
  legendDense: string;
}

/** The strings per language. */
export const sparseVsDenseText: Readonly<Record<WidgetLanguage, SparseVsDenseText>> = {
  en: {
    modeName: { dense: 'Dense', local: 'Locally connected', conv: 'Convolutional' },
    inputsRow: 'Input neurons',
    outputsRow: 'Output neurons',
    pickHint: 'Point at, tap or focus a neuron (Tab, then the arrow keys) to light up what it is connected to.',
    paramsTitle: 'Parameters of this layer',
    paramsCaption: 'Weights plus biases, with m = n − k + 1 outputs; dense and locally connected layers have one bias per output, a convolution one shared bias.',
    columnMode: 'Mode',
    columnFormula: 'Weights + biases',
    columnCount: 'Parameters',
    current: '(shown)',
    resultLabel: 'Parameters in this mode',
    imageTitle: 'The same question for an image',
    imageCaption: (input, maps, mapSize, kernel) =>
      `The first layer of the reference network: a ${input} image to ${maps} feature maps of ${mapSize} with ${kernel} kernels; weights plus biases, stored as float32 (4 bytes each).`,
    columnParams: 'Parameters',
    columnMemory: 'Memory',
    imageNote:
      'Limiting each neuron to a small receptive field cuts the weights, the memory and the multiplications, and leaves fewer ways to fit noise in the training data: it acts as a regulariser. Sharing one kernel per feature map then cuts the weights again, but not the multiplications.',
    legendConv: 'Edge colour and dash: which of the k shared weights the edge uses.',
    legendLocal: 'Each edge has its own weight (shades differ); picking an output labels its weights.',
    legendDense: 'Every output is connected to every input, each edge with its own weight.',
  },
  zh: {
    modeName: { dense: '全连接', local: '局部连接', conv: '卷积' },
    inputsRow: '输入神经元',
    outputsRow: '输出神经元',
    pickHint: '把指针移到某个神经元上、轻点它，或用键盘聚焦（Tab 键，再用方向键），与它相连的部分就会亮起来。',
    paramsTitle: '这一层的参数',
    paramsCaption: '权重加偏置，输出共 m = n − k + 1 个；全连接层和局部连接层每个输出有自己的偏置，卷积层共用一个偏置。',
    columnMode: '连接方式',
    columnFormula: '权重 + 偏置',
    columnCount: '参数个数',
    current: '（当前）',
    resultLabel: '当前方式的参数个数',
    imageTitle: '换成图像再算一次',
    imageCaption: (input, maps, mapSize, kernel) =>
      `参考网络的第一层：${input} 的图像经 ${kernel} 的卷积核得到 ${maps} 张 ${mapSize} 的特征图；参数量为权重加偏置，按 float32 存储（每个 4 字节）。`,
    columnParams: '参数个数',
    columnMemory: '内存',
    imageNote: '让每个神经元只看一小块感受野，权重、内存和乘法次数都随之减少，模型也更难去拟合训练数据里的噪声，这本身就起到了正则化的作用。每张特征图再共用一个卷积核，权重还会大幅减少，但乘法次数不变。',
    legendConv: '边的颜色和虚线样式表示它用的是 k 个共享权重中的哪一个。',
    legendLocal: '每条边都有自己的权重（深浅各不相同）；选中一个输出会标出它的权重。',
    legendDense: '每个输出都与所有输入相连，每条边都有自己的权重。',
  },
};
