// Packs rows of a strided matrix into 4-row panels, the layout `microKernel4x4` reads.
// Part of the engine: imports nothing outside src/engine.
import { PANEL } from './microKernel.ts';

/**
 * Copies `count` rows of `depth` values into ceil(count/4) panels:
 * out[outOffset + (p*depth + k)*4 + i] = src[offset + (4p + i)*rowStride + k*depthStride],
 * and 0 for the missing rows 4p + i >= count of the last panel.
 * Row i / column k of any strided matrix (or its transpose) can be packed by choosing the strides.
 */
export function packPanels(
  src: Float32Array,
  offset: number,
  rowStride: number,
  depthStride: number,
  count: number,
  depth: number,
  out: Float32Array,
  outOffset: number,
): void {
  const panels = Math.ceil(count / PANEL);
  for (let p = 0; p < panels; p++) {
    const base = outOffset + p * depth * PANEL;
    for (let i = 0; i < PANEL; i++) {
      const row = p * PANEL + i;
      let q = base + i;
      if (row >= count) {
        for (let k = 0; k < depth; k++, q += PANEL) out[q] = 0;
        continue;
      }
      let r = offset + row * rowStride;
      for (let k = 0; k < depth; k++, q += PANEL, r += depthStride) out[q] = src[r];
    }
  }
}

/** Floats taken by `count` rows of `depth` values once packed: ceil(count/4) * depth * 4. */
export function packedSize(count: number, depth: number): number {
  return Math.ceil(count / PANEL) * depth * PANEL;
}
