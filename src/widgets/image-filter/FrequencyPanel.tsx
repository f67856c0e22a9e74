// The frequency view: |H(ωx, ωy)| of the kernel as a heat map (a small canvas under SVG axes), the slice
// |H(ωx, 0)| as a line, the computed verdict and what it means for a CNN, in both languages.
import { useCallback, useMemo } from 'react';
import { layoutHeatMap, layoutSlice, type AxisTick } from '../../render/imageFilterFrequency.ts';
import { paintMagnitude } from './colourScale.ts';
import { formatValue } from './formatValue.ts';
import { frequencyResponse } from './frequencyResponse.ts';
import type { KernelSpec } from './kernelParam.ts';
import { PixelCanvas } from './PixelCanvas.tsx';
import type { ImageFilterText } from './text.ts';

/** Props: the text and the kernel. */
export interface FrequencyPanelProps {
  text: ImageFilterText;
  kernel: KernelSpec;
}

const HEAT_SIZE = 240;
const SLICE_WIDTH = 320;
const SLICE_HEIGHT = 200;

/** Tick marks and labels of one axis: along x (labels below `y`) or along y (labels left of `x`). */
function Ticks({ ticks, along, at }: { ticks: readonly AxisTick[]; along: 'x' | 'y'; at: number }) {
  return (
    <g className="imgf-axis">
      {ticks.map((tick) =>
        along === 'x' ? (
          <g key={tick.label}>
            <line x1={tick.at} x2={tick.at} y1={at} y2={at + 4} />
            <text x={tick.at} y={at + 15} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ) : (
          <g key={tick.label}>
            <line x1={at - 4} x2={at} y1={tick.at} y2={tick.at} />
            <text x={at - 6} y={tick.at + 4} textAnchor="end">
              {tick.label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}

/** The panel. */
export function FrequencyPanel({ text, kernel }: FrequencyPanelProps) {
  const response = useMemo(() => frequencyResponse(kernel.values, kernel.size), [kernel.values, kernel.size]);
  const heat = useMemo(() => layoutHeatMap(HEAT_SIZE), []);
  const slice = useMemo(() => layoutSlice(response.frequencies, response.slice, SLICE_WIDTH, SLICE_HEIGHT, formatValue), [response]);
  const paint = useCallback((rgba: Uint8ClampedArray) => paintMagnitude(response.magnitude, response.peak, rgba), [response]);
  const verdict = text.verdict(response.verdict, formatValue(response.atZero), formatValue(response.peak));
  const { box } = heat;
  const percent = (v: number, of: number) => `${(100 * v) / of}%`;
  return (
    <section className="imgf-frequency" aria-label={text.frequencyTitle}>
      <p className="imgf-section-title">{text.frequencyTitle}</p>
      <div className="imgf-frequency-figures">
        <figure className="imgf-heat">
          <div className="imgf-heat-box" role="img" aria-label={text.heatLabel(verdict)}>
            <PixelCanvas
              className="imgf-heat-canvas"
              width={response.samples}
              height={response.samples}
              paint={paint}
              style={{ left: percent(box.x, heat.width), top: percent(box.y, heat.height), width: percent(box.size, heat.width), height: percent(box.size, heat.height) }}
            />
            <svg viewBox={`0 0 ${heat.width} ${heat.height}`} width="100%" aria-hidden="true">
              <rect className="imgf-heat-frame" x={box.x} y={box.y} width={box.size} height={box.size} />
              <Ticks ticks={heat.xTicks} along="x" at={box.y + box.size} />
              <Ticks ticks={heat.yTicks} along="y" at={box.x} />
              <text className="imgf-axis-name" x={box.x + box.size / 2} y={heat.height - 2} textAnchor="middle">
                ωx
              </text>
              <text className="imgf-axis-name" x={10} y={box.y + box.size / 2} textAnchor="middle">
                ωy
              </text>
            </svg>
          </div>
          <figcaption className="imgf-note">{text.heatScale(formatValue(response.peak))}</figcaption>
        </figure>
        <figure className="imgf-slice">
          <svg viewBox={`0 0 ${slice.width} ${slice.height}`} width="100%" role="img" aria-label={`${text.sliceLabel}. ${verdict}`}>
            <Ticks ticks={slice.xTicks} along="x" at={slice.plot.bottom} />
            <Ticks ticks={slice.yTicks} along="y" at={slice.plot.left} />
            <line className="imgf-axis-line" x1={slice.plot.left} x2={slice.plot.right} y1={slice.plot.bottom} y2={slice.plot.bottom} />
            <line className="imgf-axis-line" x1={slice.plot.left} x2={slice.plot.left} y1={slice.plot.top} y2={slice.plot.bottom} />
            <path className="imgf-slice-line" d={slice.path} />
            <text className="imgf-axis-name" x={(slice.plot.left + slice.plot.right) / 2} y={slice.height - 2} textAnchor="middle">
              ωx
            </text>
          </svg>
          <figcaption className="imgf-note">{text.sliceLabel}</figcaption>
        </figure>
      </div>
      <p className="imgf-verdict">{verdict}</p>
      <p className="imgf-note">{text.frequencyExplainer}</p>
      <p className="imgf-note">{text.cnnNote}</p>
    </section>
  );
}
