// weight-sharing's matrix view: the conv layer as a dense (n-k+1) x n weight matrix W in an HTML
// table (zeros outside the band muted, each diagonal in its weight's colour), the input x as a
// header row and y = W x as the last column, under the "infinitely strong prior" caption.
import { useId } from 'react';
import { subscript } from '../../render/layerGraphLayout.ts';
import { kernelStyle } from '../../render/layerGraphStyle.ts';
import { displayNumber } from './describe.ts';
import type { MatrixEntry } from './model.ts';
import type { WeightSharingText } from './text.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

/** Props: the matrix, the (shifted) input x, the output y = W x and the text. */
export interface WeightMatrixProps {
  matrix: readonly (readonly MatrixEntry[])[];
  x: readonly number[];
  y: readonly number[];
  text: WeightSharingText;
}

/** The weight matrix as a table with row and column headers. */
export function WeightMatrix({ matrix, x, y, text }: WeightMatrixProps) {
  const titleId = useId();
  return (
    <div className="ws-matrix">
      <p className="ws-title" id={titleId}>
        {text.matrixTitle}
      </p>
      <p className="ws-caption">{text.matrixCaption}</p>
      <ScrollRegion labelledBy={titleId}>
        <table className="ws-matrix-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{text.corner}</th>
              {x.map((_, i) => (
                <th key={i} scope="col">
                  x{subscript(i + 1)}
                </th>
              ))}
              <th scope="col" className="ws-output-cell">
                {text.outputHeader}
              </th>
            </tr>
            <tr className="ws-x-row">
              <th scope="row">x</th>
              {x.map((value, i) => (
                <td key={i}>{displayNumber(value)}</td>
              ))}
              <td className="ws-output-cell" />
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, j) => (
              <tr key={j}>
                <th scope="row">y{subscript(j + 1)}</th>
                {row.map((entry, i) => (
                  <td
                    key={i}
                    className={entry.kernelIndex === null ? 'ws-zero' : `ws-band ${kernelStyle(entry.kernelIndex).colourClass}`}
                    data-kernel-index={entry.kernelIndex ?? undefined}
                  >
                    {displayNumber(entry.value)}
                  </td>
                ))}
                <td className="ws-output-cell">{displayNumber(y[j] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="ws-hint">{text.matrixProduct}</p>
    </div>
  );
}
