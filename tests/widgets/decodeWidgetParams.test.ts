// decodeWidgetParams: the table's checks, then the widget's reconcile; moved given values are
// reported with the value actually used, moved defaults are not.
import { describe, expect, it } from 'vitest';
import { decodeWidgetParams } from '../../src/widgets/decodeWidgetParams.ts';
import type { WidgetMeta } from '../../src/widgets/widgetDefinition.ts';

const doc = { en: 'x', zh: 'x' };
/** size in 1..9 by the table, but at most `limit` by the widget's own rule. */
const meta: WidgetMeta = {
  id: 'limited',
  title: doc,
  description: doc,
  lesson: 'convolution',
  params: [
    { name: 'limit', kind: 'integer', default: 9, min: 1, max: 9, label: doc, doc },
    { name: 'size', kind: 'integer', default: 5, min: 1, max: 9, label: doc, doc },
  ],
  reconcile: (values) => {
    const limit = values.limit as number;
    const size = values.size as number;
    return size <= limit
      ? { values, moved: [] }
      : { values: { ...values, size: limit }, moved: [{ name: 'size', problem: { en: `above the limit ${limit}`, zh: `超过上限 ${limit}` } }] };
  },
};

describe('decodeWidgetParams', () => {
  it('limit=3&size=2 -> taken as given', () => {
    expect(decodeWidgetParams(meta, 'limit=3&size=2')).toEqual({ values: { limit: 3, size: 2 }, rejections: [] });
  });

  it('limit=3&size=7 -> size moved to 3 and reported with the value used', () => {
    const { values, rejections } = decodeWidgetParams(meta, 'limit=3&size=7');
    expect(values.size).toBe(3);
    expect(rejections).toMatchObject([{ name: 'size', raw: '7', usedValue: '3', cause: 'value' }]);
    expect(rejections[0].reason.en).toBe('above the limit 3; using 3');
  });

  it('limit=3&size=99 -> one rejection for size, naming 3 (not the table maximum 9)', () => {
    const { rejections } = decodeWidgetParams(meta, 'limit=3&size=99');
    expect(rejections).toHaveLength(1);
    expect(rejections[0].usedValue).toBe('3');
  });

  it('limit=3 alone -> the default size 5 moves to 3 silently', () => {
    expect(decodeWidgetParams(meta, 'limit=3')).toEqual({ values: { limit: 3, size: 3 }, rejections: [] });
  });

  it('a widget without reconcile decodes exactly like the table', () => {
    const plain = { ...meta, reconcile: undefined };
    expect(decodeWidgetParams(plain, 'limit=3&size=7').values).toEqual({ limit: 3, size: 7 });
  });
});
