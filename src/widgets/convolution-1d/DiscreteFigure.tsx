// The discrete figure of convolution-1d as SVG in JSX: stems of f[k] and of g placed at n, the
// products of the overlapping pairs, and the output bars filled up to n. Clicking or tapping a bar,
// or pressing the mouse and dragging across bars, moves n; hovering only highlights a bar.
import type { PointerEvent } from 'react';
import type { DiscreteGeometry, RowFrame, Stem } from '../../render/convolution1dDiscreteLayout.ts';
import { PanelAxes } from './FigureAxes.tsx';

/** Props: the geometry, the figure's accessible description, the row titles and the shift setter. */
export interface DiscreteFigureProps {
  geometry: DiscreteGeometry;
  description: string;
  titles: { f: string; g: string; products: string; output: string };
  onShiftChange: (shift: number) => void;
}

/** A row of stems (f: filled dots, g: dashed with hollow dots); stems outside the sum are faded. */
function StemRow({ stems, row, className, radius }: { stems: readonly Stem[]; row: RowFrame; className: string; radius: number }) {
  return (
    <g className={className}>
      {stems.map((stem) => (
        <g key={stem.key} className={stem.active ? 'conv1d-stem' : 'conv1d-stem conv1d-stem-idle'}>
          <line x1={stem.x} x2={stem.x} y1={row.zeroY} y2={stem.y} />
          <circle cx={stem.x} cy={stem.y} r={radius} />
        </g>
      ))}
    </g>
  );
}

/** Whether a pointer over a bar is a mouse or pen pressed down (a press-and-drag), not a hover or a touch. */
function isPressedDrag(event: PointerEvent<SVGRectElement>): boolean {
  return event.pointerType !== 'touch' && (event.buttons & 1) === 1;
}

/** The four-row figure. */
export function DiscreteFigure({ geometry, description, titles, onShiftChange }: DiscreteFigureProps) {
  const { rows, left, right } = geometry;
  const rowAxes = (row: RowFrame) => ({ left, right, top: row.top, bottom: row.bottom, zeroY: row.zeroY, yTicks: row.yTicks });
  const title = (text: string, y: number) => (
    <text className="conv1d-panel-title" x={left} y={y}>
      {text}
    </text>
  );
  return (
    <svg className="conv1d-figure" viewBox={`0 0 ${geometry.width} ${geometry.height}`} width="100%" role="img" aria-label={description}>
      {title(titles.f, rows.f.titleY)}
      <PanelAxes {...rowAxes(rows.f)} />
      <StemRow stems={geometry.fStems} row={rows.f} className="conv1d-f-stems" radius={geometry.dotRadius} />

      {title(titles.g, rows.g.titleY)}
      <PanelAxes {...rowAxes(rows.g)} />
      <StemRow stems={geometry.gStems} row={rows.g} className="conv1d-g-stems" radius={geometry.dotRadius} />

      {title(titles.products, rows.products.titleY)}
      {geometry.products.map((product) => (
        <text key={product.key} className="conv1d-product-text" x={product.x} y={rows.products.y} textAnchor="middle" fontSize={geometry.productFontSize}>
          {product.text}
        </text>
      ))}

      {title(titles.output, rows.output.titleY)}
      <line className="conv1d-cursor" x1={geometry.cursorX} x2={geometry.cursorX} y1={rows.g.top} y2={rows.output.bottom} />
      <PanelAxes {...rowAxes(rows.output)} xTicks={geometry.xTicks} xLabelY={rows.output.bottom + 16} xName="k, n" />
      {geometry.outputBars.map((bar) => (
        <g key={bar.n}>
          {bar.filled ? (
            <rect className={bar.current ? 'conv1d-bar conv1d-bar-current' : 'conv1d-bar'} x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
          ) : null}
          <rect
            className="conv1d-bar-target"
            x={bar.x - (geometry.slot - bar.width) / 2}
            y={rows.output.top}
            width={geometry.slot}
            height={rows.output.bottom - rows.output.top}
            onPointerDown={(event) => {
              if (event.pointerType !== 'touch' && event.button === 0) onShiftChange(bar.n);
            }}
            onPointerEnter={(event) => {
              if (isPressedDrag(event)) onShiftChange(bar.n);
            }}
            onClick={() => onShiftChange(bar.n)}
          />
        </g>
      ))}
    </svg>
  );
}
