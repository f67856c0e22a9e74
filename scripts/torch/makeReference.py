#!/usr/bin/env python3
"""Writes tests/engine/fixtures/torchReference.json: PyTorch's answers for the engine's ops.

Run from the repository root with a Python that has torch:  python3 scripts/torch/makeReference.py
Inputs are seeded and rounded to 6 significant digits before PyTorch sees them, and PyTorch
computes in float64, so the file holds exact references for the float32 engine. The padding
words 'same' and 'full' do not exist in PyTorch with a stride: the script turns them into
explicit (possibly asymmetric) zero padding with F.pad, by the rule the engine documents.
"""
import json
import math
import os
import sys

import torch
import torch.nn.functional as F

SEED = 20240611
OUT = os.path.join('tests', 'engine', 'fixtures', 'torchReference.json')
DIGITS = 6

gen = torch.Generator().manual_seed(SEED)


def rounded(values):
    """Rounds to DIGITS significant digits, as stored in the JSON."""
    return [float(f'{v:.{DIGITS}g}') for v in values]


def rand(*shape):
    """A float64 tensor of standard normal values, already rounded as the JSON stores them."""
    t = torch.randn(*shape, generator=gen, dtype=torch.float64)
    return torch.tensor(rounded(t.flatten().tolist()), dtype=torch.float64).reshape(shape)


def dump(t):
    return {'shape': list(t.shape), 'data': rounded(t.detach().flatten().tolist())}


def pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def side_padding(word, n, k, s, d):
    """Zeros before/after one dimension for a padding word or number (the engine's rule)."""
    if word == 'valid':
        return 0, 0
    if word == 'full':
        return d * (k - 1), d * (k - 1)
    if word == 'same':
        out = math.ceil(n / s)
        total = max((out - 1) * s + d * (k - 1) + 1 - n, 0)
        return total // 2, total - total // 2
    return word, word


def explicit_padding(padding, sizes, kernel, stride, dilation):
    """[(before, after), ...] per spatial dimension for an engine padding option."""
    words = [padding] * len(sizes) if isinstance(padding, (str, int)) else list(padding)
    return [side_padding(words[i], sizes[i], kernel[i], stride[i], dilation[i]) for i in range(len(sizes))]


def pad_input(x, pads):
    """F.pad takes the last dimension first: (left, right, top, bottom)."""
    flat = []
    for before, after in reversed(pads):
        flat += [before, after]
    return F.pad(x, flat)


cases = []


def conv2d_case(name, x_shape, w_shape, bias=True, backward=False, **o):
    x, w = rand(*x_shape), rand(*w_shape)
    b = rand(w_shape[0]) if bias else None
    stride, dilation = pair(o.get('stride', 1)), pair(o.get('dilation', 1))
    pads = explicit_padding(o.get('padding', 0), x_shape[2:], w_shape[2:], stride, dilation)
    xs, ws = x.clone().requires_grad_(True), w.clone().requires_grad_(True)
    bs = b.clone().requires_grad_(True) if b is not None else None
    y = F.conv2d(pad_input(xs, pads), ws, bs, stride=stride, dilation=dilation, groups=o.get('groups', 1))
    case = {'op': 'conv2d', 'name': name, 'options': o, 'x': dump(x), 'w': dump(w), 'y': dump(y)}
    if b is not None:
        case['b'] = dump(b)
    if backward:
        dy = rand(*y.shape)
        y.backward(dy)
        case.update(op='conv2dBackward', dy=dump(dy), dx=dump(xs.grad), dw=dump(ws.grad))
        case['db'] = dump(bs.grad if bs is not None else dy.sum(dim=(0, 2, 3)))
    cases.append(case)


def conv1d_case(name, x_shape, w_shape, bias=True, **o):
    x, w = rand(*x_shape), rand(*w_shape)
    b = rand(w_shape[0]) if bias else None
    s, d = o.get('stride', 1), o.get('dilation', 1)
    (before, after), = explicit_padding(o.get('padding', 0), x_shape[2:], w_shape[2:], (s,), (d,))
    xs, ws = x.clone().requires_grad_(True), w.clone().requires_grad_(True)
    bs = b.clone().requires_grad_(True) if b is not None else None
    y = F.conv1d(F.pad(xs, (before, after)), ws, bs, stride=s, dilation=d, groups=o.get('groups', 1))
    dy = rand(*y.shape)
    y.backward(dy)
    case = {'op': 'conv1d', 'name': name, 'options': o, 'x': dump(x), 'w': dump(w), 'y': dump(y),
            'dy': dump(dy), 'dx': dump(xs.grad), 'dw': dump(ws.grad),
            'db': dump(bs.grad if bs is not None else dy.sum(dim=(0, 2)))}
    if b is not None:
        case['b'] = dump(b)
    cases.append(case)


def conv_transpose2d_case(name, x_shape, w_shape, bias=True, **o):
    x, w = rand(*x_shape), rand(*w_shape)
    b = rand(w_shape[1] * o.get('groups', 1)) if bias else None
    y = F.conv_transpose2d(x, w, b, stride=pair(o.get('stride', 1)), padding=pair(o.get('padding', 0)),
                           output_padding=pair(o.get('outputPadding', 0)), groups=o.get('groups', 1),
                           dilation=pair(o.get('dilation', 1)))
    case = {'op': 'convTranspose2d', 'name': name, 'options': o, 'x': dump(x), 'w': dump(w), 'y': dump(y)}
    if b is not None:
        case['b'] = dump(b)
    cases.append(case)


def pool_case(op, name, x_shape, **o):
    x = rand(*x_shape)
    xs = x.clone().requires_grad_(True)
    k = pair(o['kernelSize'])
    stride = pair(o.get('stride', o['kernelSize']))
    padding = pair(o.get('padding', 0))
    if op == 'maxPool2d':
        y = F.max_pool2d(xs, k, stride=stride, padding=padding, dilation=pair(o.get('dilation', 1)),
                         ceil_mode=o.get('ceilMode', False))
    else:
        y = F.avg_pool2d(xs, k, stride=stride, padding=padding, ceil_mode=o.get('ceilMode', False),
                         count_include_pad=o.get('countIncludePad', True))
    dy = rand(*y.shape)
    y.backward(dy)
    cases.append({'op': op, 'name': name, 'options': o, 'x': dump(x), 'y': dump(y), 'dy': dump(dy),
                  'dx': dump(xs.grad)})


# conv2d: strides, int and pair padding, dilation, groups, with and without bias, the padding words.
conv2d_case('conv2d x=[1,1,5,5] w=[1,1,3,3] s=1 p=0', [1, 1, 5, 5], [1, 1, 3, 3])
conv2d_case('conv2d x=[2,3,7,6] w=[4,3,3,2] s=2 p=1 no bias', [2, 3, 7, 6], [4, 3, 3, 2], bias=False, stride=2, padding=1)
conv2d_case('conv2d x=[1,2,8,9] w=[3,2,3,3] s=[2,3] p=[1,2]', [1, 2, 8, 9], [3, 2, 3, 3], stride=[2, 3], padding=[1, 2])
conv2d_case('conv2d x=[1,2,9,9] w=[2,2,3,3] d=2 p=2', [1, 2, 9, 9], [2, 2, 3, 3], dilation=2, padding=2)
conv2d_case('conv2d x=[1,2,9,8] w=[5,2,2,3] d=[2,1] s=[1,2] p=[0,1]', [1, 2, 9, 8], [5, 2, 2, 3], dilation=[2, 1], stride=[1, 2], padding=[0, 1])
conv2d_case('conv2d x=[2,4,6,7] w=[6,2,3,3] groups=2 p=1', [2, 4, 6, 7], [6, 2, 3, 3], groups=2, padding=1)
conv2d_case('conv2d x=[1,6,7,7] w=[6,1,3,3] groups=6 s=2 p=1 no bias', [1, 6, 7, 7], [6, 1, 3, 3], bias=False, groups=6, stride=2, padding=1)
conv2d_case('conv2d x=[1,3,7,8] w=[4,3,3,3] same', [1, 3, 7, 8], [4, 3, 3, 3], padding='same')
conv2d_case('conv2d x=[1,2,7,8] w=[3,2,4,3] s=2 same (asymmetric)', [1, 2, 7, 8], [3, 2, 4, 3], stride=2, padding='same')
conv2d_case('conv2d x=[1,2,10,9] w=[2,2,3,3] s=3 d=2 same', [1, 2, 10, 9], [2, 2, 3, 3], stride=3, dilation=2, padding='same')
conv2d_case('conv2d x=[1,2,6,5] w=[2,2,3,2] d=[1,2] full', [1, 2, 6, 5], [2, 2, 3, 2], dilation=[1, 2], padding='full')
conv2d_case('conv2d x=[1,2,5,6] w=[3,2,2,4] s=[1,2] valid no bias', [1, 2, 5, 6], [3, 2, 2, 4], bias=False, stride=[1, 2], padding='valid')
conv2d_case('conv2d x=[1,2,12,12] w=[4,2,5,5] s=1 p=0', [1, 2, 12, 12], [4, 2, 5, 5])
conv2d_case('conv2d x=[1,3,9,9] w=[5,3,7,7] s=2 p=3', [1, 3, 9, 9], [5, 3, 7, 7], stride=2, padding=3)
conv2d_case('conv2d x=[1,5,4,4] w=[7,5,1,1] s=1 p=0 (1x1)', [1, 5, 4, 4], [7, 5, 1, 1])

# conv2d backward: dx, dw, db.
conv2d_case('conv2dBackward x=[2,3,6,6] w=[4,3,3,3] s=1 p=1', [2, 3, 6, 6], [4, 3, 3, 3], backward=True, padding=1)
conv2d_case('conv2dBackward x=[1,2,7,8] w=[3,2,3,2] s=[2,3] p=[1,0]', [1, 2, 7, 8], [3, 2, 3, 2], backward=True, stride=[2, 3], padding=[1, 0])
conv2d_case('conv2dBackward x=[1,2,9,9] w=[2,2,3,3] d=2 p=0 no bias', [1, 2, 9, 9], [2, 2, 3, 3], bias=False, backward=True, dilation=2)
conv2d_case('conv2dBackward x=[2,4,5,6] w=[6,2,3,3] groups=2 s=2 p=1', [2, 4, 5, 6], [6, 2, 3, 3], backward=True, groups=2, stride=2, padding=1)
conv2d_case('conv2dBackward x=[1,2,7,8] w=[3,2,4,3] s=2 same', [1, 2, 7, 8], [3, 2, 4, 3], backward=True, stride=2, padding='same')
conv2d_case('conv2dBackward x=[1,2,5,5] w=[2,2,3,3] full', [1, 2, 5, 5], [2, 2, 3, 3], backward=True, padding='full')
conv2d_case('conv2dBackward x=[1,4,8,8] w=[8,4,3,3] s=1 p=0', [1, 4, 8, 8], [8, 4, 3, 3], backward=True)
conv2d_case('conv2dBackward x=[1,1,9,9] w=[4,1,5,5] s=1 p=0', [1, 1, 9, 9], [4, 1, 5, 5], backward=True)

# conv1d with its gradients.
conv1d_case('conv1d x=[2,3,10] w=[4,3,3] s=1 p=1', [2, 3, 10], [4, 3, 3], padding=1)
conv1d_case('conv1d x=[1,2,11] w=[3,2,4] s=3 p=2 no bias', [1, 2, 11], [3, 2, 4], bias=False, stride=3, padding=2)
conv1d_case('conv1d x=[1,2,12] w=[2,2,3] d=3', [1, 2, 12], [2, 2, 3], dilation=3)
conv1d_case('conv1d x=[1,4,9] w=[6,2,3] groups=2 s=2', [1, 4, 9], [6, 2, 3], groups=2, stride=2)
conv1d_case('conv1d x=[1,2,9] w=[3,2,4] s=2 same', [1, 2, 9], [3, 2, 4], stride=2, padding='same')
conv1d_case('conv1d x=[1,2,6] w=[2,2,3] d=2 full', [1, 2, 6], [2, 2, 3], dilation=2, padding='full')

# convTranspose2d: stride, padding, outputPadding, dilation, groups.
conv_transpose2d_case('convTranspose2d x=[1,2,4,4] w=[2,3,3,3] s=1 p=0', [1, 2, 4, 4], [2, 3, 3, 3])
conv_transpose2d_case('convTranspose2d x=[2,3,3,4] w=[3,2,3,3] s=2 p=1 op=1', [2, 3, 3, 4], [3, 2, 3, 3], stride=2, padding=1, outputPadding=1)
conv_transpose2d_case('convTranspose2d x=[1,2,3,3] w=[2,2,2,3] s=[2,3] p=[0,1] op=[1,2] no bias', [1, 2, 3, 3], [2, 2, 2, 3], bias=False, stride=[2, 3], padding=[0, 1], outputPadding=[1, 2])
conv_transpose2d_case('convTranspose2d x=[1,2,4,4] w=[2,2,3,3] d=2 p=1', [1, 2, 4, 4], [2, 2, 3, 3], dilation=2, padding=1)
conv_transpose2d_case('convTranspose2d x=[1,2,4,3] w=[2,1,2,2] d=3 op=2 (op < dilation)', [1, 2, 4, 3], [2, 1, 2, 2], dilation=3, outputPadding=2)
conv_transpose2d_case('convTranspose2d x=[1,4,3,3] w=[4,3,3,3] groups=2 s=2 p=1', [1, 4, 3, 3], [4, 3, 3, 3], groups=2, stride=2, padding=1)
conv_transpose2d_case('convTranspose2d x=[1,3,5,5] w=[3,2,3,3] s=1 p=2', [1, 3, 5, 5], [3, 2, 3, 3], padding=2)

# Pooling with the input gradient.
pool_case('maxPool2d', 'maxPool2d x=[1,2,6,6] k=2', [1, 2, 6, 6], kernelSize=2)
pool_case('maxPool2d', 'maxPool2d x=[2,1,7,7] k=3 s=2 p=1', [2, 1, 7, 7], kernelSize=3, stride=2, padding=1)
pool_case('maxPool2d', 'maxPool2d x=[1,2,9,9] k=3 s=2 p=1 d=2', [1, 2, 9, 9], kernelSize=3, stride=2, padding=1, dilation=2)
pool_case('maxPool2d', 'maxPool2d x=[1,1,8,8] k=3 s=2 ceil', [1, 1, 8, 8], kernelSize=3, stride=2, ceilMode=True)
pool_case('maxPool2d', 'maxPool2d x=[1,2,5,7] k=[2,3] s=[1,2] p=[1,1]', [1, 2, 5, 7], kernelSize=[2, 3], stride=[1, 2], padding=[1, 1])
pool_case('maxPool2d', 'maxPool2d x=[1,1,7,7] k=2 s=2 p=1 ceil', [1, 1, 7, 7], kernelSize=2, stride=2, padding=1, ceilMode=True)
pool_case('avgPool2d', 'avgPool2d x=[1,2,6,6] k=2', [1, 2, 6, 6], kernelSize=2)
pool_case('avgPool2d', 'avgPool2d x=[1,1,7,7] k=3 s=2 p=1 countIncludePad', [1, 1, 7, 7], kernelSize=3, stride=2, padding=1)
pool_case('avgPool2d', 'avgPool2d x=[1,1,7,7] k=3 s=2 p=1 no countIncludePad', [1, 1, 7, 7], kernelSize=3, stride=2, padding=1, countIncludePad=False)
pool_case('avgPool2d', 'avgPool2d x=[1,1,8,8] k=3 s=2 p=1 ceil countIncludePad', [1, 1, 8, 8], kernelSize=3, stride=2, padding=1, ceilMode=True)
pool_case('avgPool2d', 'avgPool2d x=[1,1,8,8] k=3 s=2 p=1 ceil no countIncludePad', [1, 1, 8, 8], kernelSize=3, stride=2, padding=1, ceilMode=True, countIncludePad=False)
pool_case('avgPool2d', 'avgPool2d x=[2,1,7,6] k=[3,2] s=[2,1] p=[1,0]', [2, 1, 7, 6], kernelSize=[3, 2], stride=[2, 1], padding=[1, 0])

doc = {
    'about': 'PyTorch reference values for the engine; generated by scripts/torch/makeReference.py, do not edit.',
    'torch': torch.__version__,
    'seed': SEED,
    'cases': cases,
}
with open(OUT, 'w') as f:
    json.dump(doc, f, separators=(',', ':'))
    f.write('\n')
print(f'wrote {len(cases)} cases to {OUT} ({os.path.getsize(OUT)} bytes)', file=sys.stderr)
