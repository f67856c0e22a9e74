// Build-time remark plugin for lessons: gives every heading a stable id (GitHub's slug rules) and
// adds two named exports to the MDX module, `toc` (the h2/h3 headings) and `readingMinutes`.
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { TocEntry } from '../../src/site/lessonModule.ts';
import { exportConstants } from './esmExports.ts';
import { readingMinutes } from './readingMinutes.ts';

/** Options of `remarkLessonMeta`. */
export interface LessonMetaOptions {
  /** Ids the page around the lesson already uses: a heading with the same slug gets `-1` added. */
  reservedIds?: readonly string[];
}

/** Node types whose text is not prose: code, math, frontmatter, raw HTML, ESM and `{expressions}`. */
const notProse = new Set([
  'code',
  'inlineCode',
  'math',
  'inlineMath',
  'yaml',
  'toml',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** The text of a heading as a reader sees it: its text, inline code and inline math (TeX source). */
function headingText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath') return node.value;
  return 'children' in node ? node.children.map(headingText).join('') : '';
}

/** Every prose text of the tree (JSX children included, attributes and non-prose nodes left out). */
function proseTexts(node: Nodes, into: string[]): string[] {
  if (notProse.has(node.type)) return into;
  if (node.type === 'text') into.push(node.value);
  else if ('children' in node) for (const child of node.children) proseTexts(child, into);
  return into;
}

/** Every heading of the tree in document order, including headings inside JSX elements. */
function headings(node: Nodes, into: Heading[]): Heading[] {
  if (node.type === 'heading') into.push(node);
  else if ('children' in node && !notProse.has(node.type)) for (const child of node.children) headings(child, into);
  return into;
}

/**
 * The plugin. Every heading gets `id` = GitHub slug of its text (deduplicated within the file, and
 * against `reservedIds`); the module exports `toc: TocEntry[]` (h2 and h3, in order) and
 * `readingMinutes: number` (see readingMinutes.ts; code and math are not counted).
 */
export default function remarkLessonMeta(options: LessonMetaOptions = {}) {
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    for (const id of options.reservedIds ?? []) slugger.slug(id);
    const toc: TocEntry[] = [];
    for (const heading of headings(tree, [])) {
      const text = headingText(heading).trim();
      const id = slugger.slug(text);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      if (heading.depth === 2 || heading.depth === 3) toc.push({ depth: heading.depth, id, text });
    }
    const minutes = readingMinutes(proseTexts(tree, []).join(' '));
    const esm: RootContent = exportConstants({ toc: toc.map((entry) => ({ ...entry })), readingMinutes: minutes });
    tree.children.unshift(esm);
  };
}
