// Gradients of conv2d with respect to its input, weights and bias (the backward pass).
// Part of the engine: imports nothing outside src/engine.
import type { ConvGeometry } from '../kernels/convGeometry.ts';
import { convInputGrad } from '../kernels/convInputGrad.ts';
import { convBiasGrad, convWeightGrad } from '../kernels/convWeightGrad.ts';
import { wrap, type Tensor } from '../tensor.ts';
import type { Conv2dOptions } from '../types.ts';
import { checkGradient, outputShape2d, planConv2d } from './convPlan.ts';

/** dx, dw and db of one conv2d call. */
export interface Conv2dGradients {
  /** dL/dx [N, C, H, W]. */
  dx: Tensor;
  /** dL/dw [O, C/groups, KH, KW]. */
  dw: Tensor;
  /** dL/db [O]. */
  db: Tensor;
}

/**
 * Gradients of L = sum(conv2d(x, w, b, o) * dy) for x [N, C, H, W], w [O, C/groups, KH, KW] and
 * dy [N, O, OH, OW] (the shape conv2d returns):
 * dx[n,c,h,v] = sum of dy[n,o,i,j] * w[o,c,p,q] over every (o,i,j,p,q) where x[n,c,h,v] was read,
 * dw[o,c,p,q] = sum over n,i,j of dy[n,o,i,j] * x[n, c, i*sh + p*dh - padTop, j*sw + q*dw - padLeft],
 * db[o] = sum over n,i,j of dy[n,o,i,j].
 * Throws EngineError as conv2d does, or when dy does not have conv2d's output shape.
 */
export function conv2dBackward(x: Tensor, w: Tensor, dy: Tensor, o: Conv2dOptions = {}): Conv2dGradients {
  const g = plan('conv2dBackward', x, w, dy, o);
  return { dx: inputGradient(x, w, dy, g), ...paramGradients(x, w, dy, g) };
}

/**
 * Only dx [N, C, H, W] of `conv2dBackward`; x gives the shape, its values are not read:
 * dx[n,c,h,v] = sum of dy[n,o,i,j] * w[o,c,p,q] over every (o,i,j,p,q) where x[n,c,h,v] was read.
 */
export function conv2dBackwardInput(x: Tensor, w: Tensor, dy: Tensor, o: Conv2dOptions = {}): Tensor {
  return inputGradient(x, w, dy, plan('conv2dBackwardInput', x, w, dy, o));
}

/**
 * Only dw [O, C/groups, KH, KW] and db [O] of `conv2dBackward`, for a layer whose input needs no
 * gradient (the first layer skips the dx half of the work):
 * dw[o,c,p,q] = sum over n,i,j of dy[n,o,i,j] * x[n, c, i*sh + p*dh - padTop, j*sw + q*dw - padLeft],
 * db[o] = sum over n,i,j of dy[n,o,i,j].
 */
export function conv2dBackwardParams(
  x: Tensor,
  w: Tensor,
  dy: Tensor,
  o: Conv2dOptions = {},
): { dw: Tensor; db: Tensor } {
  return paramGradients(x, w, dy, plan('conv2dBackwardParams', x, w, dy, o));
}

function plan(op: string, x: Tensor, w: Tensor, dy: Tensor, o: Conv2dOptions): ConvGeometry {
  const g = planConv2d(op, x, w, o);
  checkGradient(op, dy, outputShape2d(g));
  return g;
}

function inputGradient(x: Tensor, w: Tensor, dy: Tensor, g: ConvGeometry): Tensor {
  const dx = new Float32Array(x.data.length);
  convInputGrad(dy.data, w.data, g, dx);
  return wrap(x.shape, dx);
}

function paramGradients(x: Tensor, w: Tensor, dy: Tensor, g: ConvGeometry): { dw: Tensor; db: Tensor } {
  const dw = new Float32Array(w.data.length);
  convWeightGrad(x.data, dy.data, g, dw);
  const db = new Float32Array(g.outChannels);
  convBiasGrad(dy.data, g.batch, g.outChannels, g.outHeight * g.outWidth, db);
  return { dw: wrap(w.shape, dw), db: wrap([g.outChannels], db) };
}
