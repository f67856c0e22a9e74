// The bridge from React to a d3 renderer: hands the renderer its <svg> after each change of geometry.
// The renderer owns the svg's children (keyed data join); React owns only the svg element itself.
import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref for an `<svg>`; after mount and whenever `render` or `geometry` change, calls
 * `render(svg, geometry)`. Pass a stable `render` (a module function) and a memoised `geometry`.
 */
export function useD3<Geometry>(
  render: (svg: SVGSVGElement, geometry: Geometry) => void,
  geometry: Geometry,
): RefObject<SVGSVGElement | null> {
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (ref.current) render(ref.current, geometry);
  }, [render, geometry]);
  return ref;
}
