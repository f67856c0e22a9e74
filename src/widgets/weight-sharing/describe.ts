// The sentences weight-sharing says: the two graphs' accessible descriptions, the local layer's
// weights written out, and what a shift did to the output (translation equivariance, borders).
// Pure; numbers people read use the minus sign − (U+2212); subscripts via the layout's helper.
import { subscript } from '../../render/layerGraphLayout.ts';
import { formatNumber } from '../../state/paramTable.ts';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import { outputCount, type Equivariance } from './model.ts';

/** A number as people read it: `−1.5`, `2`. */
export function displayNumber(value: number): string {
  return formatNumber(value).replace('-', '−');
}

/** `y₁, y₂` (en) or `y₁、y₂` (zh) for 0-based output indices, with an optional prime: `y′₁`. */
function outputNames(indices: readonly number[], prime: boolean, lang: WidgetLanguage): string {
  return indices.map((j) => `y${prime ? '′' : ''}${subscript(j + 1)}`).join(lang === 'zh' ? '、' : ', ');
}

/** The conv graph's description: `Convolutional layer: 8 inputs, 6 outputs, 18 edges using only 3 weights: w₁ = 1, w₂ = 2, w₃ = −1, each on 6 edges.` */
export function describeConvGraph(kernel: readonly number[], inputs: number, lang: WidgetLanguage): string {
  const k = kernel.length;
  const m = outputCount(inputs, k);
  const weights = kernel.map((w, p) => `w${subscript(p + 1)} = ${displayNumber(w)}`).join(lang === 'zh' ? '，' : ', ');
  if (lang === 'zh') return `卷积层：${inputs} 个输入，${m} 个输出，${k * m} 条边只用了 ${k} 个权重：${weights}，每个权重用在 ${m} 条边上。`;
  return `Convolutional layer: ${inputs} inputs, ${m} outputs, ${k * m} edges using only ${k} weight${k === 1 ? '' : 's'}: ${weights}, each on ${m} edges.`;
}

/** The local graph's description: `Locally connected layer: the same 18 edges, each with its own weight: 18 weights.` */
export function describeLocalGraph(kernelLength: number, inputs: number, lang: WidgetLanguage): string {
  const edges = kernelLength * outputCount(inputs, kernelLength);
  if (lang === 'zh') return `局部连接层：同样的 ${edges} 条边，每条边有自己的权重，共 ${edges} 个权重。`;
  return `Locally connected layer: the same ${edges} edges, each with its own weight: ${edges} weights.`;
}

/** The local layer's weights of output j (0-based) for kernel width k: `y₂: w₂,₂ w₂,₃ w₂,₄`. */
export function localWeightsOf(j: number, k: number): string {
  const names = Array.from({ length: k }, (_, p) => `w${subscript(j + 1)},${subscript(j + p + 1)}`);
  return `y${subscript(j + 1)}: ${names.join(' ')}`;
}

/**
 * What the shift did: nothing (shift 0); an exact copy moved by |s|; or a copy away from the borders
 * with the outputs that entered or left there named.
 */
export function describeShift(check: Equivariance, lang: WidgetLanguage): string {
  const s = check.shift;
  const places = Math.abs(s);
  const zh = lang === 'zh';
  if (s === 0) {
    return zh ? '平移量为 0：两行相同。拖动“平移量”滑块，比较 y 和 y′。' : 'The shift is 0, so the two rows agree. Move the Shift slider and compare y with y′.';
  }
  const direction = zh ? (s > 0 ? '右' : '左') : s > 0 ? 'right' : 'left';
  if (check.exact) {
    return zh
      ? `输入向${direction}平移了 ${places} 位，输出也向${direction}平移了 ${places} 位：y 的每个值都原样出现在 y′ 中。这就是平移等变性。`
      : `The input moved ${places} place${places === 1 ? '' : 's'} to the ${direction}, and so did the output: every value of y reappears in y′. This is translation equivariance.`;
  }
  const parts: string[] = [];
  if (check.enteredAtBorder.length > 0) {
    const names = outputNames(check.enteredAtBorder, true, lang);
    const whose = check.enteredAtBorder.length === 1 ? '它' : '它们';
    parts.push(zh ? `${names} 是新出现的值（${whose}的窗口里有移进来的零）` : `${names} ${check.enteredAtBorder.length === 1 ? 'is' : 'are'} new (${check.enteredAtBorder.length === 1 ? 'its window takes' : 'their windows take'} in zeros that came in)`);
  }
  if (check.leftAtBorder.length > 0) {
    const names = outputNames(check.leftAtBorder, false, lang);
    const end = zh ? (s > 0 ? '右' : '左') : s > 0 ? 'right' : 'left';
    parts.push(zh ? `${names} 从${end}端移出去了` : `${names} fell off the ${end} end`);
  }
  return zh
    ? `远离边界的地方，输出同样向${direction}平移了 ${places} 位；在边界处，${parts.join('；')}。`
    : `Away from the borders the output moved ${places} place${places === 1 ? '' : 's'} to the ${direction} as well; at the border, ${parts.join('; ')}.`;
}
