// Component tests for the 404 page (src/site/NotFoundPage.tsx): the page's language first, then the
// other one, each with a link to its home page; <html lang> and the title follow the language.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/site/language.ts';
import { NotFoundPage } from '../../src/site/NotFoundPage.tsx';

function renderNotFound(path: string, lang?: Language) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <NotFoundPage lang={lang} />
    </MemoryRouter>,
  );
}

describe('NotFoundPage', () => {
  it('NotFoundPage says "Page not found" and 页面不存在, with a link to each home page', () => {
    renderNotFound('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    const zhHeading = screen.getByRole('heading', { level: 2, name: '页面不存在' });
    expect(zhHeading.closest('section')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByRole('link', { name: 'Go to the course home page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: '返回课程首页' })).toHaveAttribute('href', '/zh/');
  });

  it('NotFoundPage sets the document title and <html lang="en">', () => {
    document.documentElement.lang = 'zh-Hans';
    renderNotFound('/missing');
    expect(document.title).toBe('Page not found · Receptive');
    expect(document.documentElement.lang).toBe('en');
  });

  it('NotFoundPage lang=zh: h1 页面不存在, <html lang="zh-Hans">, Chinese header; English below in a lang="en" section', () => {
    document.documentElement.lang = 'en';
    renderNotFound('/zh/lessons/nope', 'zh');
    expect(screen.getByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.title).toBe('页面不存在 · Receptive');
    expect(screen.getByRole('link', { name: '跳到正文' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回课程首页' })).toHaveAttribute('href', '/zh/');
    const enHeading = screen.getByRole('heading', { level: 2, name: 'Page not found' });
    expect(enHeading.closest('section')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Go to the course home page' })).toHaveAttribute('href', '/');
  });
});
