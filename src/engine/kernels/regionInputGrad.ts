// The stride-1 input gradient as a flipped-kernel convolution that never multiplies the zero border.
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from './convGeometry.ts';
import { indexedWindowKernel } from './indexedWindowKernel.ts';
import { PANEL } from './microKernel.ts';
import { FloatSlot, scratch } from './scratch.ts';

// With stride 1, dx[n,c,h,v] = sum over taps (o, p, q) of dyPadded[n, o, h + p*dh, v + q*dw] *
// w[o, c, KH-1-p, KW-1-q], where dy gets beforeH = dh*(KH-1) - padTop zero rows before it (beforeW
// columns alike). Near the border many taps read those zeros: on an 11x11 map with a 3x3 kernel,
// a third of all products. Here the input pixels are split into regions whose windows leave dy
// in the same taps, and each region sums only the taps inside dy, in the same order (o, p, q).
// Why the same order: dropping exact zeros from a float64 sum changes no bit, so dx is the same.

/** Input coordinates start .. end-1 of one axis whose in-range kernel indices are first .. last-1. */
interface AxisRun {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** One region: its taps and its input pixels (positions start .. end-1 of the plan's tables). */
interface Region {
  /** Where tap t reads, from a window's base: o*OH*OW + p*dh*OW + q*dw. */
  offsets: number[];
  /** Where tap t's weight sits inside w[., c, ., .] of the group: o*(C/groups)*KH*KW + (KH-1-p)*KW + (KW-1-q). */
  weights: number[];
  start: number;
  end: number;
}

/** The regions of one geometry and, for all images, each pixel's window base in dy and place in dx. */
interface RegionPlan {
  regions: Region[];
  bases: number[];
  targets: number[];
}

/** Pixels per kernel call: a block's windows stay in the fast caches while every channel panel passes. */
const POSITION_BLOCK = 128;
/** Plans kept for reuse (a network's layers take turns), so the tables are built once per shape. */
const PLAN_CACHE_SIZE = 8;
const planCache = new Map<string, RegionPlan>();

/**
 * Writes dx [N, C, H, W], the gradient of sum(conv(x, w) * dy) with respect to x, for a stride-1
 * geometry `g`, dy [N, O, OH, OW] and w [O, C/groups, KH, KW]:
 * dx[n,c,h,v] = sum of dy[n,o,i,j] * w[o,c,p,q] over every (o,i,j,p,q) with
 * h = i + p*dilationH - padTop and v = j + q*dilationW - padLeft. Every element of dx is written.
 */
export function regionInputGrad(dy: Float32Array, w: Float32Array, g: ConvGeometry, dx: Float32Array): void {
  const plan = regionPlan(g);
  const groupOut = g.outChannels / g.groups;
  const groupIn = g.inChannels / g.groups;
  const kernelSize = g.kernelHeight * g.kernelWidth;
  const plane = g.inHeight * g.inWidth;
  const panels = Math.ceil(groupIn / PANEL);
  let packedSize = 0;
  for (const region of plan.regions) packedSize += panels * region.offsets.length * PANEL;
  const packed = scratch(FloatSlot.packedA, packedSize);
  for (let gi = 0; gi < g.groups; gi++) {
    const wOff = gi * groupOut * groupIn * kernelSize;
    let pa = 0;
    for (const region of plan.regions) {
      const depth = region.offsets.length;
      pa = packRegion(w, wOff, region.weights, groupIn, kernelSize, packed, pa);
      const regionStart = pa - panels * depth * PANEL;
      const dyOff = gi * groupOut * g.outHeight * g.outWidth;
      const dxOff = gi * groupIn * plane;
      for (let s0 = region.start; s0 < region.end; s0 += POSITION_BLOCK) {
        const s1 = Math.min(region.end, s0 + POSITION_BLOCK);
        for (let c0 = 0, panel = 0; c0 < groupIn; c0 += PANEL, panel++) {
          indexedWindowKernel(
            packed, regionStart + panel * depth * PANEL, dy, dyOff, plan.bases, plan.targets, s0, s1,
            region.offsets, depth, dx, dxOff + c0 * plane, plane, Math.min(PANEL, groupIn - c0),
          );
        }
      }
    }
  }
}

/**
 * Packs a region's weights in 4-channel panels, tap-major, from packed[at] on:
 * packed[at + (panel*depth + t)*4 + i] = w[wOff + (4*panel + i)*KH*KW + weights[t]], 0 past the channels.
 * Returns the index after the last value written.
 */
function packRegion(
  w: Float32Array,
  wOff: number,
  weights: readonly number[],
  channels: number,
  kernelSize: number,
  packed: Float32Array,
  at: number,
): number {
  let q = at;
  for (let c0 = 0; c0 < channels; c0 += PANEL) {
    for (let t = 0; t < weights.length; t++) {
      for (let i = 0; i < PANEL; i++, q++) {
        const c = c0 + i;
        packed[q] = c < channels ? w[wOff + c * kernelSize + weights[t]] : 0;
      }
    }
  }
  return q;
}

/** The (cached) region plan of a stride-1 geometry. */
function regionPlan(g: ConvGeometry): RegionPlan {
  const key = [
    g.batch, g.inChannels, g.inHeight, g.inWidth, g.outChannels, g.kernelHeight, g.kernelWidth,
    g.dilationH, g.dilationW, g.padTop, g.padLeft, g.outHeight, g.outWidth, g.groups,
  ].join(',');
  const known = planCache.get(key);
  if (known !== undefined) return known;
  if (planCache.size >= PLAN_CACHE_SIZE) planCache.clear();
  const plan = buildPlan(g);
  planCache.set(key, plan);
  return plan;
}

function buildPlan(g: ConvGeometry): RegionPlan {
  const beforeH = g.dilationH * (g.kernelHeight - 1) - g.padTop;
  const beforeW = g.dilationW * (g.kernelWidth - 1) - g.padLeft;
  const rowRuns = axisRuns(g.inHeight, g.outHeight, g.kernelHeight, g.dilationH, beforeH);
  const colRuns = axisRuns(g.inWidth, g.outWidth, g.kernelWidth, g.dilationW, beforeW);
  const groupOut = g.outChannels / g.groups;
  const groupIn = g.inChannels / g.groups;
  const dyImage = g.outChannels * g.outHeight * g.outWidth;
  const dxImage = g.inChannels * g.inHeight * g.inWidth;
  const regions: Region[] = [];
  const bases: number[] = [];
  const targets: number[] = [];
  for (const rows of rowRuns) {
    for (const cols of colRuns) {
      const offsets: number[] = [];
      const weights: number[] = [];
      for (let o = 0; o < groupOut; o++) {
        for (let p = rows.first; p < rows.last; p++) {
          for (let q = cols.first; q < cols.last; q++) {
            offsets.push((o * g.outHeight + p * g.dilationH) * g.outWidth + q * g.dilationW);
            weights.push(((o * groupIn) * g.kernelHeight + g.kernelHeight - 1 - p) * g.kernelWidth + g.kernelWidth - 1 - q);
          }
        }
      }
      const start = bases.length;
      for (let n = 0; n < g.batch; n++) {
        for (let h = rows.start; h < rows.end; h++) {
          for (let v = cols.start; v < cols.end; v++) {
            bases.push(n * dyImage + (h - beforeH) * g.outWidth + v - beforeW);
            targets.push(n * dxImage + h * g.inWidth + v);
          }
        }
      }
      regions.push({ offsets, weights, start, end: bases.length });
    }
  }
  return { regions, bases, targets };
}

/**
 * Splits input coordinates 0 .. size-1 into runs with the same in-range kernel indices: index k
 * reads dy coordinate h + k*dilation - before, which must lie in 0 .. outSize-1.
 */
function axisRuns(size: number, outSize: number, kernel: number, dilation: number, before: number): AxisRun[] {
  const runs: AxisRun[] = [];
  for (let h = 0; h < size; h++) {
    const first = Math.max(0, Math.ceil((before - h) / dilation));
    const last = Math.max(first, Math.min(kernel, Math.floor((outSize - 1 + before - h) / dilation) + 1));
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.first === first && previous.last === last) previous.end = h + 1;
    else runs.push({ start: h, end: h + 1, first, last });
  }
  return runs;
}
