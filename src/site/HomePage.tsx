// The home page (course map) of one language: the course title, its promise, and the lessons in order.
import { outlineIn } from './courseOutline.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import type { Language } from './language.ts';
import { LessonList } from './LessonList.tsx';
import { pageMeta } from './routes.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { siteText } from './siteText.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';

/** The course map at '/' (English) or '/zh/' (Chinese). */
export function HomePage({ lang }: { lang: Language }) {
  const text = siteText[lang];
  const lessons = outlineIn(lang);
  const published = lessons.filter((lesson) => lesson.published).length;
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
          <LessonList lang={lang} lessons={lessons} />
        </section>
      </main>
    </>
  );
}
