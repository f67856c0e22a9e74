// Tex in the browser before KaTeX is loaded: hydrated server markup is kept without loading KaTeX;
// a changed formula, or one rendered with no server markup, loads KaTeX and is typeset.
import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ installed: false, loads: 0 }));
const fake = (math: string) => `<b class="typeset">${math}</b>`;

vi.mock('../../src/ui/texRenderer.ts', () => ({
  currentTexRenderer: () => (state.installed ? fake : undefined),
  loadTexRenderer: () => {
    state.loads += 1;
    state.installed = true;
    return Promise.resolve(fake);
  },
}));

const { Tex } = await import('../../src/ui/Tex.tsx');

afterEach(() => {
  state.installed = false;
  state.loads = 0;
});

describe('Tex before KaTeX is loaded', () => {
  it('hydrating server markup for "x^2" keeps it and loads nothing; changing to "y" loads KaTeX once', async () => {
    state.installed = true;
    const serverHtml = renderToString(<Tex math="x^2" />);
    state.installed = false;
    const container = document.createElement('div');
    container.innerHTML = serverHtml;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    let root!: ReturnType<typeof hydrateRoot>;
    act(() => {
      root = hydrateRoot(container, <Tex math="x^2" />);
    });
    await act(() => Promise.resolve());
    expect(container.querySelector('.typeset')).toHaveTextContent('x^2');
    expect(state.loads).toBe(0);
    expect(errors).not.toHaveBeenCalled();
    act(() => root.render(<Tex math="y" />));
    await act(() => Promise.resolve());
    expect(state.loads).toBe(1);
    expect(container.querySelector('.typeset')).toHaveTextContent('y');
    root.unmount();
    container.remove();
    errors.mockRestore();
  });

  it('rendered with no server markup -> loads KaTeX at once and typesets', async () => {
    const { container } = render(<Tex math="z" />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(state.loads).toBe(1);
    expect(container.querySelector('.typeset')).toHaveTextContent('z');
  });
});
