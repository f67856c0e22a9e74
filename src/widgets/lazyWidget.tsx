// A widget component loaded on demand: its code is a chunk of its own, fetched when a page shows the
// widget, so a lesson loads only the widgets it uses.
import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { WidgetProps } from './widgetDefinition.ts';

/** What lazyWidget returns: the component, and a loader that fetches its code (once). */
export interface LazyWidget {
  component: ComponentType<WidgetProps>;
  load: () => Promise<unknown>;
}

/**
 * The widget of `importComponent()`. An instance mounted when the code is already here (the
 * prerender, which loads every widget first, and a hydrating page, whose entry loads the widgets
 * the HTML shows) renders it directly: no Suspense boundary, so the static HTML needs no streaming
 * script and hydration matches. An instance mounted before the code has arrived renders it through
 * React.lazy behind a Suspense boundary, with a quiet placeholder marked aria-busy meanwhile. Each
 * instance keeps the path it started with, so it never remounts (and never loses its state).
 */
export function lazyWidget(importComponent: () => Promise<ComponentType<WidgetProps>>): LazyWidget {
  let loaded: ComponentType<WidgetProps> | undefined;
  let loading: Promise<ComponentType<WidgetProps>> | undefined;
  const load = () => {
    loading ??= importComponent().then((component) => (loaded = component));
    return loading;
  };
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyWidgetHost(props: WidgetProps) {
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={<div className="widget widget-loading" aria-busy="true" />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { component: LazyWidgetHost, load };
}
