// A 4x4 register-blocked kernel over listed windows that writes each sum to a listed output place.
// Part of the engine: imports nothing outside src/engine.
// Why a second kernel beside windowKernel rather than a mode of it: a flag or a callback in the
// 4x4 body slows the hot loop; both bodies are tied to the plain sum by their tests.

// Sums of a partial 4x4 block wait here before their valid corner is written.
const tile = new Float64Array(16);

/**
 * Blocks of 4 rows x 4 listed positions, for positions s0 .. s1-1 in steps of 4:
 * c[pc + i*ldc + targets[s]] = sum over taps t < depth of a[pa + 4t + i] * x[xOff + bases[s] + offsets[t]]
 * for i < rows, where a holds 4 rows' weights packed tap-major. Unlike `windowKernel` the positions
 * need not be neighbours: `bases` and `targets` list where each window starts and where its sum
 * goes, so one call can walk a region of many images. The sums overwrite c (no accumulation).
 * Every x[xOff + bases[s] + offsets[t]] read must lie inside x.
 */
export function indexedWindowKernel(
  a: Float32Array,
  pa: number,
  x: Float32Array,
  xOff: number,
  bases: readonly number[],
  targets: readonly number[],
  s0: number,
  s1: number,
  offsets: readonly number[],
  depth: number,
  c: Float32Array,
  pc: number,
  ldc: number,
  rows: number,
): void {
  const last = s1 - 1;
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
      const p0 = pc + targets[s], p1 = pc + targets[s + 1], p2 = pc + targets[s + 2], p3 = pc + targets[s + 3];
      c[p0] = c00; c[p1] = c01; c[p2] = c02; c[p3] = c03;
      c[p0 + ldc] = c10; c[p1 + ldc] = c11; c[p2 + ldc] = c12; c[p3 + ldc] = c13;
      const l2 = 2 * ldc, l3 = 3 * ldc;
      c[p0 + l2] = c20; c[p1 + l2] = c21; c[p2 + l2] = c22; c[p3 + l2] = c23;
      c[p0 + l3] = c30; c[p1 + l3] = c31; c[p2 + l3] = c32; c[p3 + l3] = c33;
    } else {
      tile[0] = c00; tile[1] = c01; tile[2] = c02; tile[3] = c03;
      tile[4] = c10; tile[5] = c11; tile[6] = c12; tile[7] = c13;
      tile[8] = c20; tile[9] = c21; tile[10] = c22; tile[11] = c23;
      tile[12] = c30; tile[13] = c31; tile[14] = c32; tile[15] = c33;
      const count = cols < 4 ? cols : 4;
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < count; j++) c[pc + i * ldc + targets[s + j]] = tile[i * 4 + j];
      }
    }
  }
}
