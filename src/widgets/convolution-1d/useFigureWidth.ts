// The width convolution-1d lays its figure out at: the prerendered default on the first render (so
// hydration matches), then the measured width of the figure's container, followed while it resizes.
import { useEffect, useState, type RefObject } from 'react';
import { DEFAULT_FIGURE_WIDTH, figureWidthFor } from '../../render/convolution1dLayout.ts';

/**
 * The layout width for the element `container`: 400 until it has been measured, then
 * figureWidthFor(its content width), updated by a ResizeObserver. Stays 400 where there is no
 * ResizeObserver (server rendering, old browsers, jsdom).
 */
export function useFigureWidth(container: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_FIGURE_WIDTH);
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) setWidth(figureWidthFor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
  return width;
}
