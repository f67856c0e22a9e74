// A <canvas> whose pixels are written by a paint function into its ImageData (one putImageData per
// change). Without a 2D context (jsdom, a blocked canvas) it stays blank instead of failing.
import { useEffect, useRef, type CanvasHTMLAttributes } from 'react';

/** Props: the pixel size, the function that fills the RGBA bytes, and any canvas attributes. */
export interface PixelCanvasProps extends Omit<CanvasHTMLAttributes<HTMLCanvasElement>, 'width' | 'height'> {
  width: number;
  height: number;
  /** Fills width * height * 4 bytes (RGBA); pass a memoised function: a new one repaints. */
  paint: (rgba: Uint8ClampedArray) => void;
}

/** The canvas: repainted after mount and whenever `paint` or the size change; the ImageData is reused. */
export function PixelCanvas({ width, height, paint, ...attributes }: PixelCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const buffer = useRef<ImageData | null>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    let data = buffer.current;
    if (!data || data.width !== width || data.height !== height) {
      data = context.createImageData(width, height);
      buffer.current = data;
    }
    paint(data.data);
    context.putImageData(data, 0, 0);
  }, [paint, width, height]);
  return <canvas ref={ref} width={width} height={height} {...attributes} />;
}
