// The widget registry: every widget the site has, by id. The only door from site/, embed/ and the
// lessons' component map to the widgets; a new widget is added here and nowhere else.
import { convolution1dWidget } from './convolution-1d/index.ts';
import type { WidgetDefinition } from './widgetDefinition.ts';

/** Every widget, in course order. */
export const widgetRegistry: readonly WidgetDefinition[] = [convolution1dWidget];

/** The widget with id `id`, or undefined. */
export function findWidget(id: string): WidgetDefinition | undefined {
  return widgetRegistry.find((widget) => widget.meta.id === id);
}

/** Decoding a widget's params (table checks, then the widget's reconcile): reached through this door. */
export { decodeWidgetParams } from './decodeWidgetParams.ts';
