// The heading level of widget titles where they are shown: 1 on an embed page (the widget is the
// page), 3 inside a lesson section (the default). Provided by the page, read by WidgetFrame.
import { createContext } from 'react';

/** A heading level 1..6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level of a widget title: <WidgetHeadingLevel value={1}> on embed pages; 3 by default. */
export const WidgetHeadingLevel = createContext<HeadingLevel>(3);
