// Tests of ScrollRegion: a named region that scrolls its content sideways, a tab stop only while its
// content overflows (always on the server and where there is no ResizeObserver).
import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScrollRegion } from '../../src/ui/ScrollRegion.tsx';
import { mockOverflow, observers, setWidths } from '../fixtures/mockOverflow.ts';

function Example({ className }: { className?: string }) {
  return (
    <>
      <p id="label">Parameters</p>
      <ScrollRegion labelledBy="label" className={className}>
        <table>
          <tbody>
            <tr>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ScrollRegion', () => {
  it.each([
    [undefined, 'table-scroll'],
    ['imgf-tap-tables', 'table-scroll imgf-tap-tables'],
  ])('className %s, no ResizeObserver (jsdom) -> a region named by its label, in the tab order, class "%s"', (className, expected) => {
    render(<Example className={className} />);
    const region = screen.getByRole('region', { name: 'Parameters' });
    expect(region.tabIndex).toBe(0);
    expect(region.className).toBe(expected);
    expect(region.querySelector('td')?.textContent).toBe('1');
  });

  it('server HTML: tabindex="0" (the content may overflow on a phone before scripts run)', () => {
    expect(renderToString(<Example />)).toMatch(/<div[^>]*tabindex="0"[^>]*role="region"/);
  });

  it.each([
    [600, 300, true],
    [300, 300, false],
    [299, 300, false],
  ])('scrollWidth %d, clientWidth %d at mount -> a tab stop: %s', (scrollWidth, clientWidth, focusable) => {
    mockOverflow();
    render(<Example />);
    const region = screen.getByRole('region', { name: 'Parameters' });
    setWidths(region, scrollWidth, clientWidth);
    expect(region.hasAttribute('tabindex')).toBe(focusable);
  });

  it('the box narrows until the table overflows (300 in 400 -> 300 in 200) and widens again: tab stop off, on, off', () => {
    mockOverflow();
    render(<Example />);
    const region = screen.getByRole('region', { name: 'Parameters' });
    setWidths(region, 400, 400);
    expect(region).not.toHaveAttribute('tabindex');
    setWidths(region, 300, 200);
    expect(region).toHaveAttribute('tabindex', '0');
    setWidths(region, 400, 400);
    expect(region).not.toHaveAttribute('tabindex');
  });

  it('the observer watches the region and its table, and stops on unmount', () => {
    mockOverflow();
    const { unmount } = render(<Example />);
    const region = screen.getByRole('region', { name: 'Parameters' });
    const [observer] = observers;
    expect(observers).toHaveLength(1);
    expect([...observer.targets]).toEqual([region, region.querySelector('table')]);
    unmount();
    expect(observer.targets.size).toBe(0);
  });

  it('hydrating the server HTML with nothing overflowing: no hydration error, then no tab stop', () => {
    const html = renderToString(<Example />);
    mockOverflow();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    let root!: ReturnType<typeof hydrateRoot>;
    act(() => {
      root = hydrateRoot(container, <Example />);
    });
    const region = screen.getByRole('region', { name: 'Parameters' });
    expect(errors).not.toHaveBeenCalled();
    expect(region).not.toHaveAttribute('tabindex');
    act(() => root.unmount());
    container.remove();
  });
});
