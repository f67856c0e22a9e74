// Tests for the course outline (src/site/courseOutline.ts): order, slugs and text in both languages.
import { describe, expect, it } from 'vitest';
import { courseOutline, outlineIn, publishedNeighbours, type OutlineEntry } from '../../src/site/courseOutline.ts';
import { languages } from '../../src/site/language.ts';

const plannedOrder = [
  'convolution',
  'image-filters',
  'sparse-connectivity',
  'weight-sharing',
  'output-size',
  'pooling',
  'channels-and-dimensions',
  'receptive-fields',
  'cnn-at-a-glance',
  'build-a-network',
  'train-in-the-browser',
];

const hanCharacter = /\p{Script=Han}/u;

describe('courseOutline', () => {
  it(`lists the ${plannedOrder.length} planned lessons in course order`, () => {
    expect(courseOutline.map((entry) => entry.slug)).toEqual(plannedOrder);
  });

  it('slugs are unique and kebab-case', () => {
    const slugs = courseOutline.map((entry) => entry.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('outlineIn en and zh give the same slugs in the same order, numbered from 1', () => {
    const en = outlineIn('en');
    const zh = outlineIn('zh');
    expect(zh.map((lesson) => lesson.slug)).toEqual(en.map((lesson) => lesson.slug));
    expect(en.map((lesson) => lesson.number)).toEqual(plannedOrder.map((_, i) => i + 1));
  });

  it.each(languages)('every lesson has a title and a one-line summary in %s', (lang) => {
    for (const lesson of outlineIn(lang)) {
      expect(lesson.title.trim(), lesson.slug).not.toBe('');
      expect(lesson.summary.trim().length, lesson.slug).toBeGreaterThan(20);
      expect(lesson.summary, lesson.slug).not.toMatch(/\n|lorem|coming soon|TODO/i);
      expect(hanCharacter.test(lesson.title + lesson.summary), lesson.slug).toBe(lang === 'zh');
    }
  });

  it('titles are distinct within each language', () => {
    for (const lang of languages) {
      const titles = outlineIn(lang).map((lesson) => lesson.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('outlineIn numbers a given outline and asks the given rule whether each lesson is published', () => {
    const outline: OutlineEntry[] = [
      { slug: 'a', text: { en: { title: 'A', summary: 'a' }, zh: { title: '甲', summary: '甲' } } },
      { slug: 'b', text: { en: { title: 'B', summary: 'b' }, zh: { title: '乙', summary: '乙' } } },
    ];
    expect(outlineIn('en', outline, (slug) => slug === 'a')).toEqual([
      { number: 1, slug: 'a', published: true, title: 'A', summary: 'a' },
      { number: 2, slug: 'b', published: false, title: 'B', summary: 'b' },
    ]);
  });

  it('outlineIn by default publishes exactly the lessons with a file in both languages (convolution: yes, pooling: no)', () => {
    const lessons = outlineIn('en');
    expect(lessons.find((l) => l.slug === 'convolution')?.published).toBe(true);
    expect(lessons.find((l) => l.slug === 'pooling')?.published).toBe(false);
  });
});

describe('publishedNeighbours', () => {
  const outline: OutlineEntry[] = ['a', 'b', 'c', 'd'].map((slug) => ({
    slug,
    text: { en: { title: slug.toUpperCase(), summary: slug }, zh: { title: slug, summary: slug } },
  }));
  const lessons = outlineIn('en', outline, (slug) => slug !== 'b');

  it.each([
    ['a', undefined, 'c'],
    ['c', 'a', 'd'],
    ['d', 'c', undefined],
  ])('publishedNeighbours %s (b planned) -> previous %s, next %s', (slug, previous, next) => {
    const neighbours = publishedNeighbours(slug, lessons);
    expect([neighbours.previous?.slug, neighbours.next?.slug]).toEqual([previous, next]);
  });

  it('publishedNeighbours of a planned or unknown slug -> none', () => {
    expect(publishedNeighbours('b', lessons)).toEqual({});
    expect(publishedNeighbours('zzz', lessons)).toEqual({});
  });
});
