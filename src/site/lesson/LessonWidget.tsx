// `<Widget id params caption>` in a lesson: the registered widget with its params read by the same
// codec as embed URLs. The only way a lesson reaches a widget. An unknown id shows a visible error.
import { createElement, useMemo } from 'react';
import { decodeParams } from '../../state/urlCodec.ts';
import { findWidget } from '../../widgets/registry.ts';
import { useLesson } from './lessonContext.ts';
import { lessonText } from './lessonText.ts';

/** Props: the widget `id`, its starting `params` as URL query text ('mode=discrete&f=1,2,1'), a caption. */
export interface LessonWidgetProps {
  id: string;
  params?: string;
  caption?: string;
}

/** A `<figure>` holding the widget (in the lesson's language) and its caption; an alert box for an unknown id. */
export function LessonWidget({ id, params = '', caption }: LessonWidgetProps) {
  const { lang } = useLesson();
  const widget = findWidget(id);
  const decoded = useMemo(() => (widget ? decodeParams(widget.meta.params, params) : undefined), [widget, params]);
  if (!widget || !decoded) {
    return (
      <p className="lesson-error" role="alert">
        {lessonText[lang].unknownWidget(id)}
      </p>
    );
  }
  return (
    <figure className="lesson-widget">
      {createElement(widget.component, { lang, initialParams: decoded.values, rejections: decoded.rejections })}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
