// Component tests for the lesson page body (src/site/LessonView.tsx) with a fixture lesson
// (tests/fixtures/lessonFixture.mdx): title, summary, reading time, table of contents, the
// vocabulary, mark as done (saved), previous/next among published lessons and the course map link,
// document metadata.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { outlineIn, type OutlineEntry } from '../../src/site/courseOutline.ts';
import type { Language } from '../../src/site/language.ts';
import type { LessonModule } from '../../src/site/lessonModule.ts';
import { LessonView } from '../../src/site/LessonView.tsx';
import { lessonPath } from '../../src/site/routes.ts';
import { useSiteStore } from '../../src/site/useSiteStore.ts';
import { SITE_STORE_KEY, type SiteData } from '../../src/state/siteStore.ts';
import * as fixture from '../fixtures/lessonFixture.mdx';

/** What the site store wrote to localStorage. */
function storedSiteData(): SiteData {
  return (JSON.parse(localStorage.getItem(SITE_STORE_KEY) ?? '{}') as { state: SiteData }).state;
}

vi.mock('../../src/widgets/registry.ts', () => import('../fixtures/demoRegistry.ts'));

const lesson: LessonModule = fixture;

const outlineEntries: OutlineEntry[] = ['convolution', 'output-size', 'sparse-connectivity', 'weight-sharing'].map((slug) => ({
  slug,
  text: { en: { title: `Title ${slug}`, summary: `About ${slug}` }, zh: { title: `标题 ${slug}`, summary: `关于 ${slug}` } },
}));

/** Renders the fixture as lesson `slug`; in the outline, output-size is planned, the others published. */
function renderLesson(slug = 'sparse-connectivity', lang: Language = 'en') {
  const outline = outlineIn(lang, outlineEntries, (s) => s !== 'output-size');
  return render(
    <MemoryRouter initialEntries={[lessonPath(lang, slug)]}>
      <LessonView lang={lang} slug={slug} lesson={lesson} outline={outline} />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  useSiteStore.setState(useSiteStore.getInitialState(), true);
});

describe('LessonView', () => {
  it('shows the frontmatter title as the one h1, the summary, "Lesson 3" and "1 min read"', () => {
    renderLesson();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fixture lesson');
    expect(screen.getByText('A small lesson that uses every component of the lesson vocabulary.')).toBeInTheDocument();
    expect(screen.getByText('Lesson 3')).toBeInTheDocument();
    expect(screen.getByText('1 min read')).toBeInTheDocument();
  });

  it('the table of contents links to every h2/h3 of the lesson by its id, h3 nested under its h2', () => {
    renderLesson();
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['First section', '#first-section'],
      ['A subsection', '#a-subsection'],
      ['Exercises', '#exercises'],
    ]);
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
      expect(target?.tagName).toMatch(/^H[23]$/);
      expect(target).toHaveTextContent(link.textContent ?? '');
    }
    expect(links[1].closest('ol')?.closest('li')).toBe(links[0].closest('li'));
  });

  it('renders the vocabulary: key idea, pitfall, deep dive, three kinds of exercise, the widget, recap, KaTeX', () => {
    const { container } = renderLesson();
    expect(screen.getByRole('note', { name: /Key idea\s*Slide and sum/ })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: /Pitfall/ })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Recap' })).toBeInTheDocument();
    expect(container.querySelectorAll('[data-exercise]')).toHaveLength(4);
    expect(screen.getByRole('radio', { name: 'Cross-correlation' })).toBeInTheDocument();
    expect(container.querySelector('[data-widget="demo-widget"] [data-result]')).toHaveTextContent('5');
    expect(container.querySelector('.katex')).not.toBeNull();
  });

  it('"Mark as done" is a toggle button (aria-pressed) saved in the site store and localStorage', async () => {
    const user = userEvent.setup();
    renderLesson('convolution');
    const button = screen.getByRole('button', { name: 'Mark as done' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('You have marked this lesson as done.')).toBeInTheDocument();
    expect(storedSiteData().doneLessons).toEqual(['convolution']);
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(useSiteStore.getState().doneLessons).toEqual([]);
  });

  it('previous/next skip planned lessons: sparse-connectivity -> previous convolution, All lessons, next weight-sharing', () => {
    renderLesson('sparse-connectivity');
    const pager = screen.getByRole('navigation', { name: 'Course navigation' });
    const links = within(pager).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/lessons/convolution', '/', '/lessons/weight-sharing']);
    expect(within(pager).getByRole('link', { name: /Previous\s*Title convolution/ })).toHaveAttribute('href', '/lessons/convolution');
    expect(within(pager).getByRole('link', { name: 'All lessons' })).toHaveAttribute('href', '/');
    expect(within(pager).getByRole('link', { name: /Next\s*Title weight-sharing/ })).toHaveAttribute('href', '/lessons/weight-sharing');
  });

  it('zh: the first published lesson has 课程目录 (/zh/) and a Next link, no Previous', () => {
    renderLesson('convolution', 'zh');
    const pager = screen.getByRole('navigation', { name: '课程导航' });
    const links = within(pager).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/zh/', '/zh/lessons/sparse-connectivity']);
    expect(links[0]).toHaveTextContent('课程目录');
    expect(links[1]).toHaveTextContent('下一课');
  });

  it.each(['en', 'zh'] as const)('%s: the only published lesson still offers a way on: the course map link alone', (lang) => {
    const outline = outlineIn(lang, outlineEntries, (s) => s === 'convolution');
    render(
      <MemoryRouter initialEntries={[lessonPath(lang, 'convolution')]}>
        <LessonView lang={lang} slug="convolution" lesson={lesson} outline={outline} />
      </MemoryRouter>,
    );
    const pager = screen.getByRole('navigation', { name: lang === 'en' ? 'Course navigation' : '课程导航' });
    const links = within(pager).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName(lang === 'en' ? 'All lessons' : '课程目录');
    expect(links[0]).toHaveAttribute('href', lang === 'en' ? '/' : '/zh/');
  });

  it('zh: reading time "阅读约 1 分钟", toc "本课目录", language switch to the English lesson', () => {
    renderLesson('convolution', 'zh');
    expect(screen.getByText('阅读约 1 分钟')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '本课目录' })).toBeInTheDocument();
    const languageNav = screen.getByRole('navigation', { name: '语言' });
    expect(within(languageNav).getByRole('link')).toHaveAttribute('href', '/lessons/convolution');
  });

  it('sets the document title, description and <html lang>', () => {
    renderLesson('convolution', 'zh');
    expect(document.title).toBe('Fixture lesson · Receptive');
    expect(document.documentElement.lang).toBe('zh-Hans');
  });
});
