// A widget's param table as a reference table for people: name, allowed values, default and meaning.
import { formatParamValue, type ParamTable } from '../state/paramTable.ts';
import type { KitLanguage } from './kitText.ts';
import { describeParamRange } from './paramRange.ts';
import './kit.css';

const headings: Readonly<Record<KitLanguage, readonly [string, string, string, string]>> = {
  en: ['Parameter', 'Values', 'Default', 'Meaning'],
  zh: ['参数', '取值', '默认值', '含义'],
};

/** Props: the language, the table, and the caption naming the widget. */
export interface ParamReferenceProps {
  lang: KitLanguage;
  table: ParamTable;
  caption: string;
}

/** `<table>` with one row per param, in table order. */
export function ParamReference({ lang, table, caption }: ParamReferenceProps) {
  const [name, values, fallback, meaning] = headings[lang];
  return (
    <div className="table-scroll">
      <table className="param-reference">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{name}</th>
            <th scope="col">{values}</th>
            <th scope="col">{fallback}</th>
            <th scope="col">{meaning}</th>
          </tr>
        </thead>
        <tbody>
          {table.map((spec) => (
            <tr key={spec.name}>
              <th scope="row">
                <code>{spec.name}</code>
              </th>
              <td>{describeParamRange(spec, lang)}</td>
              <td>
                <code>{formatParamValue(spec.default)}</code>
              </td>
              <td>{spec.doc[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
