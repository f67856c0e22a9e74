// The resolved numbers of one 2-D convolution (sizes, stride, dilation, padding) and its tap tables.
// Part of the engine: imports nothing outside src/engine.
/**
 * Everything the convolution kernels need, already checked. Input x [N, C, H, W] (H = inHeight,
 * W = inWidth), weights w [O, C/groups, KH, KW], output y [N, O, OH, OW] with
 * y[n,o,i,j] = b[o] + sum over c, p, q of x[n, c, i*strideH + p*dilationH - padTop, j*strideW + q*dilationW - padLeft] * w[o, c, p, q]
 * (c inside the group of o; x is 0 outside the image). Padding may also be negative (a crop).
 */
export interface ConvGeometry {
  batch: number;
  inChannels: number;
  inHeight: number;
  inWidth: number;
  outChannels: number;
  kernelHeight: number;
  kernelWidth: number;
  strideH: number;
  strideW: number;
  dilationH: number;
  dilationW: number;
  padTop: number;
  padLeft: number;
  outHeight: number;
  outWidth: number;
  groups: number;
}

/**
 * Where each kernel tap t = (c, p, q) of one group reads, t = (c*KH + p)*KW + q:
 * offset[t] = c*H*W + p*dilationH*W + q*dilationW (from a window's top-left input pixel),
 * row[t] = p*dilationH and col[t] = q*dilationW (for bounds checks at the border).
 * Why plain arrays: V8 indexes a Float32Array faster with small integers read from an Array
 * than with values read from an Int32Array (measured 2x in the window kernels).
 */
export interface TapTables {
  count: number;
  offset: number[];
  row: number[];
  col: number[];
}

/** Builds the tap tables of one group of `g`. */
export function tapTables(g: ConvGeometry): TapTables {
  const channels = g.inChannels / g.groups;
  const plane = g.inHeight * g.inWidth;
  const offset: number[] = [];
  const row: number[] = [];
  const col: number[] = [];
  for (let c = 0; c < channels; c++) {
    for (let p = 0; p < g.kernelHeight; p++) {
      for (let q = 0; q < g.kernelWidth; q++) {
        row.push(p * g.dilationH);
        col.push(q * g.dilationW);
        offset.push(c * plane + p * g.dilationH * g.inWidth + q * g.dilationW);
      }
    }
  }
  return { count: offset.length, offset, row, col };
}

/**
 * For stride 1 and dilation 1: the first tap p of a kernel through which the input at padded
 * position `at` (r + padTop) reaches an output of `outSize`. Output at - p must be <= outSize - 1,
 * so p = max(at - outSize + 1, 0). Why ternaries and not Math.max: they keep p a small integer in
 * the callers' loops.
 */
export function firstTap(at: number, outSize: number): number {
  return at - outSize + 1 > 0 ? at - outSize + 1 : 0;
}

/** For stride 1 and dilation 1: the last tap p with output at - p >= 0, p = min(at, kernelSize - 1). */
export function lastTap(at: number, kernelSize: number): number {
  return at < kernelSize - 1 ? at : kernelSize - 1;
}
