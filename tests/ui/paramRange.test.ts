// describeParamRange: the allowed values of each kind, in both languages.
import { describe, expect, it } from 'vitest';
import type { ParamSpec } from '../../src/state/paramTable.ts';
import { describeParamRange } from '../../src/ui/paramRange.ts';

const doc = { en: 'x', zh: 'x' };
const specs: readonly [ParamSpec, string, string][] = [
  [{ name: 'a', kind: 'number', default: 0, min: -6, max: 6, step: 1, label: doc, doc }, '-6 … 6', '-6 … 6'],
  [{ name: 'b', kind: 'integer', default: 1, min: 1, max: 9, label: doc, doc }, 'whole numbers 1 … 9', '1 … 9 的整数'],
  [{ name: 'c', kind: 'word', default: 'x', words: ['x', 'y'], label: doc, doc }, 'x | y', 'x | y'],
  [{ name: 'd', kind: 'flag', default: true, label: doc, doc }, '1 (on) | 0 (off)', '1（开）| 0（关）'],
  [{ name: 'e', kind: 'numbers', default: [1], minLength: 1, maxLength: 12, min: -100, max: 100, label: doc, doc }, '1–12 comma-separated numbers in [-100, 100]', '1–12 个数，取值在 [-100, 100] 内，用逗号分隔'],
  [{ name: 'f', kind: 'wordOrNumbers', default: 'box', words: ['box'], minLength: 1, maxLength: 2, min: 0, max: 1, label: doc, doc }, 'box or 1–2 comma-separated numbers in [0, 1]', 'box 或 1–2 个数，取值在 [0, 1] 内，用逗号分隔'],
];

describe('describeParamRange', () => {
  it.each(specs)('%j -> en "%s", zh "%s"', (spec, en, zh) => {
    expect(describeParamRange(spec, 'en')).toBe(en);
    expect(describeParamRange(spec, 'zh')).toBe(zh);
  });
});
