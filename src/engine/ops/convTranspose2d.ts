// convTranspose2d: PyTorch's transposed convolution, computed as the input gradient of a conv2d.
// Part of the engine: imports nothing outside src/engine.
import { checkOptions } from '../engineError.ts';
import type { ConvGeometry } from '../kernels/convGeometry.ts';
import { convInputGrad } from '../kernels/convInputGrad.ts';
import { resolvePair } from '../geometry.ts';
import { planTransposeAxis } from '../plan/outputSize.ts';
import { checkElementCount, shapeSize, wrap, type Tensor } from '../tensor.ts';
import type { ConvTranspose2dOptions } from '../types.ts';
import { checkBias, checkChannels } from './convPlan.ts';

const OP = 'convTranspose2d';

/**
 * Transposed convolution as torch.nn.functional.conv_transpose2d: x [N, Cin, H, W],
 * w [Cin, O/groups, KH, KW], b [O] or null -> y [N, O, OH, OW] with
 * y[n,o,h,v] = b[o] + sum of x[n,c,i,j] * w[c, o', p, q] over every (c,i,j,p,q) with
 * h = i*sh + p*dh - padTop and v = j*sw + q*dw - padLeft (c in o's group, o' = o's index within it),
 * and per axis out = (n-1)*s - 2p + d*(k-1) + outputPadding + 1.
 * It is the adjoint of conv2d: <conv2d(u, w), x> = <u, convTranspose2d(x, w)> for matching options.
 * Throws EngineError for mismatched shapes or channels, bad groups, stride, padding, dilation,
 * an outputPadding not smaller than the stride or the dilation, or an empty output.
 */
export function convTranspose2d(x: Tensor, w: Tensor, b?: Tensor | null, o: ConvTranspose2dOptions = {}): Tensor {
  const g = planConvTranspose2d(OP, x, w, o);
  checkBias(OP, b, g.inChannels);
  const shape = [g.batch, g.inChannels, g.inHeight, g.inWidth];
  const y = new Float32Array(shapeSize(shape));
  // Why reuse: y is exactly the input gradient of the conv2d that maps y's shape onto x's.
  convInputGrad(x.data, w.data, g, y);
  if (b) {
    const plane = g.inHeight * g.inWidth;
    for (let n = 0; n < g.batch; n++) {
      for (let c = 0; c < g.inChannels; c++) {
        const start = (n * g.inChannels + c) * plane;
        const bias = b.data[c];
        for (let i = start; i < start + plane; i++) y[i] += bias;
      }
    }
  }
  return wrap(shape, y);
}

/**
 * Checks the operands of a transposed convolution and returns the geometry of the conv2d whose
 * input gradient it is: that conv's input is y [N, O, OH, OW], its output x [N, Cin, H, W], its
 * weights w [Cin, O/groups, KH, KW]. `op` names the caller in error messages.
 */
export function planConvTranspose2d(op: string, x: Tensor, w: Tensor, o: ConvTranspose2dOptions): ConvGeometry {
  checkOptions(op, o, false, '{ stride: 2 }');
  const groups = o.groups ?? 1;
  checkChannels(op, x, w, groups, 4, 'transposed');
  const [batch, channels, height, width] = x.shape;
  const [, groupOut, kernelHeight, kernelWidth] = w.shape;
  const [sh, sw] = resolvePair(op, 'stride', o.stride ?? 1, 1);
  const [ph, pw] = resolvePair(op, 'padding', o.padding ?? 0, 0);
  const [oph, opw] = resolvePair(op, 'output padding', o.outputPadding ?? 0, 0);
  const [dh, dw] = resolvePair(op, 'dilation', o.dilation ?? 1, 1);
  const outHeight = planTransposeAxis(op, height, {
    kernelSize: kernelHeight, stride: sh, padding: ph, outputPadding: oph, dilation: dh,
  });
  const outWidth = planTransposeAxis(op, width, {
    kernelSize: kernelWidth, stride: sw, padding: pw, outputPadding: opw, dilation: dw,
  });
  checkElementCount(op, 'the output', [batch, groupOut * groups, outHeight, outWidth], 'use a smaller input, stride, dilation or kernel');
  return {
    batch, inChannels: groupOut * groups, inHeight: outHeight, inWidth: outWidth,
    outChannels: channels, kernelHeight, kernelWidth,
    strideH: sh, strideW: sw, dilationH: dh, dilationW: dw, padTop: ph, padLeft: pw,
    outHeight: height, outWidth: width, groups,
  };
}
