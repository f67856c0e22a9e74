// The home page (course map) of one language: the course title, its promise, the lessons in order
// with the reader's progress, and a link to the widget gallery.
import { Link } from 'react-router';
import { outlineIn } from './courseOutline.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import type { Language } from './language.ts';
import { LessonList } from './LessonList.tsx';
import { pageMeta, widgetsPath } from './routes.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { siteText } from './siteText.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';
import { useSiteStore } from './useSiteStore.ts';

/** The course map at '/' (English) or '/zh/' (Chinese). */
export function HomePage({ lang }: { lang: Language }) {
  const text = siteText[lang];
  const lessons = outlineIn(lang);
  const published = lessons.filter((lesson) => lesson.published).length;
  const doneSlugs = useSiteStore((state) => state.doneLessons);
  const done = lessons.filter((lesson) => lesson.published && doneSlugs.includes(lesson.slug)).length;
  useDocumentMeta(pageMeta(lang === 'en' ? 'home-en' : 'home-zh'));
  return (
    <>
      <SiteHeader lang={lang}>
        <LanguageSwitch lang={lang} />
      </SiteHeader>
      <main id="main" className="home">
        <h1>{text.courseTitle}</h1>
        <p className="tagline">{text.tagline}</p>
        <p className="promise">{text.promise}</p>
        <section className="lessons" aria-labelledby="lessons-heading">
          <h2 id="lessons-heading">{text.lessonsHeading}</h2>
          <p>{text.lessonsIntro(lessons.length, published)}</p>
          {published > 0 ? <p className="progress">{text.doneCount(done, lessons.length)}</p> : null}
          <LessonList lang={lang} lessons={lessons} doneSlugs={doneSlugs} />
        </section>
        <p className="widgets-link">
          <Link to={widgetsPath(lang)}>{text.widgetsLink}</Link>
        </p>
      </main>
    </>
  );
}
