// The continuous figure of convolution-1d as SVG in JSX: f(τ), the placed g and their shaded product
// above, (f*g)(t) drawn up to t below. Dragging across it moves t.
import { useRef, type PointerEvent } from 'react';
import { shiftAtX, type ContinuousGeometry } from '../../render/convolution1dContinuousLayout.ts';
import { PanelAxes } from './FigureAxes.tsx';

/** Props: the geometry, the figure's accessible description, the bottom panel's title and the shift setter. */
export interface ContinuousFigureProps {
  geometry: ContinuousGeometry;
  description: string;
  outputTitle: string;
  onShiftChange: (shift: number) => void;
}

/** The two-panel figure; pointer drags set t (snapped to 0.05). */
export function ContinuousFigure({ geometry, description, outputTitle, onShiftChange }: ContinuousFigureProps) {
  const dragging = useRef(false);
  const { top, bottom } = geometry;
  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    onShiftChange(shiftAtX(geometry, ((event.clientX - box.left) * geometry.width) / box.width));
  };
  return (
    <svg
      className="conv1d-figure conv1d-draggable"
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      width="100%"
      role="img"
      aria-label={description}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (dragging.current) moveTo(event);
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      <PanelAxes {...top} xName="τ" />
      <path className="conv1d-product" d={geometry.productArea} />
      <path className="conv1d-f-line" d={geometry.fPath} />
      <path className="conv1d-g-line" d={geometry.gPath} />
      <line className="conv1d-cursor" x1={geometry.shiftX} x2={geometry.shiftX} y1={top.top} y2={top.bottom} />
      <text className="conv1d-cursor-label" x={geometry.shiftX} y={top.top + 10} dx="4">
        t
      </text>

      <PanelAxes {...bottom} xName="t" />
      <text className="conv1d-panel-title" x={bottom.left + 6} y={bottom.top - 10}>
        {outputTitle}
      </text>
      <line className="conv1d-cursor" x1={geometry.shiftX} x2={geometry.shiftX} y1={bottom.top} y2={bottom.bottom} />
      <path className="conv1d-output-line" d={geometry.outputPath} />
      <circle className="conv1d-output-dot" cx={geometry.dot.x} cy={geometry.dot.y} r={4} />
    </svg>
  );
}
