// Tex: KaTeX HTML with MathML, inline or display; bad TeX shows instead of throwing; a display
// formula is a tab stop only while it overflows. (The setup file installs KaTeX, as the server entry does.)
import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tex } from '../../src/ui/Tex.tsx';
import { mockOverflow, observers, setWidths } from '../fixtures/mockOverflow.ts';

describe('Tex with KaTeX installed', () => {
  it('inline "x^2" -> a span with .katex and MathML', () => {
    const { container } = render(<Tex math="x^2" />);
    expect(container.querySelector('span.tex .katex')).not.toBeNull();
    expect(container.querySelector('math')).not.toBeNull();
  });

  it('display -> a div with .katex-display', () => {
    const { container } = render(<Tex math="\sum_k f[k]" display />);
    expect(container.querySelector('div.tex-display .katex-display')).not.toBeNull();
  });

  it('bad TeX "\\frac{" renders an error span, not an exception', () => {
    const { container } = render(<Tex math="\\frac{" />);
    expect(container.querySelector('.katex-error')).not.toBeNull();
  });
});

describe('Tex display formula as a tab stop', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('server HTML and jsdom without ResizeObserver: tabindex="0"', () => {
    expect(renderToString(<Tex math="x" display />)).toContain('tabindex="0"');
    const { container } = render(<Tex math="x" display />);
    expect(container.querySelector('.tex-display')).toHaveAttribute('tabindex', '0');
  });

  it.each([
    [800, 400, true],
    [400, 400, false],
  ])('display formula %d wide in a %d px box -> a tab stop: %s', (scrollWidth, clientWidth, focusable) => {
    mockOverflow();
    const { container } = render(<Tex math="\sum_k f[k]" display />);
    const box = container.querySelector('.tex-display')!;
    setWidths(box, scrollWidth, clientWidth);
    expect(box.hasAttribute('tabindex')).toBe(focusable);
  });

  it('the box narrows below the formula (200 in 400 -> 200 in 150): becomes a tab stop', () => {
    mockOverflow();
    const { container } = render(<Tex math="a + b" display />);
    const box = container.querySelector('.tex-display')!;
    setWidths(box, 200, 400);
    expect(box).not.toHaveAttribute('tabindex');
    setWidths(box, 200, 150);
    expect(box).toHaveAttribute('tabindex', '0');
  });

  it('a changed formula: the new KaTeX markup is watched, the old no longer', () => {
    mockOverflow();
    const { container, rerender } = render(<Tex math="a" display />);
    const box = container.querySelector('.tex-display')!;
    const before = box.firstElementChild!;
    rerender(<Tex math="b" display />);
    const after = box.firstElementChild!;
    expect(after).not.toBe(before);
    expect([...observers[0].targets]).toEqual([box, after]);
  });

  it('inline formula: not focusable, nothing observed', () => {
    mockOverflow();
    const { container } = render(<Tex math="x^2" />);
    expect(container.querySelector('span.tex')).not.toHaveAttribute('tabindex');
    expect(observers).toHaveLength(0);
  });
});
