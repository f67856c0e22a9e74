// `<Widget id params caption>` in a lesson: the registered widget with its params read by the same
// codec as embed URLs, and the reader's changes kept across reloads (with a reset back to the
// authored params). The only way a lesson reaches a widget. An unknown id shows a visible error.
import { createElement, useRef } from 'react';
import type { WidgetDefinition } from '../../widgets/widgetDefinition.ts';
import { findWidget } from '../../widgets/registry.ts';
import type { Language } from '../language.ts';
import { useLesson } from './lessonContext.ts';
import { lessonText } from './lessonText.ts';
import { lessonWidgetKey } from './lessonWidgetStates.ts';
import { useLessonWidgetParams } from './useLessonWidgetParams.ts';

/** Props: the widget `id`, its starting `params` as URL query text ('mode=discrete&f=1,2,1'), a caption. */
export interface LessonWidgetProps {
  id: string;
  params?: string;
  caption?: string;
}

/**
 * A `<figure>` holding the widget (in the lesson's language), a "Reset figure" button while the
 * reader's saved state differs from the authored params, and the caption; an alert box for an
 * unknown id. Saved states are shared by both languages of a lesson (see `lessonWidgetKey`).
 */
export function LessonWidget({ id, params = '', caption }: LessonWidgetProps) {
  const { lang, slug } = useLesson();
  const widget = findWidget(id);
  if (!widget) {
    return (
      <p className="lesson-error" role="alert">
        {lessonText[lang].unknownWidget(id)}
      </p>
    );
  }
  return <LessonFigure widget={widget} lang={lang} slug={slug} params={params} caption={caption} />;
}

interface LessonFigureProps {
  widget: WidgetDefinition;
  lang: Language;
  slug: string;
  params: string;
  caption: string | undefined;
}

/**
 * The figure of a registered widget, starting from the saved or the authored params; its instance key
 * (what the widget keeps in the browser) is the key of its saved params, the same in both languages.
 */
function LessonFigure({ widget, lang, slug, params, caption }: LessonFigureProps) {
  const { mountKey, initialParams, rejections, onParamsChange, changed, reset } = useLessonWidgetParams(widget.meta, slug, params);
  const instanceKey = lessonWidgetKey(slug, widget.meta.id, params);
  const figure = useRef<HTMLElement>(null);
  const onReset = () => {
    reset();
    // The button disappears with the saved state: keep the keyboard focus on this figure.
    figure.current?.focus();
  };
  return (
    <figure className="lesson-widget" ref={figure} tabIndex={-1}>
      {createElement(widget.component, { key: mountKey, lang, initialParams, rejections, onParamsChange, instanceKey })}
      {changed ? (
        <p className="lesson-widget-reset">
          <button type="button" className="button" onClick={onReset}>
            {lessonText[lang].resetFigure}
          </button>
        </p>
      ) : null}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
