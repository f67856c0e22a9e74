// The layer syntax: a stack of layers written as comma-separated tokens (`conv4x5,tanh,max2,flatten,
// dense10,softmax`), the one text form URLs, presets and lessons use for a network. Parses into the
// engine's LayerSpec and writes it back; a malformed token gets a message naming it and what was
// expected, in both languages. Pure; no window.
import type { Conv2dLayerSpec, LayerSpec, Padding, Pair, Pool2dLayerSpec } from '../engine/index.ts';
import type { DocText } from './paramTable.ts';

/** Limits of the numbers a token may carry (a clear message beats a tab that runs out of memory). */
export const LAYER_LIMITS = {
  filters: { min: 1, max: 1024 },
  size: { min: 1, max: 256 },
  padding: { min: 0, max: 256 },
  units: { min: 1, max: 100000 },
} as const;

/** A token that could not be read: where it stands (0-based), its text, and why. */
export interface LayerSyntaxProblem {
  index: number;
  token: string;
  message: DocText;
}

/** The result of parsing a stack: the layers, or every problem found (one per bad token). */
export type LayerStackParse = { ok: true; layers: LayerSpec[] } | { ok: false; problems: LayerSyntaxProblem[] };

/** The result of parsing one token. */
export type LayerTokenParse = { ok: true; layer: LayerSpec } | { ok: false; message: DocText };

const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'softmax'] as const;
const PADDING_WORDS = ['valid', 'same', 'full'] as const;

/** What each kind of token looks like, for the messages. */
const EXPECTED: Readonly<Record<'conv' | 'pool' | 'dense' | 'dropout' | 'any', DocText>> = {
  conv: {
    en: 'conv<filters>x<kernel>[s<stride>][p<padding>][d<dilation>], e.g. conv8x3, conv8x3x5s2psame',
    zh: 'conv<卷积核个数>x<卷积核大小>[s<步幅>][p<填充>][d<空洞率>]，如 conv8x3、conv8x3x5s2psame',
  },
  pool: {
    en: 'max<size>[s<stride>][p<padding>] or avg<size>[s<stride>][p<padding>], e.g. max2, avg3s1p1',
    zh: 'max<大小>[s<步幅>][p<填充>] 或 avg<大小>[s<步幅>][p<填充>]，如 max2、avg3s1p1',
  },
  dense: { en: 'dense<units>, e.g. dense128', zh: 'dense<单元数>，如 dense128' },
  dropout: { en: 'dropout<rate> with 0 <= rate < 1, e.g. dropout0.5', zh: 'dropout<比例>，0 <= 比例 < 1，如 dropout0.5' },
  any: {
    en: 'a layer: conv…, max…, avg…, relu, tanh, sigmoid, softmax, flatten, dense…, dropout…',
    zh: '一个层：conv…、max…、avg…、relu、tanh、sigmoid、softmax、flatten、dense…、dropout…',
  },
};

function expected(token: string, kind: keyof typeof EXPECTED): DocText {
  return { en: `“${token}”: expected ${EXPECTED[kind].en}`, zh: `“${token}”：应写成 ${EXPECTED[kind].zh}` };
}

function outOfRange(token: string, what: DocText, limits: { min: number; max: number }): DocText {
  return {
    en: `“${token}”: the ${what.en} must be a whole number from ${limits.min} to ${limits.max}`,
    zh: `“${token}”：${what.zh}必须是 ${limits.min} 到 ${limits.max} 之间的整数`,
  };
}

/** `3` -> 3, `3x5` -> [3, 5]; undefined when a side is outside `limits`. */
function readPair(text: string, limits: { min: number; max: number }): Pair | undefined {
  const sides = text.split('x').map(Number);
  if (sides.some((side) => !Number.isInteger(side) || side < limits.min || side > limits.max)) return undefined;
  return sides.length === 1 || sides[0] === sides[1] ? sides[0] : [sides[0], sides[1]];
}

/** The option letters after a conv's or pool's size: s, p, d, each at most once. */
function readOptions(rest: string): Map<string, string> | undefined {
  const options = new Map<string, string>();
  const pattern = /([spd])(\d+(?:x\d+)?|valid|same|full)/y;
  let at = 0;
  while (at < rest.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(rest);
    if (!match || options.has(match[1])) return undefined;
    options.set(match[1], match[2]);
    at = pattern.lastIndex;
  }
  return options;
}

const WORDS_FOR = {
  filters: { en: 'number of filters', zh: '卷积核个数' },
  kernel: { en: 'kernel size', zh: '卷积核大小' },
  stride: { en: 'stride', zh: '步幅' },
  padding: { en: 'padding', zh: '填充' },
  dilation: { en: 'dilation', zh: '空洞率' },
  pool: { en: 'pool size', zh: '池化窗口大小' },
  units: { en: 'number of units', zh: '单元数' },
} as const;

function parseConv(token: string, match: RegExpExecArray): LayerTokenParse {
  const [, filtersText, kernelText, rest] = match;
  const filters = Number(filtersText);
  if (filters < LAYER_LIMITS.filters.min || filters > LAYER_LIMITS.filters.max) return { ok: false, message: outOfRange(token, WORDS_FOR.filters, LAYER_LIMITS.filters) };
  const kernelSize = readPair(kernelText, LAYER_LIMITS.size);
  if (kernelSize === undefined) return { ok: false, message: outOfRange(token, WORDS_FOR.kernel, LAYER_LIMITS.size) };
  const options = readOptions(rest);
  if (!options) return { ok: false, message: expected(token, 'conv') };
  const layer: Conv2dLayerSpec = { type: 'conv2d', filters, kernelSize };
  const stride = options.get('s');
  if (stride !== undefined) {
    const value = readPair(stride, LAYER_LIMITS.size);
    if (value === undefined) return { ok: false, message: outOfRange(token, WORDS_FOR.stride, LAYER_LIMITS.size) };
    layer.stride = value;
  }
  const padding = options.get('p');
  if (padding !== undefined) {
    const word = PADDING_WORDS.find((w) => w === padding);
    const value: Padding | undefined = word ?? readPair(padding, LAYER_LIMITS.padding);
    if (value === undefined) return { ok: false, message: outOfRange(token, WORDS_FOR.padding, LAYER_LIMITS.padding) };
    layer.padding = value;
  }
  const dilation = options.get('d');
  if (dilation !== undefined) {
    const value = readPair(dilation, LAYER_LIMITS.size);
    if (value === undefined) return { ok: false, message: outOfRange(token, WORDS_FOR.dilation, LAYER_LIMITS.size) };
    layer.dilation = value;
  }
  return { ok: true, layer };
}

function parsePool(token: string, match: RegExpExecArray): LayerTokenParse {
  const [, kind, sizeText, rest] = match;
  const poolSize = readPair(sizeText, LAYER_LIMITS.size);
  if (poolSize === undefined) return { ok: false, message: outOfRange(token, WORDS_FOR.pool, LAYER_LIMITS.size) };
  const options = readOptions(rest);
  if (!options || options.has('d')) return { ok: false, message: expected(token, 'pool') };
  const layer: Pool2dLayerSpec = { type: kind === 'max' ? 'maxPool2d' : 'avgPool2d', poolSize };
  const stride = options.get('s');
  if (stride !== undefined) {
    const value = readPair(stride, LAYER_LIMITS.size);
    if (value === undefined) return { ok: false, message: outOfRange(token, WORDS_FOR.stride, LAYER_LIMITS.size) };
    layer.stride = value;
  }
  const padding = options.get('p');
  if (padding !== undefined) {
    const value = readPair(padding, LAYER_LIMITS.padding);
    if (value === undefined) {
      return PADDING_WORDS.some((w) => w === padding)
        ? { ok: false, message: { en: `“${token}”: pooling padding is a number or HxW (valid, same and full are for conv)`, zh: `“${token}”：池化的填充只能是数字或 HxW（valid、same、full 只用于卷积）` } }
        : { ok: false, message: outOfRange(token, WORDS_FOR.padding, LAYER_LIMITS.padding) };
    }
    layer.padding = value;
  }
  return { ok: true, layer };
}

/**
 * One token as a layer. Grammar (sizes are `n` or `HxW`, whole numbers):
 * `conv<filters>x<kernel>[s<stride>][p<padding>][d<dilation>]` (padding a size or valid/same/full),
 * `max<size>[s<stride>][p<padding>]`, `avg<size>[s<stride>][p<padding>]`, `relu`, `tanh`, `sigmoid`,
 * `softmax`, `flatten`, `dense<units>`, `dropout<rate>` (0 <= rate < 1). Options in any order, each once.
 */
export function parseLayerToken(token: string): LayerTokenParse {
  const text = token.trim().toLowerCase();
  const activation = ACTIVATIONS.find((name) => name === text);
  if (activation) return { ok: true, layer: { type: 'activation', fn: activation } };
  if (text === 'flatten') return { ok: true, layer: { type: 'flatten' } };
  if (text.startsWith('conv')) {
    const match = /^conv(\d+)x(\d+(?:x\d+)?)([a-z0-9]*)$/.exec(text);
    return match ? parseConv(token, match) : { ok: false, message: expected(token, 'conv') };
  }
  if (text.startsWith('max') || text.startsWith('avg')) {
    const match = /^(max|avg)(\d+(?:x\d+)?)([a-z0-9]*)$/.exec(text);
    return match ? parsePool(token, match) : { ok: false, message: expected(token, 'pool') };
  }
  if (text.startsWith('dense')) {
    const match = /^dense(\d+)$/.exec(text);
    if (!match) return { ok: false, message: expected(token, 'dense') };
    const units = Number(match[1]);
    if (units < LAYER_LIMITS.units.min || units > LAYER_LIMITS.units.max) return { ok: false, message: outOfRange(token, WORDS_FOR.units, LAYER_LIMITS.units) };
    return { ok: true, layer: { type: 'dense', units } };
  }
  if (text.startsWith('dropout')) {
    const match = /^dropout(\d*\.?\d+)$/.exec(text);
    const rate = match ? Number(match[1]) : NaN;
    return rate >= 0 && rate < 1 ? { ok: true, layer: { type: 'dropout', rate } } : { ok: false, message: expected(token, 'dropout') };
  }
  return { ok: false, message: expected(token, 'any') };
}

/** A stack of comma-separated tokens (spaces around commas allowed; empty text is an empty stack). */
export function parseLayerStack(text: string): LayerStackParse {
  if (text.trim() === '') return { ok: true, layers: [] };
  const layers: LayerSpec[] = [];
  const problems: LayerSyntaxProblem[] = [];
  text.split(',').forEach((raw, index) => {
    const token = raw.trim();
    if (token === '') {
      problems.push({ index, token, message: { en: `layer ${index + 1} is empty (two commas in a row?)`, zh: `第 ${index + 1} 层是空的（是不是连写了两个逗号？）` } });
      return;
    }
    const parsed = parseLayerToken(token);
    if (parsed.ok) layers.push(parsed.layer);
    else problems.push({ index, token, message: parsed.message });
  });
  return problems.length === 0 ? { ok: true, layers } : { ok: false, problems };
}

function pairText(pair: Pair): string {
  return typeof pair === 'number' ? String(pair) : pair[0] === pair[1] ? String(pair[0]) : `${pair[0]}x${pair[1]}`;
}

/** One layer as its token (the shortest form: defaults left out, equal pairs as one number). */
export function formatLayerToken(layer: LayerSpec): string {
  switch (layer.type) {
    case 'conv2d': {
      const padding = layer.padding === undefined ? '' : `p${typeof layer.padding === 'string' ? layer.padding : pairText(layer.padding)}`;
      return `conv${layer.filters}x${pairText(layer.kernelSize)}${layer.stride === undefined ? '' : `s${pairText(layer.stride)}`}${padding}${layer.dilation === undefined ? '' : `d${pairText(layer.dilation)}`}`;
    }
    case 'maxPool2d':
    case 'avgPool2d':
      return `${layer.type === 'maxPool2d' ? 'max' : 'avg'}${pairText(layer.poolSize)}${layer.stride === undefined ? '' : `s${pairText(layer.stride)}`}${layer.padding === undefined ? '' : `p${pairText(layer.padding)}`}`;
    case 'activation':
      return layer.fn;
    case 'flatten':
      return 'flatten';
    case 'dense':
      return `dense${layer.units}`;
    case 'dropout':
      return `dropout${layer.rate}`;
  }
}

/** A stack as text: the tokens joined by commas (parseLayerStack reads it back to the same layers). */
export function formatLayerStack(layers: readonly LayerSpec[]): string {
  return layers.map(formatLayerToken).join(',');
}
