// The input photo and the filtered output side by side (stacked when narrow), each a crisp canvas with
// the inspected window marked. Hover, tap or drag picks a pixel; the input is focusable and its arrow
// keys move the pixel (Shift: by 10), announced politely.
import { useCallback, useId, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { arrowStep, layoutMarker, pixelAtPoint, type MarkerGeometry, type PercentBox } from '../../render/imageFilterMarker.ts';
import { paintGray, paintValues } from './colourScale.ts';
import type { GrayImage } from './grayImage.ts';
import type { FilteredView } from './model.ts';
import { PixelCanvas } from './PixelCanvas.tsx';
import type { ImageFilterText } from './text.ts';

/** Props: the text, the image and its filtered view, the inspected pixel, the window size, the canvases' names and the pixel setter. */
export interface ImagePanelsProps {
  text: ImageFilterText;
  image: GrayImage;
  view: FilteredView;
  x: number;
  y: number;
  size: number;
  /** The input canvas's accessible name: 'Input: Photographer on a lawn (sample photo)'. */
  inputLabel: string;
  /** The output canvas's accessible name: 'Output: Sobel x 3 × 3 on Photographer on a lawn'. */
  outputLabel: string;
  /** Moves the inspected pixel; `announce` when the reader should hear where it went (keys, taps). */
  onPixel: (x: number, y: number, announce: boolean) => void;
}

/**
 * The marker boxes over an image: the window (kernel-sized) and its centre pixel, centred on the
 * pixel and never smaller than `minimum` CSS px (a 3-pixel window is tiny on screen).
 */
function Marker({ geometry }: { geometry: MarkerGeometry }) {
  const style = (box: PercentBox, minimum: number) => ({
    left: `${box.centreX}%`,
    top: `${box.centreY}%`,
    width: `max(${box.width}%, ${minimum}px)`,
    height: `max(${box.height}%, ${minimum}px)`,
  });
  return (
    <>
      <span className="imgf-marker-window" style={style(geometry.window, 14)} aria-hidden="true" />
      <span className="imgf-marker-centre" style={style(geometry.centre, 4)} aria-hidden="true" />
    </>
  );
}

/** Both panels. */
export function ImagePanels({ text, image, view, x, y, size, inputLabel, outputLabel, onPixel }: ImagePanelsProps) {
  const hintId = useId();
  const { width, height } = image;
  const marker = useMemo(() => layoutMarker(x, y, size, { width, height }), [x, y, size, width, height]);
  const paintInput = useCallback((rgba: Uint8ClampedArray) => paintGray(image.pixels, rgba), [image]);
  const paintOutput = useCallback((rgba: Uint8ClampedArray) => paintValues(view.output.values, view.scale, rgba), [view]);

  const pick = (event: PointerEvent<HTMLElement>, announce: boolean) => {
    const pixel = pixelAtPoint(event.clientX, event.clientY, event.currentTarget.getBoundingClientRect(), { width, height });
    if (pixel) onPixel(pixel.x, pixel.y, announce);
  };
  const pointerHandlers = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => pick(event, event.pointerType !== 'mouse'),
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (event.pointerType === 'mouse' || (event.buttons & 1) === 1) pick(event, false);
    },
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = arrowStep(event.key);
    if (!step) return;
    event.preventDefault();
    const by = event.shiftKey ? 10 : 1;
    const nx = Math.min(width - 1, Math.max(0, x + step[0] * by));
    const ny = Math.min(height - 1, Math.max(0, y + step[1] * by));
    onPixel(nx, ny, true);
  };

  return (
    <div>
      <div className="imgf-panels">
        <figure className="imgf-panel">
          <figcaption className="imgf-panel-title">{text.input}</figcaption>
          <div
            className="imgf-canvas-box imgf-picker"
            role="application"
            tabIndex={0}
            aria-label={inputLabel}
            aria-describedby={hintId}
            onKeyDown={onKeyDown}
            {...pointerHandlers}
          >
            <PixelCanvas className="imgf-canvas" width={width} height={height} paint={paintInput} aria-hidden="true" />
            <Marker geometry={marker} />
          </div>
        </figure>
        <figure className="imgf-panel">
          <figcaption className="imgf-panel-title">{text.output}</figcaption>
          <div className="imgf-canvas-box imgf-picker" {...pointerHandlers}>
            <PixelCanvas className="imgf-canvas imgf-output-canvas" width={width} height={height} paint={paintOutput} role="img" aria-label={outputLabel} />
            <Marker geometry={marker} />
          </div>
        </figure>
      </div>
      <p className="imgf-hint" id={hintId}>
        {text.canvasHint}
      </p>
    </div>
  );
}
