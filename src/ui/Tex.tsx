// Math typeset with KaTeX from a TeX string, the same on the server (prerender) and in the browser.
import katex from 'katex';
import { useMemo } from 'react';

/** Props: the TeX source and whether it is a display (block) formula. */
export interface TexProps {
  math: string;
  display?: boolean;
}

/**
 * A formula: KaTeX HTML plus MathML (read by screen readers). A TeX error shows the source in red
 * instead of throwing, so a bad formula never blanks a widget.
 */
export function Tex({ math, display = false }: TexProps) {
  const html = useMemo(
    () => katex.renderToString(math, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }),
    [math, display],
  );
  const Tag = display ? 'div' : 'span';
  return <Tag className={display ? 'tex tex-display' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
}
