// Component tests for the colour scheme toggle (src/site/ColorSchemeToggle.tsx) and its effect on
// <html data-theme> (src/site/colorScheme.ts): auto follows the system, light/dark are forced.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyColorScheme, syncColorScheme } from '../../src/site/colorScheme.ts';
import { ColorSchemeToggle } from '../../src/site/ColorSchemeToggle.tsx';
import { useSiteStore } from '../../src/site/useSiteStore.ts';
import { SITE_STORE_KEY, type SiteData } from '../../src/state/siteStore.ts';

/** What the site store wrote to localStorage. */
function storedSiteData(): SiteData {
  return (JSON.parse(localStorage.getItem(SITE_STORE_KEY) ?? '{}') as { state: SiteData }).state;
}

const root = document.documentElement;
let stopSync: () => void = () => undefined;

beforeEach(() => {
  useSiteStore.setState(useSiteStore.getInitialState(), true);
  delete root.dataset.theme;
});

afterEach(() => stopSync());

describe('ColorSchemeToggle', () => {
  it('en: a group "Colour scheme" of Auto, Light, Dark; Auto pressed at first', () => {
    render(<ColorSchemeToggle lang="en" />);
    const group = screen.getByRole('group', { name: 'Colour scheme' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Auto', 'true'],
      ['Light', 'false'],
      ['Dark', 'false'],
    ]);
  });

  it('zh: labelled 配色 with 自动, 浅色, 深色', () => {
    render(<ColorSchemeToggle lang="zh" />);
    const group = screen.getByRole('group', { name: '配色' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['自动', '浅色', '深色']);
  });

  it('click Dark -> pressed, saved, <html data-theme="dark">; click Auto -> data-theme removed', async () => {
    const user = userEvent.setup();
    stopSync = syncColorScheme(useSiteStore, root);
    render(<ColorSchemeToggle lang="en" />);
    await user.click(screen.getByRole('button', { name: 'Dark' }));
    expect(screen.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    expect(root.dataset.theme).toBe('dark');
    expect(storedSiteData().colorScheme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Light' }));
    expect(root.dataset.theme).toBe('light');
    await user.click(screen.getByRole('button', { name: 'Auto' }));
    expect(root).not.toHaveAttribute('data-theme');
  });
});

describe('applyColorScheme', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['auto', undefined],
  ] as const)('applyColorScheme %s -> data-theme %s', (scheme, theme) => {
    applyColorScheme('dark', root);
    applyColorScheme(scheme, root);
    expect(root.dataset.theme).toBe(theme);
  });

  it('syncColorScheme applies the stored scheme at once', () => {
    useSiteStore.setState({ colorScheme: 'light' });
    stopSync = syncColorScheme(useSiteStore, root);
    expect(root.dataset.theme).toBe('light');
  });
});
