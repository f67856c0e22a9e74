// Writes a static HTML file for every site page: renders each route of the SSR bundle (dist-ssr/)
// into the #root placeholder of the client build's dist/index.html, and adds the Content-Security-
// Policy (only here, at build: the dev server needs an inline script). The last step of `npm run build`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentSecurityPolicy, inlineScripts } from './contentSecurityPolicy.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'dist');
const placeholder = '<!--app-html-->';
const rootTag = '<div id="root">';

/** Escapes text for an HTML attribute value or element content. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Replaces exactly one occurrence of `pattern` in `html`, or fails naming what was missing. */
function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(new RegExp(pattern, 'g')) ?? [];
  if (matches.length !== 1) {
    throw new Error(`prerender: dist/index.html must contain ${what} exactly once (found ${matches.length})`);
  }
  return html.replace(new RegExp(pattern), () => replacement);
}

/** The template with one rendered page filled in: CSP, markup, page marker, lang, title, description. */
function fillTemplate(template, page) {
  let html = replaceOnce(
    template,
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
    '<meta charset="UTF-8" />',
  );
  html = replaceOnce(html, '<html lang="[^"]*">', `<html lang="${escapeHtml(page.htmlLang)}">`, '<html lang="...">');
  html = replaceOnce(html, '<title>[^<]*</title>', `<title>${escapeHtml(page.title)}</title>`, '<title>');
  html = replaceOnce(
    html,
    '<meta name="description" content="[^"]*" />',
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    '<meta name="description">',
  );
  html = replaceOnce(html, rootTag, `<div id="root" data-page="${escapeHtml(page.pageKey)}">`, rootTag);
  return replaceOnce(html, placeholder, page.html, placeholder);
}

// The SSR bundle leaves React external; without this, Node would load React's development build.
process.env.NODE_ENV ??= 'production';

const template = await readFile(join(distDir, 'index.html'), 'utf8');
const { routes, render } = await import(pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href);

for (const { url, file } of routes) {
  const page = await render(url);
  const target = join(distDir, file);
  const html = fillTemplate(template, page);
  const inline = inlineScripts(html);
  if (inline.length > 0) throw new Error(`prerender: ${url} has an inline script, which the CSP blocks: ${inline[0]}`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, html);
  console.log(`prerender: ${url} -> dist/${file} (${page.pageKey}, lang ${page.htmlLang}, ${page.html.length} chars)`);
}
