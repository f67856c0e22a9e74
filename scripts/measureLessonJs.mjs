// Measures the JavaScript each lesson page loads, gzip-compressed, from the client build's manifest:
// the entry and its static imports, the lesson's own chunk with everything it imports, and the
// chunks of the widgets the lesson shows (<Widget id="...">, loaded on demand). Writes dist/lesson-js.json and prints one line per lesson page.
// Run after `vite build` (part of `npm run build`).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'dist');

/** The goal for one lesson page's JavaScript, gzip, in bytes (fonts and data files aside). */
const LESSON_JS_BUDGET = 200 * 1024;

/** Every manifest key reachable from `key` by static imports, and by dynamic ones when `lazy`. */
function reachable(manifest, key, lazy, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  const chunk = manifest[key];
  for (const next of [...(chunk.imports ?? []), ...(lazy ? (chunk.dynamicImports ?? []) : [])]) reachable(manifest, next, lazy, seen);
  return seen;
}

const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('measureLessonJs: the manifest has no entry chunk');
// Scripts the page template loads from public/ (outside the bundle), such as the colour-scheme script.
const template = await readFile(join(distDir, 'index.html'), 'utf8');
const templateScripts = [...template.matchAll(/<script[^>]*\ssrc="\/([^"]+\.js)"/g)].map((match) => match[1]);
const lessonKeys = Object.keys(manifest).filter((key) => /^content\/(en|zh)\/[^/]+\.mdx$/.test(key));

const gzipCache = new Map();
async function sizes(file) {
  if (!gzipCache.has(file)) {
    const bytes = await readFile(join(distDir, file));
    gzipCache.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gzipCache.get(file);
}

const pages = [];
for (const lessonKey of lessonKeys) {
  // The entry's own lazy imports are the other lessons: seeding the walk with the entry's static
  // closure keeps it from following them back through the lesson's import of the entry.
  const entryKeys = reachable(manifest, entryKey, false);
  const keys = reachable(manifest, lessonKey, true, new Set(entryKeys));
  // Widgets load on demand, from the entry: add the chunks of the widgets this lesson shows.
  const source = await readFile(join(root, lessonKey), 'utf8');
  for (const [, id] of source.matchAll(/<Widget\s[^>]*\bid="([^"]+)"/g)) {
    for (const key of Object.keys(manifest)) {
      if (key.startsWith(`src/widgets/${id}/`) && manifest[key].isDynamicEntry) reachable(manifest, key, false, keys);
    }
  }
  const bundled = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const files = [...new Set([...bundled, ...templateScripts])].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const size = await sizes(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  const [, lang, slug] = lessonKey.match(/^content\/(en|zh)\/(.+)\.mdx$/);
  const path = `${lang === 'zh' ? '/zh' : ''}/lessons/${slug}`;
  pages.push({ path, files, raw, gzip });
  console.log(`lesson JS: ${path} loads ${files.length} files, ${(raw / 1024).toFixed(1)} kB, ${(gzip / 1024).toFixed(1)} kB gzip (goal ${LESSON_JS_BUDGET / 1024} kB)`);
}
// Chunks loaded only on demand, other than lessons and widgets (KaTeX, loaded when a formula changes).
const onDemand = [];
for (const key of Object.keys(manifest)) {
  if (!manifest[key].isDynamicEntry || lessonKeys.includes(key) || key.startsWith('src/widgets/')) continue;
  const size = await sizes(manifest[key].file);
  onDemand.push({ module: key, file: manifest[key].file, ...size });
  console.log(`on demand: ${key} ${(size.gzip / 1024).toFixed(1)} kB gzip, loaded only when needed`);
}
await writeFile(join(distDir, 'lesson-js.json'), `${JSON.stringify({ budget: LESSON_JS_BUDGET, pages, onDemand }, null, 2)}\n`);
