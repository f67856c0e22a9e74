// A lesson's table of contents: its h2 sections, each with its h3 subsections, linking to the
// headings' anchors (ids written at build time by scripts/mdx/remarkLessonMeta.ts).
import type { Language } from './language.ts';
import type { TocEntry } from './lessonModule.ts';
import { lessonPageIds } from './lessonPageIds.ts';
import { siteText } from './siteText.ts';

/** An h2 entry and the h3 entries under it. */
interface TocSection {
  entry: TocEntry;
  children: TocEntry[];
}

/** Groups the flat toc into sections; an h3 before the first h2 becomes a section of its own. */
function groupToc(toc: readonly TocEntry[]): TocSection[] {
  const sections: TocSection[] = [];
  for (const entry of toc) {
    const last = sections[sections.length - 1];
    if (entry.depth === 3 && last && last.entry.depth === 2) last.children.push(entry);
    else sections.push({ entry, children: [] });
  }
  return sections;
}

/** `<nav>` labelled "On this page" with a nested ordered list of links; nothing when the toc is empty. */
export function LessonToc({ lang, toc }: { lang: Language; toc: readonly TocEntry[] }) {
  if (toc.length === 0) return null;
  return (
    <nav className="lesson-toc" aria-labelledby={lessonPageIds.tocHeading}>
      <h2 id={lessonPageIds.tocHeading}>{siteText[lang].tocHeading}</h2>
      <ol>
        {groupToc(toc).map(({ entry, children }) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
            {children.length > 0 ? (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
