// The root of every widget: a labelled group carrying data-widget="<id>", its title (a heading)
// and description, and the notice of rejected params above the widget's own content.
import { use, useId, type ReactNode } from 'react';
import type { ParamRejection } from '../state/paramRejection.ts';
import type { DocText } from '../state/paramTable.ts';
import type { KitLanguage } from './kitText.ts';
import { ParamNotice } from './ParamNotice.tsx';
import { WidgetHeadingLevel } from './widgetHeading.ts';
import './kit.css';

/** Props: the widget's id and texts, the language, rejected params, and the widget's content. */
export interface WidgetFrameProps {
  meta: { id: string; title: DocText; description: DocText };
  lang: KitLanguage;
  rejections?: readonly ParamRejection[];
  children: ReactNode;
}

/**
 * A group (not a landmark: a lesson may hold many widgets) carrying data-widget and named by the
 * widget's title, a heading at the level the page provides (WidgetHeadingLevel); then the
 * description, a role="alert" notice when params were rejected, and the content.
 */
export function WidgetFrame({ meta, lang, rejections = [], children }: WidgetFrameProps) {
  const titleId = useId();
  const Heading = `h${use(WidgetHeadingLevel)}` as const;
  return (
    <div role="group" className="widget" data-widget={meta.id} aria-labelledby={titleId} lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
      <Heading className="widget-title" id={titleId}>
        {meta.title[lang]}
      </Heading>
      <p className="widget-description">{meta.description[lang]}</p>
      <ParamNotice lang={lang} rejections={rejections} />
      {children}
    </div>
  );
}
