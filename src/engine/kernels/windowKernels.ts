// Register-blocked convolution kernels (4 channels x 4 positions, and 1 channel x 8 positions) that
// read the input windows in place (no im2col copy).
// Part of the engine: imports nothing outside src/engine.

// Both kernels need every window inside the (padded) image: see padImage, which makes it so.

// Sums of a partial 4x4 block wait here before their valid corner is added to the output.
const tile = new Float64Array(16);

/** Adds the top-left rows x cols of the 4x4 `tile` to c at pc (row stride ldc). */
function addTile(c: Float32Array, pc: number, ldc: number, rows: number, cols: number): void {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) c[pc + i * ldc + j] += tile[i * 4 + j];
  }
}

/**
 * Forward blocks of 4 output channels x 4 output positions, for positions s0 .. s1-1 in steps of 4:
 * c[pc + i*ldc + s] = bias[biasAt + i] + sum over taps t < depth of a[pa + 4t + i] * x[xOff + bases[s] + offsets[t]]
 * for i < rows, where a holds 4 output channels' weights packed tap-major and bases[s] is the
 * top-left input pixel of position s's window; the sums overwrite c.
 * Why in place: the windows overlap, so reading x directly beats copying each window out first;
 * and why all positions in one call: the calls would cost as much as a short sum.
 * Why the bias is added last: the float64 sum is rounded once, as bias + sum, like fill-then-add.
 */
export function windowKernel(
  a: Float32Array,
  pa: number,
  x: Float32Array,
  xOff: number,
  bases: readonly number[],
  s0: number,
  s1: number,
  offsets: readonly number[],
  depth: number,
  c: Float32Array,
  pc: number,
  ldc: number,
  rows: number,
  bias: Float32Array,
  biasAt: number,
): void {
  const last = s1 - 1;
  // Why clamped: channels past `rows` read a valid bias; their sums are dropped.
  const e0 = bias[biasAt];
  const e1 = bias[biasAt + (rows > 1 ? 1 : 0)];
  const e2 = bias[biasAt + (rows > 2 ? 2 : 0)];
  const e3 = bias[biasAt + (rows > 3 ? 3 : 0)];
  for (let s = s0; s < s1; s += 4) {
    // Why clamped: a partial last block re-reads the last window; those sums are dropped.
    const base0 = xOff + bases[s];
    const base1 = xOff + bases[s + 1 > last ? last : s + 1];
    const base2 = xOff + bases[s + 2 > last ? last : s + 2];
    const base3 = xOff + bases[s + 3 > last ? last : s + 3];
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
    const cols = s1 - s;
    if (rows === 4 && cols >= 4) {
      const p0 = pc + s, p1 = p0 + ldc, p2 = p1 + ldc, p3 = p2 + ldc;
      c[p0] = e0 + c00; c[p0 + 1] = e0 + c01; c[p0 + 2] = e0 + c02; c[p0 + 3] = e0 + c03;
      c[p1] = e1 + c10; c[p1 + 1] = e1 + c11; c[p1 + 2] = e1 + c12; c[p1 + 3] = e1 + c13;
      c[p2] = e2 + c20; c[p2 + 1] = e2 + c21; c[p2 + 2] = e2 + c22; c[p2 + 3] = e2 + c23;
      c[p3] = e3 + c30; c[p3 + 1] = e3 + c31; c[p3 + 2] = e3 + c32; c[p3 + 3] = e3 + c33;
    } else {
      tile[0] = e0 + c00; tile[1] = e0 + c01; tile[2] = e0 + c02; tile[3] = e0 + c03;
      tile[4] = e1 + c10; tile[5] = e1 + c11; tile[6] = e1 + c12; tile[7] = e1 + c13;
      tile[8] = e2 + c20; tile[9] = e2 + c21; tile[10] = e2 + c22; tile[11] = e2 + c23;
      tile[12] = e3 + c30; tile[13] = e3 + c31; tile[14] = e3 + c32; tile[15] = e3 + c33;
      const count = cols < 4 ? cols : 4;
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < count; j++) c[pc + s + i * ldc + j] = tile[i * 4 + j];
      }
    }
  }
}

/**
 * The one-channel case of windowKernel (a single output channel, as an image filter has), 8 positions
 * at a time: c[pc + s] = bias[biasAt] + sum over taps t < depth of a[pa + 4t] * x[xOff + bases[s] + offsets[t]]
 * for s0 <= s < s1. The same sums in the same order as windowKernel's first row, so the same bits,
 * without the three channels windowKernel would compute and drop.
 */
export function windowKernelOneChannel(
  a: Float32Array,
  pa: number,
  x: Float32Array,
  xOff: number,
  bases: readonly number[],
  s0: number,
  s1: number,
  offsets: readonly number[],
  depth: number,
  c: Float32Array,
  pc: number,
  bias: Float32Array,
  biasAt: number,
): void {
  const last = s1 - 1;
  const e = bias[biasAt];
  for (let s = s0; s < s1; s += 8) {
    // Why clamped: a partial last block re-reads the last window; those sums are dropped.
    const base0 = xOff + bases[s];
    const base1 = xOff + bases[s + 1 > last ? last : s + 1];
    const base2 = xOff + bases[s + 2 > last ? last : s + 2];
    const base3 = xOff + bases[s + 3 > last ? last : s + 3];
    const base4 = xOff + bases[s + 4 > last ? last : s + 4];
    const base5 = xOff + bases[s + 5 > last ? last : s + 5];
    const base6 = xOff + bases[s + 6 > last ? last : s + 6];
    const base7 = xOff + bases[s + 7 > last ? last : s + 7];
    let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
    for (let t = 0, i = pa; t < depth; t++, i += 4) {
      const o = offsets[t];
      const w = a[i];
      c0 += w * x[base0 + o]; c1 += w * x[base1 + o]; c2 += w * x[base2 + o]; c3 += w * x[base3 + o];
      c4 += w * x[base4 + o]; c5 += w * x[base5 + o]; c6 += w * x[base6 + o]; c7 += w * x[base7 + o];
    }
    const p = pc + s;
    if (s1 - s >= 8) {
      c[p] = e + c0; c[p + 1] = e + c1; c[p + 2] = e + c2; c[p + 3] = e + c3;
      c[p + 4] = e + c4; c[p + 5] = e + c5; c[p + 6] = e + c6; c[p + 7] = e + c7;
    } else {
      tile[0] = e + c0; tile[1] = e + c1; tile[2] = e + c2; tile[3] = e + c3;
      tile[4] = e + c4; tile[5] = e + c5; tile[6] = e + c6; tile[7] = e + c7;
      for (let j = 0; j < s1 - s; j++) c[p + j] = tile[j];
    }
  }
}

/**
 * Weight-gradient block: 4 output channels x 4 kernel taps, summed over output positions.
 * c[pc + i*ldc + j] += sum over u < length of dy[y_i + u] * x[bases[u] + offset_j]
 * for i < rows, j < cols, where y_i = y0 + i*ldy starts dy's row of output channel i and
 * bases[u] is the top-left input pixel of position u's window (an offset into x).
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
  // Why: a missing channel (rows < 4) re-reads channel 0's row; its sums are dropped below.
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
  if (rows === 4 && cols === 4) {
    const p0 = pc, p1 = p0 + ldc, p2 = p1 + ldc, p3 = p2 + ldc;
    c[p0] += c00; c[p0 + 1] += c01; c[p0 + 2] += c02; c[p0 + 3] += c03;
    c[p1] += c10; c[p1 + 1] += c11; c[p1 + 2] += c12; c[p1 + 3] += c13;
    c[p2] += c20; c[p2 + 1] += c21; c[p2 + 2] += c22; c[p2 + 3] += c23;
    c[p3] += c30; c[p3 + 1] += c31; c[p3 + 2] += c32; c[p3 + 3] += c33;
  } else {
    tile[0] = c00; tile[1] = c01; tile[2] = c02; tile[3] = c03;
    tile[4] = c10; tile[5] = c11; tile[6] = c12; tile[7] = c13;
    tile[8] = c20; tile[9] = c21; tile[10] = c22; tile[11] = c23;
    tile[12] = c30; tile[13] = c31; tile[14] = c32; tile[15] = c33;
    addTile(c, pc, ldc, rows, cols);
  }
}
