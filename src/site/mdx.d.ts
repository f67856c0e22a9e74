// Types of `.mdx` imports: the MDX content component plus the named exports every lesson has
// (frontmatter from remark-mdx-frontmatter; toc and readingMinutes from scripts/mdx/remarkLessonMeta.ts).
/// <reference types="mdx" />

declare module '*.mdx' {
  export const frontmatter: import('./lessonModule.ts').LessonFrontmatter;
  export const toc: readonly import('./lessonModule.ts').TocEntry[];
  export const readingMinutes: number;
}
