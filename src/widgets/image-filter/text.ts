// Every fixed string image-filter shows, in English and Simplified Chinese (labels, notes, the
// inspector, the frequency view). Sentences that carry numbers are functions of those numbers.
import type { WidgetLanguage } from '../widgetDefinition.ts';
import type { FrequencyVerdict } from './frequencyResponse.ts';
import type { PresetWord } from './kernelPresets.ts';
import type { SumMeaning } from './model.ts';

/** The widget's strings in one language. */
export interface ImageFilterText {
  kernelGroup: string;
  preset: string;
  presetNames: Record<PresetWord, string>;
  custom: string;
  size: string;
  cellLabel: (row: number, column: number) => string;
  cellInvalid: (kept: string) => string;
  sum: (sum: string, meaning: SumMeaning) => string;
  crossCorrelation: string;
  /** The weights table's accessible name. */
  kernelGrid: string;
  input: string;
  output: string;
  /** The input canvas's accessible name: the photo's title, or the reader's file name. */
  inputLabel: (image: string, own: boolean) => string;
  /** The output canvas's accessible name: the kernel ('Sobel x 3 × 3') and the image it is applied to. */
  outputLabel: (kernel: string, image: string) => string;
  canvasHint: string;
  announce: (x: number, y: number, input: string, output: string) => string;
  /** Shown while the photo loads, once scripts run. */
  loading: string;
  /** Shown in the prerendered page (and until hydration) in place of the canvases. */
  noScript: string;
  loadFailed: (photo: string) => string;
  ownImage: (name: string, width: number, height: number) => string;
  backToSample: string;
  scaleTitle: string;
  scaleNote: Record<'gray' | 'signed' | 'abs', string>;
  clipped: (count: number) => string;
  result: string;
  inspectorTitle: (x: number, y: number) => string;
  neighbourhood: string;
  kernel: string;
  products: string;
  /** The name of the scrolling box around the three inspector tables. */
  tapTables: string;
  outsideNote: string;
  sumIs: string;
  frequencyTitle: string;
  heatLabel: (verdict: string) => string;
  heatScale: (peak: string) => string;
  sliceLabel: string;
  verdict: (verdict: FrequencyVerdict, atZero: string, peak: string) => string;
  frequencyExplainer: string;
  cnnNote: string;
}

const PRESET_NAMES_EN: Record<PresetWord, string> = {
  identity: 'Identity',
  'box-blur': 'Box blur',
  'gaussian-blur': 'Gaussian blur',
  sharpen: 'Sharpen',
  'sobel-x': 'Sobel x',
  'sobel-y': 'Sobel y',
  laplacian: 'Laplacian',
  emboss: 'Emboss',
  outline: 'Outline',
};

const PRESET_NAMES_ZH: Record<PresetWord, string> = {
  identity: '恒等',
  'box-blur': '均值模糊',
  'gaussian-blur': '高斯模糊',
  sharpen: '锐化',
  'sobel-x': 'Sobel x',
  'sobel-y': 'Sobel y',
  laplacian: '拉普拉斯',
  emboss: '浮雕',
  outline: '轮廓',
};

/** The strings per language. */
export const imageFilterText: Readonly<Record<WidgetLanguage, ImageFilterText>> = {
  en: {
    kernelGroup: 'Kernel',
    preset: 'Preset',
    presetNames: PRESET_NAMES_EN,
    custom: 'Custom (edited)',
    size: 'Kernel size',
    kernelGrid: 'Kernel weights',
    cellLabel: (row, column) => `row ${row}, column ${column}`,
    cellInvalid: (kept) => `Not a number from -100 to 100; the kernel keeps ${kept}.`,
    sum: (sum, meaning) =>
      meaning === 'keeps'
        ? `Sum of the kernel: ${sum}. Flat areas keep their brightness.`
        : meaning === 'zero'
          ? `Sum of the kernel: ${sum}. Flat areas become 0: only change survives.`
          : `Sum of the kernel: ${sum}. Flat areas are multiplied by ${sum}.`,
    crossCorrelation:
      'As in a CNN layer, the kernel is not flipped (cross-correlation), pixels outside the photo count as 0, and the output has the size of the input.',
    input: 'Input',
    output: 'Output',
    inputLabel: (image, own) => `Input: ${image} (${own ? 'your image' : 'sample photo'})`,
    outputLabel: (kernel, image) => `Output: ${kernel} on ${image}`,
    canvasHint: 'Hover, tap or drag on either image to inspect a pixel. On the input, the arrow keys move it (Shift + arrow: 10 pixels).',
    announce: (x, y, input, output) => `Pixel (${x}, ${y}): input ${input}, output ${output}`,
    loading: 'Loading the photo…',
    noScript: 'The filtered image appears here once the page’s scripts have run.',
    loadFailed: (photo) => `The photo “${photo}” could not be loaded. Pick another photo or use your own image.`,
    ownImage: (name, width, height) => `Showing your image: ${name} (${width} × ${height} px).`,
    backToSample: 'Back to the sample photo',
    scaleTitle: 'Colour scale of the output',
    scaleNote: {
      gray: 'Gray: 0 is black, 255 is white.',
      signed: 'Signed: blue below 0, near-white at 0, red above 0; the ends are ± the largest |value|.',
      abs: 'Absolute value: 0 is black, the largest |value| is white.',
    },
    clipped: (count) =>
      count === 0 ? 'No pixel left the range 0..255.' : `${count} pixel${count === 1 ? '' : 's'} outside 0..255 drawn clipped (black below 0, white above 255).`,
    result: 'Output range (min..max)',
    inspectorTitle: (x, y) => `Pixel (${x}, ${y}): window × kernel`,
    neighbourhood: 'Input window',
    kernel: 'Kernel',
    products: 'Products',
    tapTables: 'Window, kernel and products',
    outsideNote: 'Cells outside the photo read 0 (zero padding).',
    sumIs: 'Sum of the products = output pixel:',
    frequencyTitle: 'Frequency response |H(ωx, ωy)|',
    heatLabel: (verdict) => `Heat map of |H| over ωx and ωy from −π to π, zero frequency at the centre. ${verdict}`,
    heatScale: (peak) => `Dark violet: |H| = 0; yellow: the largest |H|, ${peak}.`,
    sliceLabel: '|H(ωx, 0)|: the slice along ωx',
    verdict: (verdict, atZero, peak) => {
      switch (verdict) {
        case 'allPass':
          return `All-pass: |H| is ${peak} at every frequency, so no detail is favoured or lost${peak === '1' ? ' (the identity: the image comes out unchanged)' : ': the image is only scaled (or moved)'}.`;
        case 'lowPass':
          return `Low-pass: |H| is largest at zero frequency (${atZero}) and smaller away from it: slow changes pass, fine detail and noise are damped. A blur.`;
        case 'highPass':
          return `High-pass: |H(0)| = 0, so flat areas vanish; |H| grows away from zero (up to ${peak}): only change (edges, texture) passes.`;
        case 'bandPass':
          return `Band-pass: passes middle frequencies, blocks the mean and the finest checkerboard. |H(0)| = 0, so flat areas vanish; |H| peaks at ${peak} in between and is at most half that at ±π.`;
        case 'boostsHigh':
          return `Boosts high frequencies: |H(0)| = ${atZero}${atZero === '1' ? ', so the mean brightness is kept' : ''}, but |H| reaches ${peak} away from zero, so detail is amplified.`;
        case 'blocksAll':
          return 'Blocks everything: every weight is 0, so the output is 0.';
      }
    },
    frequencyExplainer:
      'Each point says how much a pattern of stripes with that frequency is amplified (ωx: across, ωy: down; π is the finest, one pixel on, one off). Filtering in space multiplies the spectrum by H.',
    cnnNote:
      'A fixed kernel like these is a filter with a frequency response. A CNN learns its kernels from data instead: the first layer’s kernels often end up as edge detectors and colour blobs with such responses, but nothing forces them to be low- or high-pass, and after the nonlinearities the network as a whole has no frequency response.',
  },
  zh: {
    kernelGroup: '卷积核',
    preset: '预设',
    presetNames: PRESET_NAMES_ZH,
    custom: '自定义（已修改）',
    size: '卷积核大小',
    kernelGrid: '卷积核权重',
    cellLabel: (row, column) => `第 ${row} 行，第 ${column} 列`,
    cellInvalid: (kept) => `不是 -100 到 100 之间的数；卷积核保留 ${kept}。`,
    sum: (sum, meaning) =>
      meaning === 'keeps'
        ? `卷积核各项之和：${sum}。平坦区域亮度保持不变。`
        : meaning === 'zero'
          ? `卷积核各项之和：${sum}。平坦区域变为 0，只留下变化。`
          : `卷积核各项之和：${sum}。平坦区域的亮度乘以 ${sum}。`,
    crossCorrelation: '与 CNN 的卷积层一样，卷积核不翻转（即互相关）；照片以外的像素按 0 计（零填充），输出与输入大小相同。',
    input: '输入',
    output: '输出',
    inputLabel: (image, own) => `输入：${image}（${own ? '你的图片' : '示例照片'}）`,
    outputLabel: (kernel, image) => `输出：用 ${kernel} 处理“${image}”的结果`,
    canvasHint: '在任一图像上悬停、轻点或拖动，即可查看某个像素。在输入图像上可用方向键移动（Shift + 方向键一次移动 10 个像素）。',
    announce: (x, y, input, output) => `像素 (${x}, ${y})：输入 ${input}，输出 ${output}`,
    loading: '正在加载照片…',
    noScript: '页面脚本运行后，这里会显示滤波后的图像。',
    loadFailed: (photo) => `无法加载照片“${photo}”。请换一张照片，或使用你自己的图片。`,
    ownImage: (name, width, height) => `正在使用你的图片：${name}（${width} × ${height} 像素）。`,
    backToSample: '换回示例照片',
    scaleTitle: '输出的配色标尺',
    scaleNote: {
      gray: '灰度：0 为黑，255 为白。',
      signed: '带符号：小于 0 为蓝，0 附近接近白色，大于 0 为红；两端为 ± 最大的 |值|。',
      abs: '绝对值：0 为黑，最大的 |值| 为白。',
    },
    clipped: (count) => (count === 0 ? '没有像素超出 0..255。' : `有 ${count} 个像素超出 0..255，已截断显示（小于 0 的显示为黑色，大于 255 的显示为白色）。`),
    result: '输出范围（最小..最大）',
    inspectorTitle: (x, y) => `像素 (${x}, ${y})：窗口 × 卷积核`,
    neighbourhood: '输入窗口',
    kernel: '卷积核',
    products: '乘积',
    tapTables: '窗口、卷积核与乘积',
    outsideNote: '照片以外的格子读作 0（零填充）。',
    sumIs: '乘积之和 = 输出像素：',
    frequencyTitle: '频率响应 |H(ωx, ωy)|',
    heatLabel: (verdict) => `|H| 的热图，ωx 和 ωy 从 −π 到 π，零频率位于中心。${verdict}`,
    heatScale: (peak) => `深紫色：|H| = 0；黄色：最大的 |H|，即 ${peak}。`,
    sliceLabel: '|H(ωx, 0)|：沿 ωx 的截面',
    verdict: (verdict, atZero, peak) => {
      switch (verdict) {
        case 'allPass':
          return `全通：|H| 在所有频率上都是 ${peak}，没有哪种细节被突出或丢掉${peak === '1' ? '（恒等核：图像原样输出）' : '：图像只被缩放（或平移）'}。`;
        case 'lowPass':
          return `低通：|H| 在零频率处最大（${atZero}），离零越远越小：缓慢的变化能通过，细节和噪声被削弱。这就是模糊。`;
        case 'highPass':
          return `高通：|H(0)| = 0，平坦区域消失；离零越远 |H| 越大（最大 ${peak}）：只有变化（边缘、纹理）能通过。`;
        case 'bandPass':
          return `带通：让中等频率通过，挡住平均亮度和最细的棋盘格。|H(0)| = 0，平坦区域消失；|H| 在中间达到峰值 ${peak}，在 ±π 处不超过峰值的一半。`;
        case 'boostsHigh':
          return `增强高频：|H(0)| = ${atZero}${atZero === '1' ? '，平均亮度保持不变' : ''}，但离零较远处 |H| 达到 ${peak}，细节被放大。`;
        case 'blocksAll':
          return '全部阻断：所有权重都是 0，输出恒为 0。';
      }
    },
    frequencyExplainer:
      '图中每一点表示该频率的条纹图案被放大多少（ωx：横向，ωy：纵向；π 是最细的条纹，一个像素亮、一个像素暗）。在空间中滤波，相当于把频谱乘以 H。',
    cnnNote:
      '像这样的固定卷积核就是一个有频率响应的滤波器。CNN 则从数据中学习卷积核：第一层学到的卷积核常常像边缘检测器或色块检测器，也有类似的频率响应；但没有什么规定它们必须是低通或高通，而且经过非线性激活之后，整个网络并没有一个频率响应。',
  },
};
