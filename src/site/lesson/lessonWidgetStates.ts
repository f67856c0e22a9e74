// The saved params of this site's lesson widgets: the one persisted store, the instance key a
// widget is saved under, and a hook that reads one entry without breaking hydration.
import { useCallback, useSyncExternalStore } from 'react';
import { createLessonWidgetStore } from '../../state/lessonWidgetStore.ts';

/** The one store of saved lesson widget params (localStorage 'receptive:lesson-widgets'). */
export const lessonWidgetStore = createLessonWidgetStore();

/**
 * The key a lesson widget's params are saved under: `${slug}:${widgetId}:${authoredParams}`, e.g.
 * 'convolution:convolution-1d:mode=discrete&f=1,2,3'. It has no language in it, so the same figure
 * in the English and the Chinese lesson (same slug, id and params) shares one saved state.
 * Two figures of one lesson with the same id and the same authored params share it too.
 */
export function lessonWidgetKey(slug: string, widgetId: string, authoredParams: string): string {
  return `${slug}:${widgetId}:${authoredParams}`;
}

/**
 * The params saved under `key`: the query text, null when nothing is saved, and undefined while a
 * prerendered page hydrates (the server rendered without storage, so the first render must too).
 */
export function useSavedWidgetParams(key: string): string | null | undefined {
  const read = useCallback(() => {
    const saved = lessonWidgetStore.getState().widgetParams;
    return Object.hasOwn(saved, key) ? saved[key] : null;
  }, [key]);
  return useSyncExternalStore(lessonWidgetStore.subscribe, read, readNothingYet);
}

function readNothingYet(): undefined {
  return undefined;
}
