// The legend under convolution-1d's figure: each mark's line style and name, so colour is never the
// only cue (f solid, g dashed, product shaded, output dark).
import type { Convolution1dText } from './text.ts';

/** Props: the widget's text, the mode and whether g is flipped. */
export interface FigureLegendProps {
  text: Convolution1dText;
  mode: 'continuous' | 'discrete';
  flip: boolean;
}

/** A small sample of a mark, drawn the way the figure draws it. */
function Swatch({ kind }: { kind: 'f' | 'g' | 'product' | 'output' }) {
  return (
    <svg className="conv1d-swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">
      {kind === 'product' ? <rect className="conv1d-product" x="1" y="2" width="22" height="9" /> : null}
      {kind === 'f' ? <line className="conv1d-f-line" x1="1" x2="23" y1="6" y2="6" /> : null}
      {kind === 'g' ? <line className="conv1d-g-line" x1="1" x2="23" y1="6" y2="6" /> : null}
      {kind === 'output' ? <rect className="conv1d-bar" x="7" y="2" width="10" height="9" /> : null}
    </svg>
  );
}

/** The legend as a list. */
export function FigureLegend({ text, mode, flip }: FigureLegendProps) {
  const entries =
    mode === 'continuous'
      ? ([
          ['f', text.legendF],
          ['g', text.legendG(flip)],
          ['product', text.legendProduct(flip)],
        ] as const)
      : ([
          ['f', text.rowF],
          ['g', text.rowG(flip)],
          ['output', text.rowOutput(flip)],
        ] as const);
  return (
    <ul className="conv1d-legend">
      {entries.map(([kind, label]) => (
        <li key={kind}>
          <Swatch kind={kind} />
          {label}
        </li>
      ))}
    </ul>
  );
}
