// Tests for the lesson MDX plugin (scripts/mdx/remarkLessonMeta.ts) on small MDX strings: heading
// ids, the exported toc and readingMinutes, with the course's whole plugin list.
import { compile, evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lessonMdxOptions } from '../../../scripts/mdx/lessonMdxOptions.ts';
import type { LessonModule } from '../../../src/site/lessonModule.ts';

async function lesson(source: string): Promise<LessonModule & { html: string }> {
  const module = (await evaluate(source, { ...runtime, ...lessonMdxOptions })) as unknown as LessonModule;
  const Box = ({ children }: { children?: unknown }) => createElement('div', { className: 'box' }, children as never);
  const html = renderToStaticMarkup(createElement(module.default, { components: { Box } }));
  return { ...module, html };
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('remarkLessonMeta', () => {
  it('h2 "Two functions in, one out" -> id two-functions-in-one-out, in toc; h1 and h4 get ids but stay out of toc', async () => {
    const { toc, html } = await lesson('# Title\n\n## Two functions in, one out\n\n### The `flip`\n\n#### Detail\n');
    expect(toc).toEqual([
      { depth: 2, id: 'two-functions-in-one-out', text: 'Two functions in, one out' },
      { depth: 3, id: 'the-flip', text: 'The flip' },
    ]);
    expect(html).toContain('<h2 id="two-functions-in-one-out">');
    expect(html).toContain('<h1 id="title">');
    expect(html).toContain('<h4 id="detail">');
  });

  it('repeated headings get -1, -2; a heading equal to a page id (main) is moved aside', async () => {
    const { toc } = await lesson('## Recap\n\n## Recap\n\n## Recap\n\n## Main\n');
    expect(toc.map((e) => e.id)).toEqual(['recap', 'recap-1', 'recap-2', 'main-1']);
  });

  it('Chinese heading "两个函数，一个结果" keeps its characters in the id, drops punctuation', async () => {
    const { toc } = await lesson('## 两个函数，一个结果\n');
    expect(toc).toEqual([{ depth: 2, id: '两个函数一个结果', text: '两个函数，一个结果' }]);
  });

  it('headings inside a JSX box are in the toc; frontmatter still exported', async () => {
    const { toc, frontmatter } = await lesson('---\ntitle: T\nsummary: S\n---\n\n<Box>\n\n## Inside\n\n</Box>\n');
    expect(toc).toEqual([{ depth: 2, id: 'inside', text: 'Inside' }]);
    expect(frontmatter).toEqual({ title: 'T', summary: 'S' });
  });

  it.each([
    [220, 1],
    [221, 2],
    [700, 4],
  ])('English prose of %i words -> readingMinutes %i', async (n, minutes) => {
    expect((await lesson(words(n))).readingMinutes).toBe(minutes);
  });

  it('math, code and expressions are not counted: 220 words plus 300 words of math/code -> 1 min', async () => {
    const noise = words(100);
    const source = `${words(220)}\n\n$$\n${noise}\n$$\n\nInline $${noise}$ and \`${noise}\`.\n\n\`\`\`\n${noise}\n\`\`\`\n`;
    // "Inline" and "and" are prose: 222 words.
    expect((await lesson(source)).readingMinutes).toBe(2);
    expect((await lesson(`${words(218)}\n\n$$\n${noise}\n$$\n\nInline $${noise}$ and \`${noise}\`.`)).readingMinutes).toBe(1);
  });

  it('Chinese prose: 800 Han characters + 220 words -> 3 min; JSX children count, attributes do not', async () => {
    const source = `${'卷'.repeat(400)}\n\n<Box caption="${words(500)}">\n\n${'积'.repeat(400)} ${words(220)}\n\n</Box>\n`;
    expect((await lesson(source)).readingMinutes).toBe(3);
  });

  it('an empty lesson -> readingMinutes 1 and an empty toc', async () => {
    const { toc, readingMinutes } = await lesson('');
    expect(toc).toEqual([]);
    expect(readingMinutes).toBe(1);
  });

  it('the compiled module exports toc and readingMinutes as constants (no runtime code)', async () => {
    const code = String(await compile('## A\n\ntext', lessonMdxOptions));
    expect(code).toMatch(/export const toc = \[/);
    expect(code).toMatch(/export const readingMinutes = 1/);
  });

  it('KaTeX is rendered at compile time: $x^2$ -> class="katex"', async () => {
    expect((await lesson('Square: $x^2$.')).html).toContain('class="katex"');
  });
});
