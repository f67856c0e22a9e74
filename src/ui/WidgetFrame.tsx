// The root of every widget: a labelled region carrying data-widget="<id>", its title and
// description, and the notice of rejected params above the widget's own content.
import { useId, type ReactNode } from 'react';
import type { ParamRejection } from '../state/paramRejection.ts';
import type { DocText } from '../state/paramTable.ts';
import type { KitLanguage } from './kitText.ts';
import { ParamNotice } from './ParamNotice.tsx';
import './kit.css';

/** Props: the widget's id and texts, the language, rejected params, and the widget's content. */
export interface WidgetFrameProps {
  meta: { id: string; title: DocText; description: DocText };
  lang: KitLanguage;
  rejections?: readonly ParamRejection[];
  children: ReactNode;
}

/** `<section data-widget>` labelled by the widget's title, with a role="alert" notice when params were rejected. */
export function WidgetFrame({ meta, lang, rejections = [], children }: WidgetFrameProps) {
  const titleId = useId();
  return (
    <section className="widget" data-widget={meta.id} aria-labelledby={titleId} lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
      <p className="widget-title" id={titleId}>
        {meta.title[lang]}
      </p>
      <p className="widget-description">{meta.description[lang]}</p>
      <ParamNotice lang={lang} rejections={rejections} />
      {children}
    </section>
  );
}
