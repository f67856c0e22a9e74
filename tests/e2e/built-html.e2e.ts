// Checks the built site's HTML files in dist/ (after `npm run build`): every page the outline, the
// lesson files and the registry call for exists; every page carries the Content-Security-Policy and
// no inline script; lessons read without JavaScript (prose and KaTeX in the HTML); nothing external.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts } from '../../scripts/contentSecurityPolicy.mjs';
import { courseOutline } from '../../src/site/courseOutline.ts';
import { htmlLang, languages } from '../../src/site/language.ts';
import { isPublished } from '../../src/site/lessons.ts';
import { prerenderTargets } from '../../src/site/prerenderTargets.ts';
import { widgetRegistry } from '../../src/widgets/registry.ts';

const distDir = join(import.meta.dirname, '..', '..', 'dist');
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const htmlFiles = existsSync(distDir)
  ? readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .map((path) => path.split('\\').join('/'))
      .filter((path) => path.endsWith('.html'))
      .sort()
  : [];

describe('dist/ after the build', () => {
  it('has a file for every prerender target (homes, lessons, galleries, embeds, 404)', () => {
    const missing = prerenderTargets.map((t) => t.file).filter((file) => !existsSync(join(distDir, file)));
    expect(missing, 'run `npm run build` first').toEqual([]);
  });

  it('stylesheets load fonts as files, never as data: URLs (which font-src \'self\' blocks)', () => {
    const css = readdirSync(join(distDir, 'assets')).filter((name) => name.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const name of css) expect(read(`assets/${name}`), name).not.toMatch(/url\(\s*["']?data:font/);
  });

  it('has no HTML page that is not a prerender target', () => {
    expect(htmlFiles).toEqual(prerenderTargets.map((t) => t.file).sort());
  });
});

describe.each(htmlFiles)('dist/%s', (file) => {
  const html = read(file);

  it('carries the Content-Security-Policy meta, exactly once', () => {
    const tag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
    expect(html.split(tag)).toHaveLength(2);
    expect(contentSecurityPolicy).toContain("script-src 'self';");
  });

  it('has no inline script or inline event handler', () => {
    expect(inlineScripts(html)).toEqual([]);
  });

  it('loads scripts, styles and icons from its own origin only', () => {
    const external = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\s(?:src|href)="(?:https?:)?\/\/[^"]*"/gi)].map((m) => m[0]);
    expect(external).toEqual([]);
  });
});

const published = courseOutline.filter((entry) => isPublished(entry.slug));

describe.each(published.flatMap((entry) => languages.map((lang) => ({ entry, lang }))))(
  'lesson $entry.slug ($lang) without JavaScript',
  ({ entry, lang }) => {
    const file = `${lang === 'en' ? '' : 'zh/'}lessons/${entry.slug}.html`;
    const html = existsSync(join(distDir, file)) ? read(file) : '';

    it(`${file}: <html lang="${htmlLang[lang]}">, the title as h1, the summary, prose and KaTeX math in the HTML`, () => {
      expect(html).toContain(`<html lang="${htmlLang[lang]}">`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${entry.text[lang].title.replace(/[?]/g, '\\?')}</h1>`));
      expect(html).toContain(entry.text[lang].summary);
      expect(html).toContain('class="katex"');
      expect(html).toContain('class="lesson-toc"');
      expect((html.match(/<p>/g) ?? []).length).toBeGreaterThan(5);
      expect(html).not.toContain('class="lesson-loading"');
    });
  },
);

describe.each(widgetRegistry.map((w) => w.meta.id))('embed page of %s', (id) => {
  it(`dist/embed/${id}.html shows the widget (data-widget="${id}") at its defaults, without site chrome`, () => {
    const html = read(`embed/${id}.html`);
    expect(html).toContain(`data-widget="${id}"`);
    expect(html).not.toContain('class="site-header"');
  });
});
