// sparse-vs-dense's second table: the reference network's first layer (28x28 -> 4 maps of 24x24,
// 5x5 kernels) counted dense, locally connected and convolutional, with its memory as float32.
import { useId } from 'react';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import { formatBytes, formatCount, groupDigits } from './formatCount.ts';
import { imageLayerComparison } from './imageLayer.ts';
import { sparseVsDenseText } from './text.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

/** The comparison never changes: computed once. */
const comparison = imageLayerComparison();

/** Props: the language. */
export interface ImageLayerTableProps {
  lang: WidgetLanguage;
}

/** The three-row table with its caption and the note on memory and overfitting. */
export function ImageLayerTable({ lang }: ImageLayerTableProps) {
  const text = sparseVsDenseText[lang];
  const titleId = useId();
  const [channels, height, width] = comparison.input;
  const [filters, outHeight, outWidth] = comparison.output;
  const input = channels === 1 ? `${height} × ${width}` : `${channels} × ${height} × ${width}`;
  const kernel = `${comparison.kernel} × ${comparison.kernel}`;
  return (
    <div className="svd-table-block">
      <p className="svd-table-title" id={titleId}>
        {text.imageTitle}
      </p>
      <p className="svd-table-caption">{text.imageCaption(input, filters, `${outHeight} × ${outWidth}`, kernel)}</p>
      <ScrollRegion labelledBy={titleId}>
        <table className="svd-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{text.columnMode}</th>
              <th scope="col">{text.columnFormula}</th>
              <th scope="col">{text.columnParams}</th>
              <th scope="col">{text.columnMemory}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.mode}>
                <th scope="row">{text.modeName[row.mode]}</th>
                <td className="svd-factors">
                  {groupDigits(row.factors[0])} · {groupDigits(row.factors[1])} + {groupDigits(row.biases)}
                </td>
                <td className="svd-number">{formatCount(row.total, lang)}</td>
                <td className="svd-number">{formatBytes(row.bytes, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="svd-note">{text.imageNote}</p>
    </div>
  );
}
