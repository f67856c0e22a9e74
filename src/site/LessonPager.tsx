// The way on at the end of a lesson: the previous and next published lessons when there are any, and
// always a link back to the course map, so no lesson is a dead end.
import { Link } from 'react-router';
import type { LessonNeighbours } from './courseOutline.ts';
import { homePath, type Language } from './language.ts';
import { lessonPath } from './routes.ts';
import { siteText } from './siteText.ts';

/** `<nav>` with "Previous" (if any), "All lessons" (the course map, always) and "Next" (if any). */
export function LessonPager({ lang, neighbours }: { lang: Language; neighbours: LessonNeighbours }) {
  const text = siteText[lang];
  const { previous, next } = neighbours;
  return (
    <nav className="lesson-pager" aria-label={text.lessonPagerLabel}>
      {previous ? (
        <Link className="pager-link pager-previous" rel="prev" to={lessonPath(lang, previous.slug)}>
          <span className="pager-direction">{text.previousLesson}</span>
          <span className="pager-title">{previous.title}</span>
        </Link>
      ) : null}
      <Link className="pager-link pager-course-map" to={homePath(lang)}>
        <span className="pager-title">{text.allLessons}</span>
      </Link>
      {next ? (
        <Link className="pager-link pager-next" rel="next" to={lessonPath(lang, next.slug)}>
          <span className="pager-direction">{text.nextLesson}</span>
          <span className="pager-title">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
