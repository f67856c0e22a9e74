// Tests for the lesson route (src/site/LessonPage.tsx) through the app: the real lesson loads
// from its own chunk in both languages; planned and unknown slugs show the 404 page.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/site/App.tsx';
import { useSiteStore } from '../../src/site/useSiteStore.ts';

/** Renders the app at `path`; awaited act, so a lesson that suspends on its chunk is retried when it loads. */
async function renderAt(path: string) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>,
    );
    await Promise.resolve();
  });
}

beforeEach(() => {
  useSiteStore.setState(useSiteStore.getInitialState(), true);
});

describe('LessonPage', () => {
  it.each([
    ['/lessons/convolution', 'What is a convolution?', 'en'],
    ['/zh/lessons/convolution', '什么是卷积', 'zh-Hans'],
  ])('%s -> loads the lesson: h1 %s, a table of contents, lang %s', async (path, title, lang) => {
    await renderAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: title }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getAllByRole('navigation').length).toBeGreaterThanOrEqual(2);
    expect(document.documentElement.lang).toBe(lang);
  });

  it.each(['/lessons/no-such-lesson', '/lessons/output-size', '/lessons/'])('%s -> the 404 page', async (path) => {
    await renderAt(path);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it.each(['/zh/lessons/pooling', '/zh/lessons/nope'])('%s -> the Chinese 404 page (页面不存在, lang zh-Hans)', async (path) => {
    await renderAt(path);
    expect(screen.getByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
  });

  it('home -> click the published lesson -> the lesson page; mark done -> back home shows "1 of 11 done"', async () => {
    const user = userEvent.setup();
    await renderAt('/');
    // Awaited act: the lesson suspends on its chunk, and is retried once the chunk has loaded.
    await act(() => user.click(screen.getByRole('link', { name: 'What is a convolution?' })));
    await screen.findByRole('heading', { level: 1, name: 'What is a convolution?' }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Mark as done' }));
    await user.click(screen.getByRole('link', { name: 'Receptive' }));
    expect(screen.getByText('1 of 11 done')).toBeInTheDocument();
    expect(screen.getByText('Done')).toBeInTheDocument();
  });
});
