// Copies an image batch into a zero-bordered buffer so that every convolution window lies inside it.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';
import { FloatSlot, scratch } from './scratch.ts';

/** An image batch whose windows all lie inside, with the geometry that reads it (padTop = padLeft = 0). */
export interface PaddedImage {
  data: Float32Array;
  geometry: ConvGeometry;
}

/**
 * Returns x [N, C, H, W] as seen by the windows of `g`: P [N, C, HP, WP] with
 * HP = (OH-1)*strideH + dilationH*(KH-1) + 1 (WP alike) and P[n,c,r,q] = x[n, c, r - padTop, q - padLeft],
 * 0 where that falls outside x (negative padding crops). No copy when the windows already fit in x.
 * The copy lives in scratch memory until the next call.
 */
export function padImage(x: Float32Array, g: ConvGeometry): PaddedImage {
  const height = (g.outHeight - 1) * g.strideH + g.dilationH * (g.kernelHeight - 1) + 1;
  const width = (g.outWidth - 1) * g.strideW + g.dilationW * (g.kernelWidth - 1) + 1;
  if (g.padTop === 0 && g.padLeft === 0 && height <= g.inHeight && width <= g.inWidth) {
    return { data: x, geometry: g };
  }
  const planes = g.batch * g.inChannels;
  const data = scratch(FloatSlot.image, planes * height * width);
  const rowStart = Math.max(0, g.padTop);
  const rowEnd = Math.min(height, g.padTop + g.inHeight);
  const colStart = Math.max(0, g.padLeft);
  const colEnd = Math.min(width, g.padLeft + g.inWidth);
  for (let plane = 0; plane < planes; plane++) {
    const out = plane * height * width;
    const src = plane * g.inHeight * g.inWidth;
    data.fill(0, out, out + height * width);
    for (let r = rowStart; r < rowEnd; r++) {
      // Why a plain loop: rows are short, and subarray + set costs more than it copies.
      const shift = src + (r - g.padTop) * g.inWidth - g.padLeft - (out + r * width);
      for (let q = out + r * width + colStart, end = out + r * width + colEnd; q < end; q++) data[q] = x[q + shift];
    }
  }
  return { data, geometry: { ...g, inHeight: height, inWidth: width, padTop: 0, padLeft: 0 } };
}

/**
 * Offsets of the windows' top-left pixels inside one image plane of `g` (padding must be 0):
 * base[s] = (i*strideH)*W + j*strideW for output position s = i*OW + j.
 */
export function windowBases(g: ConvGeometry): number[] {
  const bases: number[] = [];
  for (let i = 0; i < g.outHeight; i++) {
    const row = i * g.strideH * g.inWidth;
    for (let j = 0; j < g.outWidth; j++) bases.push(row + j * g.strideW);
  }
  return bases;
}
