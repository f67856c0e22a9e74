// The route of a lesson (/lessons/<slug>, /zh/lessons/<slug>): loads the lesson's chunk and shows it,
// or the 404 page (in that language) for a slug that is not published. Prerendering waits for the
// chunk (Suspense).
import { Suspense, use } from 'react';
import { useParams } from 'react-router';
import type { Language } from './language.ts';
import { isPublished, loadedLesson, loadLesson } from './lessons.ts';
import { LessonView } from './LessonView.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { siteText } from './siteText.ts';

/** Renders the lesson once loaded; suspends until then (no suspension when it is already loaded). */
function LoadedLesson({ lang, slug }: { lang: Language; slug: string }) {
  const lesson = loadedLesson(lang, slug) ?? use(loadLesson(lang, slug));
  return <LessonView lang={lang} slug={slug} lesson={lesson} />;
}

/** What shows while a lesson's chunk loads after client-side navigation. */
function LessonLoading({ lang }: { lang: Language }) {
  return (
    <>
      <SiteHeader lang={lang} />
      <main id="main" className="lesson-page">
        <p className="lesson-loading" role="status">
          {siteText[lang].lessonLoading}
        </p>
      </main>
    </>
  );
}

/** The lesson named by the `:slug` route param, in `lang`. */
export function LessonPage({ lang }: { lang: Language }) {
  const { slug = '' } = useParams();
  if (!isPublished(slug)) return <NotFoundPage lang={lang} />;
  return (
    <Suspense fallback={<LessonLoading lang={lang} />}>
      <LoadedLesson key={`${lang}/${slug}`} lang={lang} slug={slug} />
    </Suspense>
  );
}
