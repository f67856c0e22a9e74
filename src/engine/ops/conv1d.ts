// conv1d and its gradients: a [N, C, L] signal is convolved as a [N, C, 1, L] image by the 2-D kernels.
// Part of the engine: imports nothing outside src/engine.
import { convForward } from '../kernels/convForward.ts';
import { convInputGrad } from '../kernels/convInputGrad.ts';
import { convBiasGrad, convWeightGrad } from '../kernels/convWeightGrad.ts';
import { shapeSize, wrap, type Tensor } from '../tensor.ts';
import type { Conv1dOptions } from '../types.ts';
import { checkBias, checkGradient, planConv1d } from './convPlan.ts';

/**
 * 1-D convolution as torch.nn.functional.conv1d: x [N, C, L], w [O, C/groups, K], b [O] or null
 * -> y [N, O, OL] with y[n,o,i] = b[o] + sum over c in o's group, p < K of
 * x[n, c, i*s + p*d - padBefore] * w[o, c, p], and OL = floor((L + before + after - d*(K-1) - 1) / s) + 1.
 * Padding: a number (per side), 'valid', 'same' (OL = ceil(L/s)) or 'full' (d*(K-1) per side).
 * Throws EngineError as conv2d does.
 */
export function conv1d(x: Tensor, w: Tensor, b?: Tensor | null, o: Conv1dOptions = {}): Tensor {
  const g = planConv1d('conv1d', x, w, o);
  checkBias('conv1d', b, g.outChannels);
  const shape = [g.batch, g.outChannels, g.outWidth];
  const y = new Float32Array(shapeSize(shape));
  convForward(x.data, w.data, b ? b.data : null, g, y);
  return wrap(shape, y);
}

/**
 * Gradients of L = sum(conv1d(x, w, b, o) * dy) for x [N, C, L], w [O, C/groups, K], dy [N, O, OL]:
 * dx [N, C, L], dw [O, C/groups, K] and db[o] = sum over n, i of dy[n, o, i].
 * Throws EngineError as conv1d does, or when dy does not have conv1d's output shape.
 */
export function conv1dBackward(
  x: Tensor,
  w: Tensor,
  dy: Tensor,
  o: Conv1dOptions = {},
): { dx: Tensor; dw: Tensor; db: Tensor } {
  const g = planConv1d('conv1dBackward', x, w, o);
  checkGradient('conv1dBackward', dy, [g.batch, g.outChannels, g.outWidth]);
  const dx = new Float32Array(x.data.length);
  convInputGrad(dy.data, w.data, g, dx);
  const dw = new Float32Array(w.data.length);
  convWeightGrad(x.data, dy.data, g, dw);
  const db = new Float32Array(g.outChannels);
  convBiasGrad(dy.data, g.batch, g.outChannels, g.outWidth, db);
  return { dx: wrap(x.shape, dx), dw: wrap(w.shape, dw), db: wrap([g.outChannels], db) };
}
