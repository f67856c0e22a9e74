// The widget registry: every widget the site has, by id. The only door from site/, embed/ and the
// lessons' component map to the widgets; a new widget is added here and nowhere else. Metas are
// here at once (they drive URLs, docs and routes); components load on demand (lazyWidget). Their
// styles are imported here, so they are in the page's stylesheet before any widget code arrives
// (a prerendered widget is styled with scripts off, too).
import '../ui/kit.css';
import './convolution-1d/convolution1d.css';
import './image-filter/imageFilter.css';
import './image-filter/imagePicker.css';
import '../render/layerGraph.css';
import './sparse-vs-dense/sparseVsDense.css';
import './weight-sharing/weightSharing.css';
import { convolution1dMeta } from './convolution-1d/meta.ts';
import { imageFilterMeta } from './image-filter/meta.ts';
import { sparseVsDenseMeta } from './sparse-vs-dense/meta.ts';
import { weightSharingMeta } from './weight-sharing/meta.ts';
import { lazyWidget } from './lazyWidget.tsx';
import type { WidgetCredit, WidgetDefinition, WidgetMeta } from './widgetDefinition.ts';

/** Every widget, in course order. */
export const widgetRegistry: readonly WidgetDefinition[] = [
  { meta: convolution1dMeta, ...lazyWidget(() => import('./convolution-1d/Convolution1d.tsx').then((module) => module.Convolution1d)) },
  { meta: imageFilterMeta, ...lazyWidget(() => import('./image-filter/ImageFilter.tsx').then((module) => module.ImageFilter)) },
  { meta: sparseVsDenseMeta, ...lazyWidget(() => import('./sparse-vs-dense/SparseVsDense.tsx').then((module) => module.SparseVsDense)) },
  { meta: weightSharingMeta, ...lazyWidget(() => import('./weight-sharing/WeightSharing.tsx').then((module) => module.WeightSharing)) },
];

/** The widget with id `id`, or undefined. */
export function findWidget(id: string): WidgetDefinition | undefined {
  return widgetRegistry.find((widget) => widget.meta.id === id);
}

/** A credited work and the widgets that ship it. */
export interface CreditedWork {
  credit: WidgetCredit;
  /** The widgets whose meta lists it, in course order. */
  widgets: readonly WidgetMeta[];
}

/**
 * Every credited work the widgets ship (their metas' `credits`), in course order, each once:
 * works with the same url are one entry listing every widget that ships it.
 */
export function widgetCredits(): CreditedWork[] {
  const byUrl = new Map<string, { credit: WidgetCredit; widgets: WidgetMeta[] }>();
  for (const { meta } of widgetRegistry) {
    for (const credit of meta.credits ?? []) {
      const known = byUrl.get(credit.url);
      if (known) known.widgets.push(meta);
      else byUrl.set(credit.url, { credit, widgets: [meta] });
    }
  }
  return [...byUrl.values()];
}

/** Fetches every widget's code: the prerender calls it first, so each page is written whole. */
export function loadAllWidgets(): Promise<unknown[]> {
  return Promise.all(widgetRegistry.map((widget) => widget.load?.() ?? Promise.resolve()));
}

/** Decoding a widget's params (table checks, then the widget's reconcile): reached through this door. */
export { decodeWidgetParams } from './decodeWidgetParams.ts';
