// The site footer: on every site page (home, lesson, gallery, credits, 404) in the page's language with
// a link to the credits page; never on an embed page, which has no chrome.
import { render, screen, within } from '@testing-library/react';
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

describe('SiteFooter', () => {
  it.each([
    ['/', 'Credits and licences', '/credits'],
    ['/zh/', '致谢与版权', '/zh/credits'],
    ['/widgets', 'Credits and licences', '/credits'],
    ['/zh/widgets', '致谢与版权', '/zh/credits'],
    ['/lessons/convolution', 'Credits and licences', '/credits'],
    ['/credits', 'Credits and licences', '/credits'],
    ['/zh/credits', '致谢与版权', '/zh/credits'],
    ['/nope', 'Credits and licences', '/credits'],
    ['/zh/nope', '致谢与版权', '/zh/credits'],
    ['/embed/no-such-widget', 'Credits and licences', '/credits'],
  ])('%s: a footer (contentinfo) with the link "%s" to %s', async (path, name, href) => {
    renderAt(path);
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name })).toHaveAttribute('href', href);
  });

  it('/embed/convolution-1d: no site footer', () => {
    renderAt('/embed/convolution-1d');
    expect(screen.queryByRole('link', { name: 'Credits and licences' })).toBeNull();
    expect(document.querySelector('.site-footer')).toBeNull();
  });
});
