// The widget registry: every widget the site has, by id. The only door from site/, embed/ and the
// lessons' component map to the widgets; a new widget is added here and nowhere else. Metas are
// here at once (they drive URLs, docs and routes); components load on demand (lazyWidget). Their
// styles are imported here, so they are in the page's stylesheet before any widget code arrives
// (a prerendered widget is styled with scripts off, too).
import '../ui/kit.css';
import './convolution-1d/convolution1d.css';
import { convolution1dMeta } from './convolution-1d/meta.ts';
import { lazyWidget } from './lazyWidget.tsx';
import type { WidgetDefinition } from './widgetDefinition.ts';

/** Every widget, in course order. */
export const widgetRegistry: readonly WidgetDefinition[] = [
  { meta: convolution1dMeta, ...lazyWidget(() => import('./convolution-1d/Convolution1d.tsx').then((module) => module.Convolution1d)) },
];

/** The widget with id `id`, or undefined. */
export function findWidget(id: string): WidgetDefinition | undefined {
  return widgetRegistry.find((widget) => widget.meta.id === id);
}

/** Fetches every widget's code: the prerender calls it first, so each page is written whole. */
export function loadAllWidgets(): Promise<unknown[]> {
  return Promise.all(widgetRegistry.map((widget) => widget.load?.() ?? Promise.resolve()));
}

/** Decoding a widget's params (table checks, then the widget's reconcile): reached through this door. */
export { decodeWidgetParams } from './decodeWidgetParams.ts';
