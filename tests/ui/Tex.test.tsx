// Tex: KaTeX HTML with MathML, inline or display; bad TeX shows instead of throwing. (The setup file
// installs KaTeX, as the server entry does.)
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Tex } from '../../src/ui/Tex.tsx';

describe('Tex with KaTeX installed', () => {
  it('inline "x^2" -> a span with .katex and MathML', () => {
    const { container } = render(<Tex math="x^2" />);
    expect(container.querySelector('span.tex .katex')).not.toBeNull();
    expect(container.querySelector('math')).not.toBeNull();
  });

  it('display -> a div with .katex-display', () => {
    const { container } = render(<Tex math="\\sum_k f[k]" display />);
    expect(container.querySelector('div.tex-display .katex-display')).not.toBeNull();
  });

  it('bad TeX "\\frac{" renders an error span, not an exception', () => {
    const { container } = render(<Tex math="\\frac{" />);
    expect(container.querySelector('.katex-error')).not.toBeNull();
  });
});
