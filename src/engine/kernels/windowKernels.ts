// Register-blocked 4x4 convolution kernels that read the input windows in place (no im2col copy).
// Part of the engine: imports nothing outside src/engine.

// Both kernels need every window inside the (padded) image: see padImage, which makes it so.

const tile = new Float32Array(16);

/** Adds the top-left rows x cols of the 4x4 `tile` to c at pc (row stride ldc). */
function addTile(c: Float32Array, pc: number, ldc: number, rows: number, cols: number): void {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) c[pc + i * ldc + j] += tile[i * 4 + j];
  }
}

/**
 * Forward block: 4 output channels x 4 output positions.
 * c[pc + i*ldc + j] += sum over taps t < depth of a[pa + 4t + i] * x[base_j + offsets[t]]
 * for i < rows, j < cols, where a holds 4 output channels' weights packed tap-major and
 * base_0..3 are the top-left input pixels of the 4 windows.
 * Why in place: the windows overlap, so reading x directly beats copying each window out first.
 */
export function windowKernel(
  a: Float32Array,
  pa: number,
  x: Float32Array,
  base0: number,
  base1: number,
  base2: number,
  base3: number,
  offsets: readonly number[],
  depth: number,
  c: Float32Array,
  pc: number,
  ldc: number,
  rows: number,
  cols: number,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
  let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  for (let t = 0, i = pa; t < depth; t++, i += 4) {
    const o = offsets[t];
    const a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
    const b0 = x[base0 + o], b1 = x[base1 + o], b2 = x[base2 + o], b3 = x[base3 + o];
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
    c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
  }
  let out = c;
  let p0 = pc, stride = ldc;
  const partial = rows < 4 || cols < 4;
  if (partial) {
    tile.fill(0);
    out = tile;
    p0 = 0;
    stride = 4;
  }
  const p1 = p0 + stride, p2 = p1 + stride, p3 = p2 + stride;
  out[p0] += c00; out[p0 + 1] += c01; out[p0 + 2] += c02; out[p0 + 3] += c03;
  out[p1] += c10; out[p1 + 1] += c11; out[p1 + 2] += c12; out[p1 + 3] += c13;
  out[p2] += c20; out[p2 + 1] += c21; out[p2 + 2] += c22; out[p2 + 3] += c23;
  out[p3] += c30; out[p3 + 1] += c31; out[p3 + 2] += c32; out[p3 + 3] += c33;
  if (partial) addTile(c, pc, ldc, rows, cols);
}

/**
 * Weight-gradient block: 4 output channels x 4 kernel taps, summed over output positions.
 * c[pc + i*ldc + j] += sum over u < length of dy[y_i + u] * x[bases[u] + offset_j]
 * for i < rows, j < cols, where y_i = y0 + i*ldy starts dy's row of output channel i and
 * bases[u] is the top-left input pixel of position u's window.
 */
export function tapKernel(
  dy: Float32Array,
  y0: number,
  ldy: number,
  x: Float32Array,
  bases: readonly number[],
  offset0: number,
  offset1: number,
  offset2: number,
  offset3: number,
  length: number,
  c: Float32Array,
  pc: number,
  ldc: number,
  rows: number,
  cols: number,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
  let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  // Why clamped rows: a missing channel re-reads the last real one; its sums are dropped below.
  const y1 = y0 + (rows > 1 ? ldy : 0);
  const y2 = y0 + (rows > 2 ? 2 * ldy : 0);
  const y3 = y0 + (rows > 3 ? 3 * ldy : 0);
  for (let u = 0; u < length; u++) {
    const b = bases[u];
    const a0 = dy[y0 + u], a1 = dy[y1 + u], a2 = dy[y2 + u], a3 = dy[y3 + u];
    const b0 = x[b + offset0], b1 = x[b + offset1], b2 = x[b + offset2], b3 = x[b + offset3];
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
    c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
  }
  let out = c;
  let p0 = pc, stride = ldc;
  const partial = rows < 4 || cols < 4;
  if (partial) {
    tile.fill(0);
    out = tile;
    p0 = 0;
    stride = 4;
  }
  const p1 = p0 + stride, p2 = p1 + stride, p3 = p2 + stride;
  out[p0] += c00; out[p0 + 1] += c01; out[p0 + 2] += c02; out[p0 + 3] += c03;
  out[p1] += c10; out[p1 + 1] += c11; out[p1 + 2] += c12; out[p1 + 3] += c13;
  out[p2] += c20; out[p2 + 1] += c21; out[p2 + 2] += c22; out[p2 + 3] += c23;
  out[p3] += c30; out[p3 + 1] += c31; out[p3 + 2] += c32; out[p3 + 3] += c33;
  if (partial) addTile(c, pc, ldc, rows, cols);
}
