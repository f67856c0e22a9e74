// The sentences convolution-1d says about its state: the figure's accessible description and the
// step player's announcement of a position. Pure; numbers come from the model, negative ones written
// with the minus sign − (U+2212), as the figure's labels write them.
import { withMinusSign } from '../../render/convolution1dAxes.ts';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import { integrateAt } from './continuousModel.ts';
import { formatApprox, formatExact, formatSequence } from './formatValue.ts';
import type { Convolution1dSetup, Convolution1dView } from './model.ts';
import { isShapeWord, type ShapeValue } from './shapes.ts';
import { convolution1dText } from './text.ts';

/** An exact value as a sentence writes it: `−1.5`. */
function exact(value: number): string {
  return withMinusSign(formatExact(value));
}

/** A sequence as a sentence writes it: `1, −2, 0.5`. */
function sequence(values: readonly number[]): string {
  return withMinusSign(formatSequence(values));
}

/** How a continuous shape param reads in a sentence: `a box`, `steps 0, −1, 3`. */
export function shapeDescription(value: ShapeValue, lang: WidgetLanguage): string {
  const text = convolution1dText[lang];
  if (typeof value !== 'string') return text.staircase(sequence(value));
  return isShapeWord(value) ? text.shapeName[value] : value;
}

/** `(f*g)` or `(f⋆g)` in plain text. */
function operation(flip: boolean): string {
  return flip ? '(f*g)' : '(f⋆g)';
}

/** The output at `shift` as the step player announces it: `t = −0.5: (f*g)(−0.5) ≈ 0.393` or `n = 2: (f*g)[2] = 2.5`. */
export function describePosition(setup: Convolution1dSetup, shift: number, lang: WidgetLanguage): string {
  const colon = lang === 'zh' ? '：' : ': ';
  if (setup.mode === 'discrete') {
    const { firstIndex, values } = setup.output;
    const i = Math.min(values.length - 1, Math.max(0, Math.round(shift) - firstIndex));
    const n = firstIndex + i;
    return `n = ${exact(n)}${colon}${operation(setup.flip)}[${exact(n)}] = ${exact(values[i])}`;
  }
  const t = exact(shift);
  return `t = ${t}${colon}${operation(setup.flip)}(${t}) ≈ ${withMinusSign(formatApprox(integrateAt(setup.f, setup.g, shift, setup.flip)))}`;
}

/** The figure's accessible description: what f and g are (f, g: the params, read in continuous mode), where g sits, and the output there. */
export function describeFigure(view: Convolution1dView, f: ShapeValue, g: ShapeValue, lang: WidgetLanguage): string {
  const op = operation(view.flip);
  if (view.mode === 'continuous') {
    const fName = shapeDescription(f, lang);
    const gName = shapeDescription(g, lang);
    const t = exact(view.t);
    const value = withMinusSign(formatApprox(view.value));
    if (lang === 'zh') {
      const placed = view.flip ? `g 翻转后平移到 t = ${t}` : `g 不翻转，平移到 t = ${t}`;
      return `f 为${fName}，g 为${gName}；${placed}。阴影是两者的乘积，面积 ${op}(${t}) ≈ ${value}；下方的输出曲线画到 t = ${t}。`;
    }
    const placed = view.flip ? `g flipped and shifted to t = ${t}` : `g shifted to t = ${t} without flipping`;
    return `f is ${fName} and g is ${gName}, ${placed}. The shaded product has area ${op}(${t}) ≈ ${value}; the output below is drawn up to t = ${t}.`;
  }
  const fName = sequence(view.f);
  const gName = sequence(view.g);
  const n = exact(view.n);
  const products = view.terms
    .map((term) => `${exact(term.fValue)}·${term.gValue < 0 ? `(${exact(term.gValue)})` : exact(term.gValue)}`)
    .join(lang === 'zh' ? '、' : ', ');
  const sofar = sequence(view.output.values.slice(0, view.n - view.output.firstIndex + 1));
  const value = exact(view.value);
  if (lang === 'zh') {
    const placed = view.flip ? `g 翻转后放在 n = ${n} 处` : `g 不翻转，放在 n = ${n} 处`;
    return `f = ${fName}，g = ${gName}；${placed}。乘积 ${products} 之和为 ${op}[${n}] = ${value}。目前的输出：${sofar}。`;
  }
  const placed = view.flip ? `g flipped and placed at n = ${n}` : `g placed at n = ${n} without flipping`;
  return `f = ${fName} and g = ${gName}, ${placed}. The products ${products} add up to ${op}[${n}] = ${value}. Output so far: ${sofar}.`;
}
