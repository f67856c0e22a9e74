// What a compiled lesson (content/<lang>/<slug>.mdx) exports: the content component, its frontmatter,
// its table of contents and its reading time (the last two added at build by scripts/mdx/).
import type { MDXContent } from 'mdx/types';

/** A lesson's frontmatter: the title (the page's h1) and the one-line summary under it. */
export interface LessonFrontmatter {
  title: string;
  summary: string;
}

/** One table-of-contents entry: heading level (2 or 3), the heading's id and its plain text. */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** The module of one lesson file. */
export interface LessonModule {
  /** The lesson body; render it with the lesson component map as `components`. */
  default: MDXContent;
  frontmatter: LessonFrontmatter;
  toc: readonly TocEntry[];
  /** Estimated minutes to read, at least 1 (code and math not counted). */
  readingMinutes: number;
}
