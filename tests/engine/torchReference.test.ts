// Runs every PyTorch reference case of fixtures/torchReference.json (made by scripts/torch/makeReference.py) against the engine.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { avgPool2d, avgPool2dBackward } from '../../src/engine/ops/avgPool2d.ts';
import { conv1d, conv1dBackward } from '../../src/engine/ops/conv1d.ts';
import { conv2d } from '../../src/engine/ops/conv2d.ts';
import { conv2dBackward } from '../../src/engine/ops/conv2dBackward.ts';
import { convTranspose2d } from '../../src/engine/ops/convTranspose2d.ts';
import { maxPool2d, maxPool2dBackward } from '../../src/engine/ops/maxPool2d.ts';
import { tensor, type Tensor } from '../../src/engine/tensor.ts';
import type {
  AvgPool2dOptions,
  Conv1dOptions,
  Conv2dOptions,
  ConvTranspose2dOptions,
  MaxPool2dOptions,
} from '../../src/engine/types.ts';

interface StoredTensor {
  shape: number[];
  data: number[];
}

interface ReferenceCase {
  op: 'conv2d' | 'conv2dBackward' | 'conv1d' | 'convTranspose2d' | 'maxPool2d' | 'avgPool2d';
  name: string;
  options: Record<string, unknown>;
  x: StoredTensor;
  w?: StoredTensor;
  b?: StoredTensor;
  y: StoredTensor;
  dy?: StoredTensor;
  dx?: StoredTensor;
  dw?: StoredTensor;
  db?: StoredTensor;
}

const fixture = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'torchReference.json'), 'utf8'),
) as { torch: string; cases: ReferenceCase[] };

function load(t: StoredTensor | undefined): Tensor {
  if (t === undefined) throw new Error('the fixture case lacks a tensor it needs');
  return tensor(t.shape, t.data);
}

/** Contract tolerance: within 1e-4 relative or 1e-5 absolute of PyTorch. */
function expectClose(actual: Tensor, expected: StoredTensor | undefined, what: string): void {
  if (expected === undefined) throw new Error(`the fixture case lacks ${what}`);
  expect(actual.shape, `${what} shape`).toEqual(expected.shape);
  let worst = 0;
  let where = -1;
  expected.data.forEach((want, i) => {
    const excess = Math.abs(actual.data[i] - want) - Math.max(1e-5, 1e-4 * Math.abs(want));
    if (excess > worst) {
      worst = excess;
      where = i;
    }
  });
  expect(where, `${what}[${where}] = ${actual.data[where]}, PyTorch ${expected.data[where]}`).toBe(-1);
}

function optionalBias(c: ReferenceCase): Tensor | null {
  return c.b === undefined ? null : load(c.b);
}

const run: Record<ReferenceCase['op'], (c: ReferenceCase) => void> = {
  conv2d(c) {
    expectClose(conv2d(load(c.x), load(c.w), optionalBias(c), c.options), c.y, 'y');
  },
  conv2dBackward(c) {
    const o = c.options as Conv2dOptions;
    expectClose(conv2d(load(c.x), load(c.w), optionalBias(c), o), c.y, 'y');
    const { dx, dw, db } = conv2dBackward(load(c.x), load(c.w), load(c.dy), o);
    expectClose(dx, c.dx, 'dx');
    expectClose(dw, c.dw, 'dw');
    expectClose(db, c.db, 'db');
  },
  conv1d(c) {
    const o = c.options as Conv1dOptions;
    expectClose(conv1d(load(c.x), load(c.w), optionalBias(c), o), c.y, 'y');
    const { dx, dw, db } = conv1dBackward(load(c.x), load(c.w), load(c.dy), o);
    expectClose(dx, c.dx, 'dx');
    expectClose(dw, c.dw, 'dw');
    expectClose(db, c.db, 'db');
  },
  convTranspose2d(c) {
    const o = c.options as ConvTranspose2dOptions;
    expectClose(convTranspose2d(load(c.x), load(c.w), optionalBias(c), o), c.y, 'y');
  },
  maxPool2d(c) {
    const o = c.options as unknown as MaxPool2dOptions;
    expectClose(maxPool2d(load(c.x), o), c.y, 'y');
    expectClose(maxPool2dBackward(load(c.x), load(c.dy), o), c.dx, 'dx');
  },
  avgPool2d(c) {
    const o = c.options as unknown as AvgPool2dOptions;
    expectClose(avgPool2d(load(c.x), o), c.y, 'y');
    expectClose(avgPool2dBackward(load(c.x), load(c.dy), o), c.dx, 'dx');
  },
};

describe(`PyTorch ${fixture.torch} reference`, () => {
  it('covers every op of the fixture', () => {
    const ops = new Set(fixture.cases.map((c) => c.op));
    expect([...ops].sort()).toEqual(
      ['avgPool2d', 'conv1d', 'conv2d', 'conv2dBackward', 'convTranspose2d', 'maxPool2d'],
    );
  });
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    run[c.op](c);
  });
});
