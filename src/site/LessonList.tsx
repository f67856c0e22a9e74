// The ordered list of lessons on the course map: title, one-line summary, and a status for lessons
// not yet published. Only published lessons are links.
import { Link } from 'react-router';
import type { OutlineLesson } from './courseOutline.ts';
import type { Language } from './language.ts';
import { lessonPath } from './routes.ts';
import { siteText } from './siteText.ts';

/** Props: the language to label in and the lessons in course order (see `outlineIn`). */
export interface LessonListProps {
  lang: Language;
  lessons: readonly OutlineLesson[];
}

/** `<ol>` of lessons in course order; each item has an `<h3>` title (a link once published) and its summary. */
export function LessonList({ lang, lessons }: LessonListProps) {
  const text = siteText[lang];
  return (
    <ol className="lesson-list">
      {lessons.map((lesson) => (
        <li key={lesson.slug} className="lesson" data-slug={lesson.slug}>
          <div className="lesson-head">
            <h3 className="lesson-title">
              {lesson.published ? <Link to={lessonPath(lang, lesson.slug)}>{lesson.title}</Link> : lesson.title}
            </h3>
            {lesson.published ? null : <span className="lesson-status">{text.plannedLabel}</span>}
          </div>
          <p className="lesson-summary">{lesson.summary}</p>
        </li>
      ))}
    </ol>
  );
}
