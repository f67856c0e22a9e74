// conv2d: PyTorch's 2-D convolution (cross-correlation) over NCHW tensors, with the padding words.
// Part of the engine: imports nothing outside src/engine.
import { convForward } from '../kernels/convForward.ts';
import { shapeSize, wrap, type Tensor } from '../tensor.ts';
import type { Conv2dOptions } from '../types.ts';
import { checkBias, outputShape2d, planConv2d } from './convPlan.ts';

/**
 * 2-D convolution as torch.nn.functional.conv2d: x [N, C, H, W], w [O, C/groups, KH, KW],
 * b [O] or null -> y [N, O, OH, OW] with
 * y[n,o,i,j] = b[o] + sum over c in o's group, p < KH, q < KW of
 *   x[n, c, i*sh + p*dh - padTop, j*sw + q*dw - padLeft] * w[o, c, p, q]
 * (cross-correlation: the kernel is not flipped; x is 0 in the padding), and per axis
 * out = floor((n + before + after - d*(k-1) - 1) / s) + 1.
 * Padding: a number p (p zeros on each side), [rows, cols], 'valid' (none), 'same'
 * (out = ceil(n/s), odd pixel at the bottom/right) or 'full' (d*(k-1) per side).
 * Throws EngineError for mismatched shapes or channels, bad groups, stride, dilation or padding,
 * a bias that is not [O], or a kernel larger than the padded input.
 */
export function conv2d(x: Tensor, w: Tensor, b?: Tensor | null, o: Conv2dOptions = {}): Tensor {
  const g = planConv2d('conv2d', x, w, o);
  checkBias('conv2d', b, g.outChannels);
  const shape = outputShape2d(g);
  const y = new Float32Array(shapeSize(shape));
  convForward(x.data, w.data, b ? b.data : null, g, y);
  return wrap(shape, y);
}
