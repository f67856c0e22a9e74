// Vitest setup for the component project: jest-dom matchers, KaTeX installed for Tex, and a clean DOM
// and storage after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import katex from 'katex';
import { afterEach } from 'vitest';
import { setTexRenderer, texRendererFrom } from '../src/ui/texRenderer.ts';

// Components typeset formulas at once in tests, as on the server (the browser loads KaTeX lazily).
setTexRenderer(texRendererFrom(katex.renderToString));

afterEach(() => {
  cleanup();
  localStorage.clear();
});
