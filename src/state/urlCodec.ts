// The URL codec of widget params: `?name=value&…` text <-> a widget's param values, driven by its
// param table. Pure (no window): callers pass the search text. Never throws; every value not taken
// as given is reported as a ParamRejection.
import { decodeParamValue } from './decodeParamValue.ts';
import { defaultParams, findParam, formatParamValue, sameParamValue, type ParamTable, type ParamValue, type ParamValues } from './paramTable.ts';
import { rejectionReasons, shortenRaw, withUsed, type ParamRejection } from './paramRejection.ts';

/** The params to use and every given value that was not used as given. */
export interface DecodedParams {
  values: ParamValues;
  rejections: readonly ParamRejection[];
}

/** Options of `decodeParams`. */
export interface DecodeOptions {
  /** Names that belong to someone else (e.g. embed options such as `lang`): skipped silently. */
  ignore?: readonly string[];
}

/**
 * Decodes `search` ('?a=1&b=x', 'a=1', or URLSearchParams) against `table`. Missing params take their
 * default; a value that does not parse takes the default; an out-of-range value takes the nearest
 * allowed one; unknown and repeated names are ignored. Each such case adds a rejection.
 */
export function decodeParams(table: ParamTable, search: string | URLSearchParams, options: DecodeOptions = {}): DecodedParams {
  const entries = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignore = new Set(options.ignore ?? []);
  const values: Record<string, ParamValue> = { ...defaultParams(table) };
  const rejections: ParamRejection[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of entries) {
    if (ignore.has(name)) continue;
    const spec = findParam(table, name);
    const shown = { name: shortenRaw(name), raw: shortenRaw(raw) };
    if (!spec) {
      rejections.push({ ...shown, reason: rejectionReasons.unknownName(), usedValue: '', cause: 'unknownName' });
    } else if (seen.has(name)) {
      rejections.push({ ...shown, reason: rejectionReasons.repeated(), usedValue: formatParamValue(values[name]), cause: 'repeatedName' });
    } else {
      seen.add(name);
      const decoded = decodeParamValue(spec, raw);
      values[name] = decoded.value;
      if (decoded.problem) {
        const used = formatParamValue(decoded.value);
        rejections.push({ ...shown, reason: withUsed(decoded.problem, used), usedValue: used, cause: 'value' });
      }
    }
  }
  return { values, rejections };
}

/**
 * The search text (no leading '?') for `values`, in table order: `mode=discrete&f=1,2,3`.
 * With `omitDefaults` (the default) params equal to their default are left out, so links stay short.
 */
export function encodeParams(table: ParamTable, values: ParamValues, { omitDefaults = true } = {}): string {
  const query = new URLSearchParams();
  for (const spec of table) {
    const value = values[spec.name] ?? spec.default;
    if (omitDefaults && sameParamValue(value, spec.default)) continue;
    query.set(spec.name, formatParamValue(value));
  }
  // Commas are safe in a query string; keeping them readable makes shared links legible.
  return query.toString().replace(/%2C/gi, ',');
}
