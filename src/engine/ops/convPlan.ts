// Checks the operands of conv2d/conv1d and their gradients and resolves them into a ConvGeometry.
// Part of the engine: imports nothing outside src/engine.
import { check, checkOptions } from '../engineError.ts';
import type { ConvGeometry } from '../kernels/convGeometry.ts';
import { planAxis } from '../plan/outputSize.ts';
import { planWindow2d } from '../plan/planWindow2d.ts';
import { checkElementCount, checkRank, formatShape, shapeSize, type Tensor } from '../tensor.ts';
import type { Conv1dOptions, Conv2dOptions } from '../types.ts';

/** Throws unless every size of `t` is a whole number >= 1 (>= 0 for the batch) and its data fits the shape. */
export function checkSizes(op: string, t: Tensor, what: string, batchFirst: boolean): void {
  t.shape.forEach((size, axis) => {
    const min = batchFirst && axis === 0 ? 0 : 1;
    check(
      Number.isInteger(size) && size >= min,
      op,
      `${what} has shape ${formatShape(t.shape)} with size ${String(size)} in dimension ${axis} (sizes must be whole numbers >= ${min})`,
    );
  });
  check(
    t.data.length === shapeSize(t.shape),
    op,
    `${what} has shape ${formatShape(t.shape)}, that is ${shapeSize(t.shape)} numbers, but its data holds ${t.data.length} (they must match)`,
  );
}

/**
 * Checks x [N, C, ...] against w and groups: ranks, sizes, and groups a whole number >= 1 dividing
 * the channels. For a convolution (`layout` 'conv') w is [O, C/groups, ...]: groups must divide O
 * too, and w.shape[1] * groups = C. For a transposed convolution ('transposed') w is
 * [C, O/groups, KH, KW]: w.shape[0] = C.
 */
export function checkChannels(op: string, x: Tensor, w: Tensor, groups: number, rank: number, layout: 'conv' | 'transposed'): void {
  const spatial = rank === 4 ? 'H,W' : 'L';
  const kernel = rank === 4 ? 'KH,KW' : 'K';
  const transposed = layout === 'transposed';
  checkRank(op, x, rank, transposed ? `x [N,Cin,${spatial}]` : `x [N,C,${spatial}]`);
  checkRank(op, w, rank, transposed ? `w [Cin,O/groups,${kernel}]` : `w [O,C/groups,${kernel}]`);
  checkSizes(op, x, 'x', true);
  checkSizes(op, w, 'w', false);
  check(
    typeof groups === 'number' && Number.isInteger(groups) && groups >= 1,
    op,
    `groups ${String(groups)} is not allowed (groups must be a whole number >= 1)`,
  );
  const channels = x.shape[1];
  if (transposed) {
    check(
      w.shape[0] === channels,
      op,
      `x has ${channels} channels but w has ${w.shape[0]} in its first dimension (w [Cin, O/groups, KH, KW] must start with the channels of x)`,
    );
  }
  check(
    channels % groups === 0,
    op,
    `groups ${groups} does not divide the ${channels} input channels of x (the input channels must be a multiple of groups)`,
  );
  if (transposed) return;
  const outChannels = w.shape[0];
  check(
    outChannels % groups === 0,
    op,
    `groups ${groups} does not divide the ${outChannels} output channels of w (the output channels must be a multiple of groups)`,
  );
  check(
    w.shape[1] * groups === channels,
    op,
    `x has ${channels} channels but w expects ${w.shape[1]} x groups ${groups} = ${w.shape[1] * groups} (w [O, C/groups, ...] must match the channels of x)`,
  );
}

/** Checks an optional bias against the output channels: b must be [O] when given. */
export function checkBias(op: string, b: Tensor | null | undefined, outChannels: number): void {
  if (b === null || b === undefined) return;
  check(
    b.shape.length === 1 && b.shape[0] === outChannels && b.data.length === outChannels,
    op,
    `bias has shape ${formatShape(b.shape)} but w has ${outChannels} output channels (bias must be [${outChannels}], one value per output channel)`,
  );
}

/**
 * Checks that dy has the shape of the forward output, `expected`, and data to match; `forward`
 * names the forward pass in the message (default: the convolution).
 */
export function checkGradient(op: string, dy: Tensor, expected: readonly number[], forward = 'the convolution'): void {
  const same = dy.shape.length === expected.length && dy.shape.every((size, axis) => size === expected[axis]);
  check(
    same,
    op,
    `dy has shape ${formatShape(dy.shape)} but ${forward}'s output is ${formatShape(expected)} (dy must have the output's shape)`,
  );
  checkSizes(op, dy, 'dy', true);
}

/** What to change when a convolution's output or padded input is over ELEMENT_LIMIT numbers. */
const SIZE_ADVICE = 'use a smaller input, padding or kernel';

/**
 * Resolves conv2d's operands: x [N, C, H, W], w [O, C/groups, KH, KW] and the options, with
 * per axis out = floor((n + before + after - d*(k-1) - 1) / s) + 1 (see planWindow2d).
 */
export function planConv2d(op: string, x: Tensor, w: Tensor, o: Conv2dOptions): ConvGeometry {
  checkOptions(op, o, false, '{ stride: 1, padding: 1 }');
  const groups = o.groups ?? 1;
  checkChannels(op, x, w, groups, 4, 'conv');
  const [batch, inChannels, inHeight, inWidth] = x.shape;
  const [outChannels, , kernelHeight, kernelWidth] = w.shape;
  const { rows, cols } = planWindow2d(op, inHeight, inWidth, {
    kernelSize: [kernelHeight, kernelWidth],
    stride: o.stride ?? 1,
    padding: o.padding ?? 0,
    dilation: o.dilation ?? 1,
  }, [batch, outChannels]);
  const paddedHeight = inHeight + rows.padBefore + rows.padAfter;
  // Why: the kernels copy x into a zero-bordered buffer of this size when there is padding.
  checkElementCount(op, 'the padded input', [batch, inChannels, paddedHeight, inWidth + cols.padBefore + cols.padAfter], SIZE_ADVICE);
  return {
    batch, inChannels, inHeight, inWidth, outChannels, kernelHeight, kernelWidth,
    strideH: rows.stride, strideW: cols.stride,
    dilationH: rows.dilation, dilationW: cols.dilation,
    padTop: rows.padBefore, padLeft: cols.padBefore,
    outHeight: rows.outputSize, outWidth: cols.outputSize,
    groups,
  };
}

/**
 * Resolves conv1d's operands x [N, C, L], w [O, C/groups, K] as a 2-D convolution of height 1:
 * out = floor((L + before + after - d*(k-1) - 1) / s) + 1 (see planAxis).
 */
export function planConv1d(op: string, x: Tensor, w: Tensor, o: Conv1dOptions): ConvGeometry {
  checkOptions(op, o, false, '{ stride: 1, padding: 1 }');
  const groups = o.groups ?? 1;
  checkChannels(op, x, w, groups, 3, 'conv');
  const [batch, inChannels, length] = x.shape;
  const [outChannels, , kernelSize] = w.shape;
  const axis = planAxis(op, length, {
    kernelSize,
    stride: o.stride ?? 1,
    padding: o.padding ?? 0,
    dilation: o.dilation ?? 1,
  });
  checkElementCount(op, 'the output', [batch, outChannels, axis.outputSize], SIZE_ADVICE);
  checkElementCount(op, 'the padded input', [batch, inChannels, length + axis.padBefore + axis.padAfter], SIZE_ADVICE);
  return {
    batch, inChannels, inHeight: 1, inWidth: length, outChannels, kernelHeight: 1, kernelWidth: kernelSize,
    strideH: 1, strideW: axis.stride, dilationH: 1, dilationW: axis.dilation,
    padTop: 0, padLeft: axis.padBefore, outHeight: 1, outWidth: axis.outputSize,
    groups,
  };
}

/** The output shape [N, O, OH, OW] of a planned 2-D convolution. */
export function outputShape2d(g: ConvGeometry): number[] {
  return [g.batch, g.outChannels, g.outHeight, g.outWidth];
}
