// Where each pooling window of one axis lands in the input, clipped to the input, precomputed once
// per call so the pooling loops stay tight. Part of the engine: imports nothing outside src/engine.
import type { AxisPlan } from '../plan/outputSize.ts';

/** Per output index i of one axis: the window's in-input taps and its padded size. */
export interface PoolAxisWindows {
  /** First tap inside the input: the smallest origin + j*d >= 0, with origin = i*s - padBefore. */
  first: Int32Array;
  /** End (exclusive) of the taps inside the input: min(origin + d*(k-1) + 1, n). */
  end: Int32Array;
  /**
   * Taps counted by average pooling with countIncludePad (d = 1):
   * min(origin + k, n + padAfter) - origin. Why: PyTorch counts the padding but not the part of a
   * ceil-mode window that hangs past the padding.
   */
  paddedCount: Int32Array;
}

/** Computes the clipped windows of every output index of an axis (see `PoolAxisWindows`). */
export function poolAxisWindows(plan: AxisPlan): PoolAxisWindows {
  const { outputSize, stride, dilation, padBefore, padAfter, span, inputSize, kernelSize } = plan;
  const first = new Int32Array(outputSize);
  const end = new Int32Array(outputSize);
  const paddedCount = new Int32Array(outputSize);
  for (let i = 0; i < outputSize; i++) {
    const origin = i * stride - padBefore;
    first[i] = origin >= 0 ? origin : origin + Math.ceil(-origin / dilation) * dilation;
    end[i] = Math.min(origin + span, inputSize);
    paddedCount[i] = Math.min(origin + kernelSize, inputSize + padAfter) - origin;
  }
  return { first, end, paddedCount };
}
