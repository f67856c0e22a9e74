// The one MDX plugin list of the course, shared by vite.config.ts (dev, build, SSR, Vitest) and the
// tests that compile lessons directly: frontmatter export, math, heading ids, toc, reading time, KaTeX
// (display formulas focusable, as they may scroll).
import type { CompileOptions } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { lessonPageIds } from '../../src/site/lessonPageIds.ts';
import rehypeFocusableMath from './rehypeFocusableMath.ts';
import remarkLessonMeta from './remarkLessonMeta.ts';

/** remark and rehype plugins for every lesson: KaTeX is rendered to HTML at build time. */
export const lessonMdxOptions = {
  remarkPlugins: [
    remarkFrontmatter,
    remarkMdxFrontmatter,
    remarkMath,
    [remarkLessonMeta, { reservedIds: Object.values(lessonPageIds) }],
  ],
  rehypePlugins: [rehypeKatex, rehypeFocusableMath],
} satisfies Pick<CompileOptions, 'remarkPlugins' | 'rehypePlugins'>;
