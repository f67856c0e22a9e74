// sparse-vs-dense's parameter table: the three modes side by side, each with its formula in numbers
// (KaTeX) and its count, the current mode marked.
import { useId } from 'react';
import { Tex } from '../../ui/Tex.tsx';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import { parameterFormula } from './formula.ts';
import { SPARSE_MODES, type SparseVsDenseParams } from './paramLimits.ts';
import { sparseVsDenseText } from './text.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

/** Props: the params (n, k and the current mode) and the language. */
export interface ParameterTableProps {
  params: SparseVsDenseParams;
  lang: WidgetLanguage;
}

/** A table of the three modes' parameter counts (the formula ends in the count), titled and explained above it. */
export function ParameterTable({ params, lang }: ParameterTableProps) {
  const text = sparseVsDenseText[lang];
  const titleId = useId();
  return (
    <div className="svd-table-block">
      <p className="svd-table-title" id={titleId}>
        {text.paramsTitle}
      </p>
      <p className="svd-table-caption">{text.paramsCaption}</p>
      <ScrollRegion labelledBy={titleId}>
        <table className="svd-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{text.columnMode}</th>
              <th scope="col">{text.columnCount}</th>
            </tr>
          </thead>
          <tbody>
            {SPARSE_MODES.map((mode) => {
              const current = mode === params.mode;
              return (
                <tr key={mode} className={current ? 'svd-current' : undefined} aria-current={current ? 'true' : undefined}>
                  <th scope="row">
                    {text.modeName[mode]}
                    {current ? <span className="svd-current-mark"> {text.current}</span> : null}
                  </th>
                  <td>
                    <Tex math={parameterFormula(mode, params.inputs, params.kernel)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
