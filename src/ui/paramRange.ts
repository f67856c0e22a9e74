// The allowed values of a param written out for people: '-6 … 6', 'box | triangle', '1 | 0',
// '1–12 numbers in [-100, 100]'. Used by the reference tables of the gallery and the instructors.
import { formatNumber, type ParamSpec } from '../state/paramTable.ts';
import type { KitLanguage } from './kitText.ts';

function listRange(spec: { minLength: number; maxLength: number; min: number; max: number }, lang: KitLanguage): string {
  const interval = `[${formatNumber(spec.min)}, ${formatNumber(spec.max)}]`;
  return lang === 'zh'
    ? `${spec.minLength}–${spec.maxLength} 个数，取值在 ${interval} 内，用逗号分隔`
    : `${spec.minLength}–${spec.maxLength} comma-separated numbers in ${interval}`;
}

/** The allowed values of `spec` in words of `lang`. */
export function describeParamRange(spec: ParamSpec, lang: KitLanguage): string {
  switch (spec.kind) {
    case 'number':
      return `${formatNumber(spec.min)} … ${formatNumber(spec.max)}`;
    case 'integer':
      return lang === 'zh'
        ? `${formatNumber(spec.min)} … ${formatNumber(spec.max)} 的整数`
        : `whole numbers ${formatNumber(spec.min)} … ${formatNumber(spec.max)}`;
    case 'word':
      return spec.words.join(' | ');
    case 'flag':
      return lang === 'zh' ? '1（开）| 0（关）' : '1 (on) | 0 (off)';
    case 'numbers':
      return listRange(spec, lang);
    case 'wordOrNumbers':
      return `${spec.words.join(' | ')} ${lang === 'zh' ? '或' : 'or'} ${listRange(spec, lang)}`;
  }
}
