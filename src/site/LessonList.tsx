// The ordered list of lessons on the course map: title, one-line summary, a "Done" mark for lessons
// the reader finished and a status for lessons not yet published. Only published lessons are links.
import { Link } from 'react-router';
import type { OutlineLesson } from './courseOutline.ts';
import type { Language } from './language.ts';
import { lessonPath } from './routes.ts';
import { siteText } from './siteText.ts';

/** Props: the language to label in, the lessons in course order (see `outlineIn`), the slugs marked done. */
export interface LessonListProps {
  lang: Language;
  lessons: readonly OutlineLesson[];
  doneSlugs?: readonly string[];
}

/** `<ol>` of lessons in course order; each item has an `<h3>` title (a link once published) and its summary. */
export function LessonList({ lang, lessons, doneSlugs = [] }: LessonListProps) {
  const text = siteText[lang];
  return (
    <ol className="lesson-list">
      {lessons.map((lesson) => {
        const done = lesson.published && doneSlugs.includes(lesson.slug);
        return (
          <li key={lesson.slug} className="lesson" data-slug={lesson.slug} data-done={done ? 'true' : undefined}>
            <div className="lesson-head">
              <h3 className="lesson-title">
                {lesson.published ? <Link to={lessonPath(lang, lesson.slug)}>{lesson.title}</Link> : lesson.title}
              </h3>
              {lesson.published ? null : <span className="lesson-status">{text.plannedLabel}</span>}
              {done ? (
                <span className="lesson-status lesson-done">
                  <span aria-hidden="true">✓ </span>
                  {text.doneLabel}
                </span>
              ) : null}
            </div>
            <p className="lesson-summary">{lesson.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}
