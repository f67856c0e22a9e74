// The continuous figure of convolution-1d as SVG in JSX: f(τ), the placed g and their shaded product
// above, (f*g)(t) drawn up to t below. A mouse or pen press or drag moves t; a touch moves t when it
// drags sideways or taps, never when it swipes up or down (the page scrolls instead).
import { useRef, type PointerEvent } from 'react';
import { shiftAtX, type ContinuousGeometry } from '../../render/convolution1dContinuousLayout.ts';
import { PanelAxes } from './FigureAxes.tsx';
import { touchIntent, type TouchIntent } from './touchIntent.ts';

/** Props: the geometry, the figure's accessible description, the bottom panel's title and the shift setter. */
export interface ContinuousFigureProps {
  geometry: ContinuousGeometry;
  description: string;
  outputTitle: string;
  onShiftChange: (shift: number) => void;
}

/** The pointer held down on the figure: where it went down and, for a touch, what it means so far. */
interface Press {
  pointerId: number;
  touch: boolean;
  startX: number;
  startY: number;
  intent: TouchIntent;
}

/** The two-panel figure; presses, drags and taps set t (snapped to 0.05). */
export function ContinuousFigure({ geometry, description, outputTitle, onShiftChange }: ContinuousFigureProps) {
  const press = useRef<Press | null>(null);
  const { top, bottom } = geometry;
  const moveTo = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    onShiftChange(shiftAtX(geometry, ((event.clientX - box.left) * geometry.width) / box.width));
  };
  const current = (event: PointerEvent<SVGSVGElement>) => (press.current?.pointerId === event.pointerId ? press.current : null);
  return (
    <svg
      className="conv1d-figure conv1d-draggable"
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      width="100%"
      role="img"
      aria-label={description}
      onPointerDown={(event) => {
        if (!event.isPrimary || event.button !== 0) return;
        const touch = event.pointerType === 'touch';
        press.current = { pointerId: event.pointerId, touch, startX: event.clientX, startY: event.clientY, intent: 'undecided' };
        event.currentTarget.setPointerCapture?.(event.pointerId);
        if (!touch) moveTo(event);
      }}
      onPointerMove={(event) => {
        const held = current(event);
        if (!held) return;
        if (held.touch && held.intent !== 'drag') {
          held.intent = touchIntent(event.clientX - held.startX, event.clientY - held.startY);
          if (held.intent === 'swipe') press.current = null;
          if (held.intent !== 'drag') return;
        }
        moveTo(event);
      }}
      onPointerUp={(event) => {
        const held = current(event);
        // A touch that never became a drag or a swipe is a tap: it sets t where it lifts.
        if (held?.touch && held.intent === 'undecided') moveTo(event);
        press.current = null;
      }}
      onPointerCancel={() => {
        press.current = null;
      }}
    >
      <PanelAxes {...top} xName="τ" />
      <path className="conv1d-product" d={geometry.productArea} />
      <path className="conv1d-halo" d={geometry.fPath} />
      <path className="conv1d-f-line" d={geometry.fPath} />
      <path className="conv1d-halo" d={geometry.gPath} />
      <path className="conv1d-g-line" d={geometry.gPath} />
      <line className="conv1d-cursor" x1={geometry.shiftX} x2={geometry.shiftX} y1={top.top} y2={top.bottom} />
      <text className="conv1d-cursor-label" x={geometry.shiftX} y={top.top + 10} dx="4">
        t
      </text>

      <PanelAxes {...bottom} xName="t" />
      <text className="conv1d-panel-title" x={geometry.outputTitle.x} y={geometry.outputTitle.y}>
        {outputTitle}
      </text>
      <line className="conv1d-cursor" x1={geometry.shiftX} x2={geometry.shiftX} y1={bottom.top} y2={bottom.bottom} />
      <path className="conv1d-output-line" d={geometry.outputPath} />
      <circle className="conv1d-output-dot" cx={geometry.dot.x} cy={geometry.dot.y} r={4} />
    </svg>
  );
}
