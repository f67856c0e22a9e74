// Component tests for the 404 page (src/site/NotFoundPage.tsx): both languages, links home.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NotFoundPage } from '../../src/site/NotFoundPage.tsx';

describe('NotFoundPage', () => {
  it('NotFoundPage says "Page not found" and 页面不存在, with a link to each home page', () => {
    render(
      <MemoryRouter initialEntries={['/no/such/page']}>
        <NotFoundPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    const zhHeading = screen.getByRole('heading', { level: 2, name: '页面不存在' });
    expect(zhHeading.closest('section')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByRole('link', { name: 'Go to the course home page' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: '返回课程首页' })).toHaveAttribute('href', '/zh/');
  });

  it('NotFoundPage sets the document title and <html lang="en">', () => {
    document.documentElement.lang = 'zh-Hans';
    render(
      <MemoryRouter initialEntries={['/missing']}>
        <NotFoundPage />
      </MemoryRouter>,
    );
    expect(document.title).toBe('Page not found · Receptive');
    expect(document.documentElement.lang).toBe('en');
  });
});
