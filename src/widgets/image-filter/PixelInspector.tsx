// The pixel inspector: for the inspected pixel, the input window, the kernel and their products as
// three small tables, and the sum: the formula in KaTeX (it changes only with the pixel, so a page
// opened at its URL's pixel needs no KaTeX code) and its value in plain text.
import { useId } from 'react';
import { Tex } from '../../ui/Tex.tsx';
import { formatValue } from './formatValue.ts';
import type { InspectorTap, PixelInspection } from './inspectPixel.ts';
import { inspectorFormula } from './model.ts';
import type { ImageFilterText } from './text.ts';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

/** Props: the text, the inspected pixel and kernel size, and the inspection once the image is there. */
export interface PixelInspectorProps {
  text: ImageFilterText;
  x: number;
  y: number;
  size: number;
  inspection?: PixelInspection;
}

/** A size x size table of one field of the taps; the input window's cells are shaded with their gray. */
function TapTable({ caption, taps, size, cell }: { caption: string; taps: readonly InspectorTap[]; size: number; cell: (tap: InspectorTap) => { text: string; shade?: number } }) {
  const rows = Array.from({ length: size }, (_, r) => taps.slice(r * size, (r + 1) * size));
  return (
    <table className="imgf-tap-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((tap) => {
              const { text, shade } = cell(tap);
              const style = shade === undefined ? undefined : { background: `rgb(${shade} ${shade} ${shade})`, color: shade > 127 ? '#000' : '#fff' };
              return (
                <td key={tap.column} className={tap.inside ? undefined : 'imgf-outside'} style={style}>
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The inspector section: before the image is there (and in the prerendered page) the title and the formula only. */
export function PixelInspector({ text, x, y, size, inspection }: PixelInspectorProps) {
  const titleId = useId();
  const taps = inspection?.taps ?? [];
  const anyOutside = taps.some((tap) => !tap.inside);
  return (
    <section className="imgf-inspector" aria-labelledby={titleId}>
      <p className="imgf-section-title" id={titleId}>
        {text.inspectorTitle(x, y)}
      </p>
      {inspection ? (
        <ScrollRegion label={text.tapTables} className="imgf-tap-tables">
          <TapTable
            caption={text.neighbourhood}
            taps={taps}
            size={size}
            cell={(tap) => ({ text: formatValue(tap.input), shade: tap.inside ? Math.round(Math.min(255, Math.max(0, tap.input))) : undefined })}
          />
          <span className="imgf-times" aria-hidden="true">
            ×
          </span>
          <TapTable caption={text.kernel} taps={taps} size={size} cell={(tap) => ({ text: formatValue(tap.weight) })} />
          <span className="imgf-times" aria-hidden="true">
            =
          </span>
          <TapTable caption={text.products} taps={taps} size={size} cell={(tap) => ({ text: formatValue(tap.product) })} />
        </ScrollRegion>
      ) : null}
      {anyOutside ? <p className="imgf-note">{text.outsideNote}</p> : null}
      <div className="imgf-inspector-sum">
        <p>{text.sumIs}</p>
        <p className="imgf-sum-line">
          <Tex math={inspectorFormula(x, y, size)} /> <span className="imgf-sum-value">= {inspection ? formatValue(inspection.sum) : '…'}</span>
        </p>
      </div>
    </section>
  );
}
