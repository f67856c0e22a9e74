// Axes of convolution-1d's figures as SVG in JSX (so they show before scripts run): a zero line,
// value ticks on the left and position ticks below.
import type { Tick } from '../../render/convolution1dAxes.ts';

/** Props: the panel's box and ticks, and the name of its horizontal variable (drawn at the right end). */
export interface PanelAxesProps {
  left: number;
  right: number;
  top: number;
  bottom: number;
  zeroY: number;
  yTicks: readonly Tick[];
  /** Position ticks; none when the panel shares the axis drawn under another one. */
  xTicks?: readonly Tick[];
  /** y of the position tick labels. */
  xLabelY?: number;
  xName?: string;
}

/** The zero line, value tick labels and, when given, position tick labels with the variable's name. */
export function PanelAxes({ left, right, top, bottom, zeroY, yTicks, xTicks = [], xLabelY = bottom + 16, xName }: PanelAxesProps) {
  return (
    <g className="conv1d-axes" aria-hidden="true">
      <line className="conv1d-frame" x1={left} x2={left} y1={top} y2={bottom} />
      <line className="conv1d-zero" x1={left} x2={right} y1={zeroY} y2={zeroY} />
      {yTicks.map((tick) => (
        <text key={`y${tick.label}`} className="conv1d-tick" x={left - 5} y={tick.position} dy="0.32em" textAnchor="end">
          {tick.label}
        </text>
      ))}
      {xTicks.map((tick) => (
        <g key={`x${tick.label}`}>
          <line className="conv1d-frame" x1={tick.position} x2={tick.position} y1={bottom} y2={bottom + 4} />
          <text className="conv1d-tick" x={tick.position} y={xLabelY} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {xName ? (
        <text className="conv1d-axis-name" x={right} y={xLabelY + 14} textAnchor="end">
          {xName}
        </text>
      ) : null}
    </g>
  );
}
