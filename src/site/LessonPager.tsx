// Links to the previous and next published lessons at the end of a lesson.
import { Link } from 'react-router';
import type { LessonNeighbours } from './courseOutline.ts';
import type { Language } from './language.ts';
import { lessonPath } from './routes.ts';
import { siteText } from './siteText.ts';

/** `<nav>` with "Previous" and/or "Next" links showing the lessons' titles; nothing when there is neither. */
export function LessonPager({ lang, neighbours }: { lang: Language; neighbours: LessonNeighbours }) {
  const text = siteText[lang];
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  return (
    <nav className="lesson-pager" aria-label={text.lessonPagerLabel}>
      {previous ? (
        <Link className="pager-link pager-previous" rel="prev" to={lessonPath(lang, previous.slug)}>
          <span className="pager-direction">{text.previousLesson}</span>
          <span className="pager-title">{previous.title}</span>
        </Link>
      ) : null}
      {next ? (
        <Link className="pager-link pager-next" rel="next" to={lessonPath(lang, next.slug)}>
          <span className="pager-direction">{text.nextLesson}</span>
          <span className="pager-title">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
