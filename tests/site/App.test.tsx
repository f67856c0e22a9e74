// Tests for the app's routing (src/site/App.tsx): each path shows its page; the language switch
// navigates and updates <html lang> and the title.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/site/App.tsx';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App />
    </MemoryRouter>,
  );
}

describe('App', () => {
  it.each([
    ['/', 'Lessons'],
    ['/zh/', '课程目录'],
    ['/zh', '课程目录'],
  ])('App at %s shows the home page with heading %s', (path, lessonsHeading) => {
    renderAt(path);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Receptive');
    expect(screen.getByRole('heading', { level: 2, name: lessonsHeading })).toBeInTheDocument();
  });

  it.each(['/nope', '/lessons/output-size', '/lessons/no-such-lesson', '/embed/no-such-widget'])('App at %s shows the 404 page', (path) => {
    renderAt(path);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it.each(['/zh/nope', '/zh/lessons/nope', '/zh/lessons/output-size', '/zh/a/b/c'])(
    'App at %s shows the Chinese 404 page: h1 页面不存在, <html lang="zh-Hans">, link home to /zh/',
    (path) => {
      renderAt(path);
      expect(screen.getByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('zh-Hans');
      expect(document.title).toBe('页面不存在 · Receptive');
      expect(screen.getByRole('link', { name: '返回课程首页' })).toHaveAttribute('href', '/zh/');
    },
  );

  it('App / -> click 中文 -> Chinese home, <html lang="zh-Hans">; click English -> back, lang "en"', async () => {
    const user = userEvent.setup();
    renderAt('/');
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('link', { name: '中文' }));
    expect(screen.getByRole('heading', { level: 2, name: '课程目录' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.title).toBe('Receptive：卷积神经网络互动课程');
    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Lessons' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
