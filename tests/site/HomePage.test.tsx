// Component tests for the home page (src/site/HomePage.tsx) in both languages, by role.
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { courseOutline, outlineIn } from '../../src/site/courseOutline.ts';
import { HomePage } from '../../src/site/HomePage.tsx';
import { languages, type Language } from '../../src/site/language.ts';
import { siteText } from '../../src/site/siteText.ts';
import { useSiteStore } from '../../src/site/useSiteStore.ts';

beforeEach(() => {
  useSiteStore.setState(useSiteStore.getInitialState(), true);
});

function renderHome(lang: Language) {
  const path = lang === 'en' ? '/' : '/zh/';
  return render(
    <MemoryRouter initialEntries={[path]}>
      <HomePage lang={lang} />
    </MemoryRouter>,
  );
}

describe.each(languages)('HomePage lang=%s', (lang) => {
  const text = siteText[lang];

  it('shows the course title as the one h1, the tagline and the promise', () => {
    renderHome(lang);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Receptive');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(text.tagline)).toBeInTheDocument();
    expect(screen.getByText(text.promise)).toBeInTheDocument();
  });

  it(`lists all ${courseOutline.length} lessons in course order with title and summary`, () => {
    renderHome(lang);
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    const lessons = outlineIn(lang);
    expect(items).toHaveLength(lessons.length);
    lessons.forEach((lesson, i) => {
      const item = items[i];
      expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent(lesson.title);
      expect(within(item).getByText(lesson.summary)).toBeInTheDocument();
    });
  });

  it('marks unpublished lessons as planned and links none of them', () => {
    renderHome(lang);
    const list = screen.getByRole('list');
    const unpublished = outlineIn(lang).filter((lesson) => !lesson.published).length;
    expect(within(list).queryAllByText(text.plannedLabel)).toHaveLength(unpublished);
    expect(within(list).queryAllByRole('link')).toHaveLength(courseOutline.length - unpublished);
  });

  it('has a header, a main landmark and a language switch to the other home page', () => {
    renderHome(lang);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    const nav = screen.getByRole('navigation', { name: text.languageNavLabel });
    const link = within(nav).getByRole('link');
    expect(link).toHaveAttribute('href', lang === 'en' ? '/zh/' : '/');
    expect(link).toHaveTextContent(lang === 'en' ? '中文' : 'English');
    expect(link).toHaveAttribute('lang', lang === 'en' ? 'zh-Hans' : 'en');
  });

  it('shows the count of lessons done and a done mark on the lesson marked done (convolution)', () => {
    useSiteStore.setState({ doneLessons: ['convolution'] });
    renderHome(lang);
    const total = courseOutline.length;
    expect(screen.getByText(lang === 'en' ? `1 of ${total} done` : `已学完 1 / ${total} 课`)).toBeInTheDocument();
    const item = screen.getAllByRole('listitem').find((li) => li.dataset.slug === 'convolution');
    expect(item).toHaveAttribute('data-done', 'true');
    expect(within(item as HTMLElement).getByText(text.doneLabel)).toBeInTheDocument();
  });

  it('links to the widget gallery of its language', () => {
    renderHome(lang);
    expect(screen.getByRole('link', { name: text.widgetsLink })).toHaveAttribute('href', lang === 'en' ? '/widgets' : '/zh/widgets');
  });
});
