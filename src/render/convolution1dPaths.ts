// SVG path text for convolution-1d's curves: a polyline and a filled area down to a baseline.
// Render layer: imports nothing from state, widgets or React; numbers in, strings out.

/** A coordinate rounded to 0.1 px (enough for a crisp line, short in prerendered HTML); NaN or ±Infinity becomes 0. */
export function svgCoordinate(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(value * 10) / 10 + 0;
}

/** The polyline through (xs[i], ys[i]): `M x0,y0L x1,y1…`, or '' for no points. */
export function linePath(xs: readonly number[], ys: readonly number[]): string {
  const count = Math.min(xs.length, ys.length);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`${i === 0 ? 'M' : 'L'}${svgCoordinate(xs[i])},${svgCoordinate(ys[i])}`);
  return parts.join('');
}

/** The closed area between the polyline through (xs[i], ys[i]) and the horizontal line y = baseline; '' for no points. */
export function areaPath(xs: readonly number[], ys: readonly number[], baseline: number): string {
  const count = Math.min(xs.length, ys.length);
  if (count === 0) return '';
  const y0 = svgCoordinate(baseline);
  const top = linePath(xs.slice(0, count), ys.slice(0, count)).replace(/^M/, 'L');
  return `M${svgCoordinate(xs[0])},${y0}${top}L${svgCoordinate(xs[count - 1])},${y0}Z`;
}
