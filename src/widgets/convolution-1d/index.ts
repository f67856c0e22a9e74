// The widget convolution-1d as the registry sees it: meta plus component.
import type { WidgetDefinition } from '../widgetDefinition.ts';
import { Convolution1d } from './Convolution1d.tsx';
import { convolution1dMeta } from './meta.ts';

/** convolution-1d: f, g flipped and shifted, the product, and the output, continuous or discrete. */
export const convolution1dWidget: WidgetDefinition = { meta: convolution1dMeta, component: Convolution1d };

export { Convolution1d } from './Convolution1d.tsx';
export { convolution1dMeta } from './meta.ts';
