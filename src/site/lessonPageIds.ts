// The element ids the lesson page uses around a lesson's body. The MDX plugin keeps heading ids clear
// of them (scripts/mdx/lessonMdxOptions.ts), so a heading anchor never collides with the page's own.

/** Fixed ids of the lesson page: the main landmark, the title, the table of contents heading. */
export const lessonPageIds = {
  main: 'main',
  title: 'lesson-title',
  tocHeading: 'lesson-toc-heading',
} as const;
