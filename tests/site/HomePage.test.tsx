// Component tests for the home page (src/site/HomePage.tsx) in both languages, by role.
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { courseOutline, outlineIn } from '../../src/site/courseOutline.ts';
import { HomePage } from '../../src/site/HomePage.tsx';
import { languages, type Language } from '../../src/site/language.ts';
import { siteText } from '../../src/site/siteText.ts';

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
    const unpublished = courseOutline.filter((entry) => !entry.published).length;
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
});
