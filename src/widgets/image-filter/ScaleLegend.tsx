// The output's colour scale drawn as SVG in JSX (so it is in the prerendered page too): a gradient bar
// with the domain's ends and 0 in numbers, minor ticks between, and a line saying how to read it.
import { useId, useMemo } from 'react';
import { layoutLegend } from '../../render/imageFilterLegend.ts';
import { colourOf, type ColourScale } from './colourScale.ts';
import { formatValue } from './formatValue.ts';
import type { ImageFilterText } from './text.ts';

/** Props: the text and the scale in use. */
export interface ScaleLegendProps {
  text: ImageFilterText;
  scale: ColourScale;
}

/** Width of the legend's viewBox (it scales to its box). */
const LEGEND_WIDTH = 320;

/** The legend figure. */
export function ScaleLegend({ text, scale }: ScaleLegendProps) {
  const gradientId = useId();
  const geometry = useMemo(() => layoutLegend(scale.domain, LEGEND_WIDTH, formatValue), [scale.domain]);
  const { bar } = geometry;
  const ends = `${formatValue(scale.domain[0])} … ${formatValue(scale.domain[1])}`;
  return (
    <figure className="imgf-legend">
      <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} width="100%" role="img" aria-label={`${text.scaleTitle}: ${ends}. ${text.scaleNote[scale.kind]}`}>
        <defs>
          <linearGradient id={gradientId} x1="0" x2="1" y1="0" y2="0">
            {geometry.stops.map((stop, i) => (
              <stop key={i} offset={stop.offset} stopColor={colourOf(stop.value, scale)} />
            ))}
          </linearGradient>
        </defs>
        <rect className="imgf-legend-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={`url(#${gradientId})`} />
        {geometry.ticks.map((tick) => (
          <g key={`${tick.value}-${tick.label}`} className={tick.label ? 'imgf-legend-tick' : 'imgf-legend-tick imgf-legend-minor'}>
            <line x1={tick.x} x2={tick.x} y1={bar.y + bar.height} y2={bar.y + bar.height + (tick.label ? 5 : 3)} />
            {tick.label ? (
              <text x={tick.x} y={geometry.labelY} textAnchor="middle">
                {tick.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="imgf-note">
        {text.scaleTitle}. {text.scaleNote[scale.kind]}
        {scale.kind === 'gray' ? ` ${text.clipped(scale.clipped)}` : null}
      </figcaption>
    </figure>
  );
}
