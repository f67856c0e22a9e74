// texRenderer: nothing installed at first; loadTexRenderer imports KaTeX once and installs it.
import { describe, expect, it } from 'vitest';
import { currentTexRenderer, loadTexRenderer, setTexRenderer, texRendererFrom } from '../../src/ui/texRenderer.ts';

describe('texRenderer', () => {
  it('starts empty; loadTexRenderer() twice -> one renderer, installed, typesetting "x" with MathML', async () => {
    expect(currentTexRenderer()).toBeUndefined();
    const [a, b] = await Promise.all([loadTexRenderer(), loadTexRenderer()]);
    expect(a).toBe(b);
    expect(currentTexRenderer()).toBe(a);
    expect(a('x', false)).toContain('<math');
  });

  it('texRendererFrom passes display mode, no throwing, HTML + MathML', () => {
    let seen: object = {};
    const render = texRendererFrom((math, options) => {
      seen = options;
      return math;
    });
    expect(render('a', true)).toBe('a');
    expect(seen).toEqual({ displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
  });

  it('setTexRenderer replaces the installed renderer', () => {
    const mine = () => 'mine';
    setTexRenderer(mine);
    expect(currentTexRenderer()).toBe(mine);
  });
});
