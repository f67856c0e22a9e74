// Every registered widget, fed arbitrary strings as URL params: decoding never throws, every value
// not taken as given is reported, the widget renders without throwing, and its notice lists every
// rejection. New widgets are covered automatically through the registry.
import { cleanup, render, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultParams, type ParamSpec, type ParamValue } from '../../src/state/paramTable.ts';
import { decodeWidgetParams } from '../../src/widgets/decodeWidgetParams.ts';
import { widgetRegistry } from '../../src/widgets/registry.ts';

/** Whether `raw` literally means `value` for `spec` (an oracle written apart from the codec). */
function rawMeans(spec: ParamSpec, raw: string, value: ParamValue): boolean {
  const text = raw.trim();
  const numbers = (s: string) => s.split(/[\s,，、]+/u).filter(Boolean).map(Number);
  switch (spec.kind) {
    case 'number':
    case 'integer':
      return text !== '' && Number(text) === value;
    case 'word':
      return typeof value === 'string' && text.toLowerCase() === value.toLowerCase();
    case 'flag':
      return (['1', 'true', 'on', 'yes'].includes(text.toLowerCase()) && value === true) || (['0', 'false', 'off', 'no'].includes(text.toLowerCase()) && value === false);
    case 'numbers':
      return Array.isArray(value) && JSON.stringify(numbers(text)) === JSON.stringify(value);
    case 'wordOrNumbers':
      return typeof value === 'string'
        ? text.toLowerCase() === value.toLowerCase()
        : Array.isArray(value) && JSON.stringify(numbers(text)) === JSON.stringify(value);
  }
}

/** Raw text that is sometimes valid for `spec`, often not. */
function rawFor(spec: ParamSpec): fc.Arbitrary<string> {
  const anyText = fc.string({ maxLength: 30 });
  const number = fc.oneof(fc.integer({ min: -1000, max: 1000 }).map(String), fc.double({ noNaN: false }).map(String));
  const list = fc.array(number, { maxLength: 20 }).map((items) => items.join(','));
  const words = 'words' in spec ? fc.constantFrom(...spec.words, ...spec.words.map((w) => w.toUpperCase())) : anyText;
  return fc.oneof(anyText, number, list, words, fc.constantFrom('', ' ', '1', '0', 'NaN', '-0', '1e400', '%', '&', '='));
}

describe.each(widgetRegistry.map((widget) => [widget.meta.id, widget] as const))('widget %s with arbitrary URL params', (_id, widget) => {
  const table = widget.meta.params;
  const entries = fc.array(
    fc.oneof(
      fc.constantFrom(...table).chain((spec) => rawFor(spec).map((raw) => [spec.name, raw] as const)),
      fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })),
    ),
    { maxLength: 8 },
  );

  // Components load on demand: the first render waits for the code; after that renders are immediate.
  beforeAll(async () => {
    const Widget = widget.component;
    const { container } = render(<Widget lang="en" initialParams={defaultParams(table)} />);
    await waitFor(() => expect(container.querySelector(`[data-widget="${widget.meta.id}"]`)).not.toBeNull());
    cleanup();
  });

  it('decodes without throwing, reports every value not taken as given, and renders with the notice', () => {
    fc.assert(
      fc.property(entries, (pairs) => {
        const search = new URLSearchParams();
        for (const [name, raw] of pairs) search.append(name, raw);
        const decoded = decodeWidgetParams(widget.meta, search);
        const reportedAt = new Set<number>();
        const seen = new Set<string>();
        pairs.forEach(([name, raw], i) => {
          const spec = table.find((s) => s.name === name);
          const taken = spec !== undefined && !seen.has(name) && rawMeans(spec, raw, decoded.values[name]);
          if (spec) seen.add(name);
          if (!taken) reportedAt.add(i);
        });
        expect(decoded.rejections).toHaveLength(reportedAt.size);
        const Widget = widget.component;
        const { container } = render(<Widget lang="en" initialParams={decoded.values} rejections={decoded.rejections} />);
        const root = container.querySelector(`[data-widget="${widget.meta.id}"]`);
        expect(root).not.toBeNull();
        const notice = within(root as HTMLElement).queryByRole('alert');
        if (decoded.rejections.length === 0) expect(notice).toBeNull();
        else expect(within(notice as HTMLElement).getAllByRole('listitem')).toHaveLength(decoded.rejections.length);
        cleanup();
      }),
      { numRuns: 60 },
    );
  });
});

describe('the registry', () => {
  it('ids are unique kebab-case and every param has a label and doc in both languages', () => {
    const ids = widgetRegistry.map((widget) => widget.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of widgetRegistry) {
      expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const spec of meta.params) {
        expect(spec.label.en && spec.label.zh && spec.doc.en && spec.doc.zh).toBeTruthy();
      }
    }
  });
});
