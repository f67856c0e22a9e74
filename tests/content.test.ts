// Content test for the lessons (content/<lang>/<slug>.mdx), read as MDX syntax trees: only tags of
// the component map, no imports, registered widgets whose params decode cleanly, frontmatter that
// matches the outline, unique exercise ids, and the same widgets and exercises in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProcessor, evaluate } from '@mdx-js/mdx';
import type { Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { lessonMdxOptions } from '../scripts/mdx/lessonMdxOptions.ts';
import { courseOutline } from '../src/site/courseOutline.ts';
import { languages, type Language } from '../src/site/language.ts';
import { lessonComponents } from '../src/site/lesson/lessonComponents.ts';
import type { LessonModule } from '../src/site/lessonModule.ts';
import { publishedSlugs } from '../src/site/lessons.ts';
import { decodeWidgetParams } from '../src/widgets/decodeWidgetParams.ts';
import { findWidget } from '../src/widgets/registry.ts';

const contentDir = join(import.meta.dirname, '..', 'content');
const exerciseTags = new Set(['NumericExercise', 'ChoiceExercise', 'SequenceExercise']);

/** One JSX element of a lesson: tag name, line, and its attributes (string value, or `{expression}` source). */
interface Tag {
  name: string;
  line: number;
  attributes: Record<string, string>;
}

/** What the content test needs from one lesson file. */
interface LessonFile {
  lang: Language;
  slug: string;
  where: string;
  tags: Tag[];
  esmLines: number[];
  h1Lines: number[];
}

function attributeText(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): [string, string] {
  if (attribute.type === 'mdxJsxExpressionAttribute') return ['{...}', attribute.value];
  const { name, value } = attribute;
  if (value === null || value === undefined) return [name, 'true'];
  return [name, typeof value === 'string' ? value : `{${value.value.replace(/\s+/g, '')}}`];
}

function walk(node: Nodes, file: LessonFile): void {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    file.tags.push({ name: node.name ?? '<>', line, attributes: Object.fromEntries(node.attributes.map(attributeText)) });
  }
  if (node.type === 'mdxjsEsm') file.esmLines.push(line);
  if (node.type === 'heading' && node.depth === 1) file.h1Lines.push(line);
  if ('children' in node) for (const child of node.children) walk(child, file);
}

const parser = createProcessor(lessonMdxOptions);

function readLessons(): LessonFile[] {
  return languages.flatMap((lang) =>
    readdirSync(join(contentDir, lang))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file: LessonFile = { lang, slug: name.slice(0, -4), where: `content/${lang}/${name}`, tags: [], esmLines: [], h1Lines: [] };
        walk(parser.parse(readFileSync(join(contentDir, lang, name), 'utf8')), file);
        return file;
      }),
  );
}

const lessons = readLessons();
const componentNames = new Set(Object.keys(lessonComponents));

/** The `<Widget>` uses of a lesson as 'id?params', sorted. */
const widgetUses = (file: LessonFile) => file.tags.filter((t) => t.name === 'Widget').map((t) => `${t.attributes.id}?${t.attributes.params ?? ''}`).sort();

/** The exercises of a lesson as 'Tag id answer tolerance', sorted. */
const exerciseUses = (file: LessonFile) =>
  file.tags
    .filter((t) => exerciseTags.has(t.name))
    .map((t) => `${t.name} ${t.attributes.id} answer=${t.attributes.answer} tolerance=${t.attributes.tolerance ?? '{0}'}`)
    .sort();

describe('lesson files', () => {
  it('content/ has at least one lesson, in known languages, each slug in the course outline', () => {
    expect(lessons.length).toBeGreaterThan(0);
    const outlineSlugs = new Set(courseOutline.map((e) => e.slug));
    expect(lessons.filter((l) => !outlineSlugs.has(l.slug)).map((l) => l.where)).toEqual([]);
  });

  it('every published lesson exists in both languages (published = has a file in each)', () => {
    for (const slug of publishedSlugs) {
      for (const lang of languages) expect(lessons.some((l) => l.lang === lang && l.slug === slug), `${lang}/${slug}`).toBe(true);
    }
    const unpaired = lessons.filter((l) => !publishedSlugs.has(l.slug)).map((l) => l.where);
    expect(unpaired, 'lesson files without their other language').toEqual([]);
  });
});

describe.each(lessons)('$where', (file) => {
  it('uses only JSX tags of the lesson component map', () => {
    const unknown = file.tags.filter((t) => !componentNames.has(t.name)).map((t) => `line ${t.line}: <${t.name}>`);
    expect(unknown, `allowed: ${[...componentNames].join(', ')}`).toEqual([]);
  });

  it('imports and exports nothing itself, and writes no h1 (the page prints the title)', () => {
    expect(file.esmLines.map((line) => `line ${line}: import/export`)).toEqual([]);
    expect(file.h1Lines.map((line) => `line ${line}: # heading`)).toEqual([]);
  });

  it('every <Widget id> is registered and its params decode with no rejection', () => {
    const problems = file.tags
      .filter((t) => t.name === 'Widget')
      .flatMap((t) => {
        const { id, params = '' } = t.attributes;
        const widget = id && !id.startsWith('{') ? findWidget(id) : undefined;
        if (!widget) return [`line ${t.line}: no registered widget "${id}"`];
        if (params.startsWith('{')) return [`line ${t.line}: params must be a plain string`];
        return decodeWidgetParams(widget.meta, params).rejections.map((r) => `line ${t.line}: ${r.name}=${r.raw}: ${r.reason.en}`);
      });
    expect(problems).toEqual([]);
  });

  it('every exercise has a plain-string id and an answer, ids unique within the lesson', () => {
    const exercises = file.tags.filter((t) => exerciseTags.has(t.name));
    const ids = exercises.map((t) => t.attributes.id);
    expect(exercises.filter((t) => !t.attributes.id || t.attributes.id.startsWith('{') || !t.attributes.answer).map((t) => t.line)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'repeated exercise ids').toEqual([]);
  });

  it('compiles, and its frontmatter title and summary are non-empty and equal the outline', async () => {
    const source = readFileSync(join(contentDir, file.lang, `${file.slug}.mdx`), 'utf8');
    const module = (await evaluate(source, { ...runtime, ...lessonMdxOptions })) as unknown as LessonModule;
    const { title, summary } = module.frontmatter ?? {};
    expect(typeof title === 'string' && title.trim() !== '', 'frontmatter title').toBe(true);
    expect(typeof summary === 'string' && summary.trim() !== '', 'frontmatter summary').toBe(true);
    expect({ title, summary }).toEqual(courseOutline.find((e) => e.slug === file.slug)?.text[file.lang]);
    expect(module.toc.length, 'sections (## headings)').toBeGreaterThan(0);
  });
});

describe.each([...publishedSlugs])('lesson %s in both languages', (slug) => {
  const [en, zh] = languages.map((lang) => lessons.find((l) => l.lang === lang && l.slug === slug) as LessonFile);

  it('has the same widgets with the same params', () => {
    expect(widgetUses(zh)).toEqual(widgetUses(en));
  });

  it('has the same exercises (kind, id, answer, tolerance)', () => {
    expect(exerciseUses(zh)).toEqual(exerciseUses(en));
  });
});
