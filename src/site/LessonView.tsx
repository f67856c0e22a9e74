// One loaded lesson as a page: header, title, summary, reading time, table of contents, the MDX body
// with the lesson component map, "mark as done", and the way on (previous, course map, next).
import { outlineIn, publishedNeighbours, type OutlineLesson } from './courseOutline.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { htmlLang, type Language } from './language.ts';
import { LessonContext } from './lesson/lessonContext.ts';
import { lessonComponents } from './lesson/lessonComponents.ts';
import type { LessonModule } from './lessonModule.ts';
import { lessonPageIds } from './lessonPageIds.ts';
import { LessonPager } from './LessonPager.tsx';
import { LessonToc } from './LessonToc.tsx';
import { MarkDoneButton } from './MarkDoneButton.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { siteText } from './siteText.ts';
import { useDocumentMeta } from './useDocumentMeta.ts';

/** Props: the language, the lesson slug, its loaded module, and the outline to number and link from. */
export interface LessonViewProps {
  lang: Language;
  slug: string;
  lesson: LessonModule;
  /** The course in `lang` (default: `outlineIn(lang)`); previous/next skip unpublished lessons. */
  outline?: readonly OutlineLesson[];
}

/** The lesson page of a loaded lesson. Title and summary come from the lesson's frontmatter. */
export function LessonView({ lang, slug, lesson, outline = outlineIn(lang) }: LessonViewProps) {
  const text = siteText[lang];
  const { default: Content, frontmatter, toc, readingMinutes } = lesson;
  const number = outline.find((entry) => entry.slug === slug)?.number;
  useDocumentMeta({ htmlLang: htmlLang[lang], title: text.lessonDocumentTitle(frontmatter.title), description: frontmatter.summary });
  return (
    <>
      <SiteHeader lang={lang}>
        <LanguageSwitch lang={lang} />
      </SiteHeader>
      <main id={lessonPageIds.main} className="lesson-page">
        <article className="lesson-article" aria-labelledby={lessonPageIds.title}>
          <header className="lesson-header">
            {number ? <p className="lesson-kicker">{text.lessonNumber(number)}</p> : null}
            <h1 id={lessonPageIds.title}>{frontmatter.title}</h1>
            <p className="lesson-lead">{frontmatter.summary}</p>
            <p className="lesson-reading-time">{text.readingTime(readingMinutes)}</p>
          </header>
          <LessonToc lang={lang} toc={toc} />
          <div className="lesson-body">
            <LessonContext value={{ lang, slug }}>
              <Content components={lessonComponents} />
            </LessonContext>
          </div>
          <footer className="lesson-footer">
            <MarkDoneButton lang={lang} slug={slug} />
            <LessonPager lang={lang} neighbours={publishedNeighbours(slug, outline)} />
          </footer>
        </article>
      </main>
    </>
  );
}
