// rehypeFocusableMath: display formulas get tabindex 0, inline ones do not.
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { lessonMdxOptions } from '../../../scripts/mdx/lessonMdxOptions.ts';

describe('rehypeFocusableMath', () => {
  it('$$x$$ -> .katex-display with tabIndex 0; inline $y$ -> no tabIndex', async () => {
    const code = String(await compile('Inline $y$.\n\n$$\nx^2\n$$\n', { ...lessonMdxOptions, outputFormat: 'function-body' }));
    expect(code).toMatch(/className: "katex-display",\s*tabIndex: "0"/);
    expect(code.match(/tabIndex/g)).toHaveLength(1);
  });
});
