// Decodes a widget's params from query text: the param table's checks (urlCodec), then the widget's
// own rules between params (meta.reconcile). The one decoder of embed pages, lessons and tests.
import { formatParamValue } from '../state/paramTable.ts';
import { shortenRaw, withUsed, type ParamRejection } from '../state/paramRejection.ts';
import { decodeParams, type DecodedParams, type DecodeOptions } from '../state/urlCodec.ts';
import type { WidgetMeta } from './widgetDefinition.ts';

/**
 * `decodeParams(meta.params, search)` followed by `meta.reconcile`. A given value that reconcile
 * moves is reported with the value actually used (its earlier rejection, if any, is replaced); a
 * default that reconcile moves is not reported (the reader gave nothing to reject).
 */
export function decodeWidgetParams(meta: WidgetMeta, search: string | URLSearchParams, options: DecodeOptions = {}): DecodedParams {
  const entries = typeof search === 'string' ? new URLSearchParams(search) : search;
  const decoded = decodeParams(meta.params, entries, options);
  if (!meta.reconcile) return decoded;
  const { values, moved } = meta.reconcile(decoded.values);
  let rejections: ParamRejection[] = [...decoded.rejections];
  for (const { name, problem } of moved) {
    const raw = entries.get(name);
    if (raw === null) continue;
    const used = formatParamValue(values[name]);
    const rejection: ParamRejection = { name, raw: shortenRaw(raw), reason: withUsed(problem, used), usedValue: used, cause: 'value' };
    const at = rejections.findIndex((r) => r.name === name && r.cause === 'value');
    rejections = at === -1 ? [...rejections, rejection] : rejections.map((r, i) => (i === at ? rejection : r));
  }
  return { values, rejections };
}
