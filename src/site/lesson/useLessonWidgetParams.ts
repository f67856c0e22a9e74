// The params a lesson widget starts from: the authored ones while a prerendered page hydrates, then
// the reader's saved ones if they still decode cleanly. Every change the reader makes is saved; a
// reset forgets it and starts the widget again from the authored params.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ParamRejection } from '../../state/paramRejection.ts';
import type { ParamValues } from '../../state/paramTable.ts';
import { encodeParams } from '../../state/urlCodec.ts';
import { decodeWidgetParams } from '../../widgets/registry.ts';
import type { WidgetMeta } from '../../widgets/widgetDefinition.ts';
import { lessonWidgetKey, lessonWidgetStore, useSavedWidgetParams } from './lessonWidgetStates.ts';

/** What `LessonWidget` hands its widget, and the reset. */
export interface LessonWidgetParams {
  /** The React key of the widget: it changes exactly when the widget must start again from new params. */
  mountKey: string;
  /** The params the widget starts from: the saved ones when usable, else the authored ones. */
  initialParams: ParamValues;
  /** Rejected authored values (a lesson's mistake, shown by the widget); never any for saved values. */
  rejections: readonly ParamRejection[];
  /** Saves the reader's params; params equal to the authored ones remove the saved state instead. */
  onParamsChange: (values: ParamValues) => void;
  /** Whether the widget shows a saved state that differs from the authored params. */
  changed: boolean;
  /** Forgets the saved state and starts the widget again from the authored params. */
  reset: () => void;
}

/** What the mounted widget started from. */
interface Start {
  key: string;
  /** Whether storage has been read (not while a prerendered page hydrates). */
  read: boolean;
  /** The saved values the widget started from; undefined: the authored params. */
  restored: ParamValues | undefined;
  /** Counts the times the widget had to start again. */
  mount: number;
}

/** Saved params list every param (not only those off their default), so a changed default cannot alter them. */
const SAVED_FORM = { omitDefaults: false } as const;

/** The values of `query` when every one of them decodes as given; undefined otherwise or when there is no query. */
function decodeCleanly(meta: WidgetMeta, query: string | null | undefined): ParamValues | undefined {
  if (typeof query !== 'string') return undefined;
  const decoded = decodeWidgetParams(meta, query);
  return decoded.rejections.length === 0 ? decoded.values : undefined;
}

/**
 * The params of the lesson widget `meta.id` in lesson `slug`, authored as `authoredParams` (query
 * text), saved under `lessonWidgetKey(slug, meta.id, authoredParams)`. A saved state that no longer
 * decodes cleanly (the param table changed) is ignored and removed, without any notice.
 */
export function useLessonWidgetParams(meta: WidgetMeta, slug: string, authoredParams: string): LessonWidgetParams {
  const table = meta.params;
  const key = lessonWidgetKey(slug, meta.id, authoredParams);
  const authored = useMemo(() => decodeWidgetParams(meta, authoredParams), [meta, authoredParams]);
  const authoredQuery = useMemo(() => encodeParams(table, authored.values, SAVED_FORM), [table, authored]);
  const saved = useSavedWidgetParams(key);
  const savedValues = useMemo(() => decodeCleanly(meta, saved), [meta, saved]);

  const [start, setStart] = useState<Start>(() => ({ key, read: saved !== undefined, restored: savedValues, mount: 0 }));
  // Adjusted while rendering (React's pattern for state that follows an input): another figure in
  // this place starts afresh; and the first render that can read storage (right after hydration)
  // restarts the widget from the saved params, if there are usable ones. Later saves (the reader's
  // own changes) do not restart it.
  if (start.key !== key) {
    setStart({ key, read: saved !== undefined, restored: savedValues, mount: start.mount + 1 });
  } else if (!start.read && saved !== undefined) {
    setStart({ key, read: true, restored: savedValues, mount: savedValues ? start.mount + 1 : start.mount });
  }

  const unusable = typeof saved === 'string' && savedValues === undefined;
  useEffect(() => {
    if (unusable) lessonWidgetStore.getState().forgetWidgetParams(key);
  }, [unusable, key]);

  const onParamsChange = useCallback(
    (values: ParamValues) => {
      const query = encodeParams(table, values, SAVED_FORM);
      const store = lessonWidgetStore.getState();
      if (query === authoredQuery) store.forgetWidgetParams(key);
      else store.saveWidgetParams(key, query);
    },
    [table, authoredQuery, key],
  );

  const reset = useCallback(() => {
    lessonWidgetStore.getState().forgetWidgetParams(key);
    setStart((current) => ({ ...current, read: true, restored: undefined, mount: current.mount + 1 }));
  }, [key]);

  return {
    mountKey: String(start.mount),
    initialParams: start.restored ?? authored.values,
    rejections: start.restored ? [] : authored.rejections,
    onParamsChange,
    changed: savedValues !== undefined && saved !== authoredQuery,
    reset,
  };
}
