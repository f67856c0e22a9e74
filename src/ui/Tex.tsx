// Math typeset with KaTeX from a TeX string. The prerendered page already holds every formula, so
// in the browser KaTeX is loaded only when a formula has to change (see texRenderer.ts): until
// then the markup from the server stays as it is.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { currentTexRenderer, loadTexRenderer } from './texRenderer.ts';
import { useHorizontalOverflow } from './useHorizontalOverflow.ts';

/** Props: the TeX source and whether it is a display (block) formula. */
export interface TexProps {
  math: string;
  display?: boolean;
}

/**
 * A formula: KaTeX HTML plus MathML (read by screen readers). A TeX error shows the source in red.
 * Rendered on the server when KaTeX is installed there; in the browser the server's markup is kept
 * (React does not compare innerHTML when hydrating, and suppressHydrationWarning silences the dev
 * check) until `math` differs from what the server wrote, which loads KaTeX and typesets anew.
 * Rendered in the browser without server markup, it loads KaTeX at once. A display formula is a tab
 * stop on the server and at first render, after mount only while it overflows sideways.
 */
export function Tex({ math, display = false }: TexProps) {
  const ref = useRef<HTMLElement>(null);
  /** The math the server markup shows ('' when there was none); set on the first effect. */
  const serverMath = useRef<string | null>(null);
  const [, setReady] = useState(false);
  const overflows = useHorizontalOverflow(ref, display);
  const renderer = currentTexRenderer();
  const html = renderer ? renderer(math, display) : '';

  useEffect(() => {
    if (currentTexRenderer()) return undefined;
    serverMath.current ??= ref.current && ref.current.innerHTML !== '' ? math : '';
    if (serverMath.current === math) return undefined;
    let live = true;
    loadTexRenderer().then(
      () => live && setReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [math]);

  const className = display ? 'tex tex-display' : 'tex';
  return display ? (
    // A display formula may scroll sideways on a narrow screen: focusable while it does, so the keyboard can scroll it.
    <div ref={ref as RefObject<HTMLDivElement>} className={className} tabIndex={overflows ? 0 : undefined} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <span ref={ref} className={className} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html }} />
  );
}
