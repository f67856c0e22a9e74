// weight-sharing's equivariance panel: x, the shifted x, y and y′ in one table whose columns are
// positions (y_j under x_j, where its window starts), so a shift shows as the same move in each
// pair of rows; and the sentence saying what happened at the borders.
import { useId } from 'react';
import { describeShift, displayNumber } from './describe.ts';
import type { Equivariance } from './model.ts';
import type { WeightSharingText } from './text.ts';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

/** Props: the equivariance check, the text and the language. */
export interface ShiftTableProps {
  check: Equivariance;
  text: WeightSharingText;
  lang: WidgetLanguage;
}

/** One row of values: `values[i]` in column i, empty cells after it; marked cells get `marked`. */
function ValueRow({ label, values, columns, marked = [] }: { label: string; values: readonly number[]; columns: number; marked?: readonly number[] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {Array.from({ length: columns }, (_, i) => (
        <td key={i} className={marked.includes(i) ? 'ws-border-value' : undefined}>
          {i < values.length ? displayNumber(values[i]) : ''}
        </td>
      ))}
    </tr>
  );
}

/** The table and its sentence (announced politely when the shift changes). */
export function ShiftTable({ check, text, lang }: ShiftTableProps) {
  const titleId = useId();
  const columns = check.x.length;
  return (
    <div className="ws-shift">
      <p className="ws-title" id={titleId}>
        {text.shiftTitle}
      </p>
      <ScrollRegion labelledBy={titleId}>
        <table className="ws-shift-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <td />
              {Array.from({ length: columns }, (_, i) => (
                <th key={i} scope="col">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <ValueRow label={text.rowX} values={check.x} columns={columns} />
            <ValueRow label={text.rowXShifted(displayNumber(check.shift))} values={check.shifted} columns={columns} />
            <ValueRow label={text.rowY} values={check.y} columns={columns} marked={check.leftAtBorder} />
            <ValueRow label={text.rowYShifted} values={check.yShifted} columns={columns} marked={check.enteredAtBorder} />
          </tbody>
        </table>
      </ScrollRegion>
      <p className="ws-shift-note" aria-live="polite">
        {describeShift(check, lang)}
      </p>
    </div>
  );
}
