// Where Tex gets KaTeX from. The server and the tests install it at start (setTexRenderer), so every
// formula is in the prerendered HTML; the browser loads it only when a formula must change
// (loadTexRenderer), which keeps KaTeX's ~76 kB (gzip) out of a page that is only read.

/** Typesets TeX to HTML (KaTeX's renderToString with the options Tex uses). */
export type TexRenderer = (math: string, display: boolean) => string;

let renderer: TexRenderer | undefined;
let loading: Promise<TexRenderer> | undefined;

/** Builds the renderer from KaTeX's renderToString: HTML plus MathML; bad TeX shows in red instead of throwing. */
export function texRendererFrom(renderToString: (math: string, options: object) => string): TexRenderer {
  return (math, display) => renderToString(math, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
}

/** Installs the renderer now (server entry, tests). */
export function setTexRenderer(next: TexRenderer): void {
  renderer = next;
}

/** The renderer if it is already here, else undefined. */
export function currentTexRenderer(): TexRenderer | undefined {
  return renderer;
}

/** The renderer, importing KaTeX once on first call when it is not installed yet. */
export function loadTexRenderer(): Promise<TexRenderer> {
  if (renderer) return Promise.resolve(renderer);
  loading ??= import('katex').then((katex) => {
    renderer = texRendererFrom(katex.default.renderToString);
    return renderer;
  });
  return loading;
}
