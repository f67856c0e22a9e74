// The sentences sparse-vs-dense says: what a picked neuron is connected to (the live region) and
// the graph's accessible description. Pure; neuron names use subscript digits (x₃, y₁₂).
import { subscript } from '../../render/layerGraphLayout.ts';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import { connectionsOf, outputCount, type NeuronRange, type NeuronSelection } from './model.ts';
import type { SparseVsDenseParams } from './paramLimits.ts';
import { sparseVsDenseText } from './text.ts';

/** `x₃` or `y₁₂` for a 0-based index. */
function neuronName(letter: 'x' | 'y', index: number): string {
  return `${letter}${subscript(index + 1)}`;
}

/** `x₃ to x₅` (en) or `x₃ 到 x₅` (zh) for a range of more than one neuron. */
function span(letter: 'x' | 'y', range: NeuronRange, lang: WidgetLanguage): string {
  const joiner = lang === 'zh' ? ' 到 ' : ' to ';
  return `${neuronName(letter, range.first)}${joiner}${neuronName(letter, range.last)}`;
}

/** The weights an output's edges use, for the end of its sentence (local and conv mode only). */
function weightNote(params: SparseVsDenseParams, j: number, lang: WidgetLanguage): string {
  const k = params.kernel;
  const first = `w${subscript(1)}`;
  const last = `w${subscript(k)}`;
  if (params.mode === 'conv') {
    const shared = k === 1 ? first : `${first}…${last}`;
    return lang === 'zh' ? `，用的是所有输出共享的权重 ${shared}` : `, with the weights ${shared} that every output shares`;
  }
  if (params.mode === 'local') {
    return lang === 'zh' ? `，${k} 个权重为 y${subscript(j + 1)} 独有` : `, with ${k} weight${k === 1 ? '' : 's'} of its own`;
  }
  return '';
}

/**
 * What `selection` is connected to, for the live region: `y₃ sees x₃ to x₅: 3 inputs, with the
 * weights w₁…w₃ that every output shares`, `x₁ feeds y₁ only`; null when nothing is picked.
 */
export function describeSelection(params: SparseVsDenseParams, selection: NeuronSelection | null, lang: WidgetLanguage): string | null {
  const connections = connectionsOf(params, selection);
  if (!connections || !selection) return null;
  const zh = lang === 'zh';
  if (selection.row === 'output') {
    const self = neuronName('y', selection.index);
    const field = connections.inputs;
    const note = weightNote(params, selection.index, lang);
    if (field.count === 1) return zh ? `${self} 只看到 ${neuronName('x', field.first)}${note}` : `${self} sees ${neuronName('x', field.first)} only${note}`;
    const every = params.mode === 'dense';
    if (zh) return `${self} 看到${every ? '全部输入 ' : ' '}${span('x', field, lang)}，共 ${field.count} 个输入${note}`;
    return `${self} sees ${every ? 'every input, ' : ''}${span('x', field, lang)}: ${field.count} inputs${note}`;
  }
  const self = neuronName('x', selection.index);
  const fed = connections.outputs;
  if (fed.count === 1) return zh ? `${self} 只连到 ${neuronName('y', fed.first)}` : `${self} feeds ${neuronName('y', fed.first)} only`;
  const every = params.mode === 'dense';
  if (zh) return `${self} 连到${every ? '全部输出 ' : ' '}${span('y', fed, lang)}，共 ${fed.count} 个输出`;
  return `${self} feeds ${every ? 'every output, ' : ''}${span('y', fed, lang)}: ${fed.count} outputs`;
}

/** The graph's accessible description: `8 inputs, 6 outputs, convolutional: each output sees 3 neighbouring inputs …; 18 edges.` */
export function describeGraph(params: SparseVsDenseParams, edgeCount: number, lang: WidgetLanguage): string {
  const { inputs: n, kernel: k, mode } = params;
  const m = outputCount(n, k);
  const name = sparseVsDenseText[lang].modeName[mode];
  if (lang === 'zh') {
    const how = {
      dense: '每个输出连接全部输入',
      local: `每个输出只连 ${k} 个相邻输入，每条边有自己的权重`,
      conv: `每个输出只连 ${k} 个相邻输入，所有输出共用同一组 ${k} 个权重`,
    }[mode];
    return `${name}：${n} 个输入，${m} 个输出；${how}；共 ${edgeCount} 条边。`;
  }
  const how = {
    dense: 'every output sees every input',
    local: `each output sees ${k} neighbouring input${k === 1 ? '' : 's'}, each edge with its own weight`,
    conv: `each output sees ${k} neighbouring input${k === 1 ? '' : 's'} through the same ${k} shared weight${k === 1 ? '' : 's'}`,
  }[mode];
  return `${name}: ${n} inputs, ${m} outputs; ${how}; ${edgeCount} edges.`;
}
