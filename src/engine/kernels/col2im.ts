// col2im: adds a panel of column-matrix values back onto the input pixels they were read from.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry, TapTables } from './convGeometry.ts';
import { PANEL } from './microKernel.ts';

// The column matrix of one image and group is col[t, s] = x[xOff + base(s) + offset[t]], where
// s = i*OW + j is an output position, base(s) = (i*strideH - padTop)*W + (j*strideW - padLeft)
// is its window's top-left pixel and t a kernel tap; it reads 0 where the window leaves the image.

const panelRow = new Int32Array(PANEL);
const panelCol = new Int32Array(PANEL);

/** Top-left input row/col of the windows of positions s0 .. s0+count-1; true when all 4 lie inside the image. */
function locatePanel(g: ConvGeometry, s0: number, count: number): boolean {
  const spanH = (g.kernelHeight - 1) * g.dilationH;
  const spanW = (g.kernelWidth - 1) * g.dilationW;
  let inside = count === PANEL;
  for (let j = 0; j < count; j++) {
    const s = s0 + j;
    const i = Math.floor(s / g.outWidth);
    const r = i * g.strideH - g.padTop;
    const c = (s - i * g.outWidth) * g.strideW - g.padLeft;
    panelRow[j] = r;
    panelCol[j] = c;
    if (r < 0 || r + spanH >= g.inHeight || c < 0 || c + spanW >= g.inWidth) inside = false;
  }
  return inside;
}

/**
 * Adds one panel of column-matrix values back into the image (col2im, the adjoint of reading windows):
 * dx[xOff + where col[t, s0 + j] was read] += tile[4t + j] for j < count, skipping padding.
 */
export function scatterPositionPanel(
  dx: Float32Array,
  xOff: number,
  g: ConvGeometry,
  taps: TapTables,
  s0: number,
  count: number,
  tile: Float32Array,
): void {
  const { offset, row, col } = taps;
  const width = g.inWidth;
  if (locatePanel(g, s0, count)) {
    const b0 = xOff + panelRow[0] * width + panelCol[0];
    const b1 = xOff + panelRow[1] * width + panelCol[1];
    const b2 = xOff + panelRow[2] * width + panelCol[2];
    const b3 = xOff + panelRow[3] * width + panelCol[3];
    for (let t = 0, q = 0; t < taps.count; t++, q += PANEL) {
      const o = offset[t];
      dx[b0 + o] += tile[q];
      dx[b1 + o] += tile[q + 1];
      dx[b2 + o] += tile[q + 2];
      dx[b3 + o] += tile[q + 3];
    }
    return;
  }
  const height = g.inHeight;
  for (let t = 0, q = 0; t < taps.count; t++, q += PANEL) {
    for (let j = 0; j < count; j++) {
      const r = panelRow[j] + row[t];
      const c = panelCol[j] + col[t];
      if (r >= 0 && r < height && c >= 0 && c < width) {
        dx[xOff + panelRow[j] * width + panelCol[j] + offset[t]] += tile[q + j];
      }
    }
  }
}
