// Architecture test: scans every import in src/ and fails, with a list, when a layer rule of
// DESIGN.md is broken. Self-tests feed the checker fake files so that it is known to catch each rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, formatViolations, layerRules } from './architecture/layerRules.ts';
import { scanGlobals, scanImports, type SourceFile } from './architecture/scanImports.ts';

const srcDir = join(import.meta.dirname, '..', 'src');

function readSourceFiles(): SourceFile[] {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /\.(m|c)?[jt]sx?$/.test(path))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(srcDir, path), 'utf8') }));
}

/** Runs the checker on one fake file and returns what it found, as "line found" strings. */
function violationsOf(path: string, text: string): string[] {
  return checkArchitecture([{ path, text }]).map((v) => `${v.line} ${v.found}`);
}

describe('architecture of src/', () => {
  const files = readSourceFiles();

  it('finds the source files and their imports', () => {
    expect(files.some((f) => f.path.startsWith('engine/'))).toBe(true);
    const main = files.find((f) => f.path === 'main.tsx');
    expect(main && scanImports(main).map((r) => r.specifier)).toContain('./site/App.tsx');
  });

  it('breaks no layer rule of DESIGN.md', () => {
    const violations = checkArchitecture(files);
    expect(violations, `layer rules broken:\n${formatViolations(violations)}`).toEqual([]);
  });
});

describe('scanImports', () => {
  const file: SourceFile = {
    path: 'site/x.tsx',
    text: [
      "import a from 'react';",
      "import type { Tensor } from '../engine/tensor.ts';",
      "import './site.css';",
      "export { b } from './b.ts';",
      "export type * from '../engine/types.ts';",
      "const c = await import('../widgets/registry.ts');",
      "const w = new Worker(new URL('../workers/train.worker.ts', import.meta.url));",
      "const lessons = import.meta.glob('../../content/en/*.mdx');",
      "import { readFile } from 'node:fs/promises';",
      "import { scaleLinear } from 'd3-scale';",
      "import x from '@scope/pkg/sub';",
      "// import fake from 'not-an-import';",
      "const s = \"import y from 'nor-this'\";",
    ].join('\n'),
  };
  const refs = scanImports(file);

  it('finds static, type-only, side-effect, re-export, dynamic, new URL and glob imports, not comments or strings', () => {
    expect(refs.map((r) => [r.line, r.kind, r.typeOnly, r.target])).toEqual([
      [1, 'import', false, { kind: 'package', name: 'react' }],
      [2, 'import', true, { kind: 'src', path: 'engine/tensor.ts' }],
      [3, 'import', false, { kind: 'src', path: 'site/site.css' }],
      [4, 'export from', false, { kind: 'src', path: 'site/b.ts' }],
      [5, 'export from', true, { kind: 'src', path: 'engine/types.ts' }],
      [6, 'dynamic import', false, { kind: 'src', path: 'widgets/registry.ts' }],
      [7, 'new URL', false, { kind: 'src', path: 'workers/train.worker.ts' }],
      [8, 'import.meta.glob', false, { kind: 'outside', path: 'content/en/' }],
      [9, 'import', false, { kind: 'node', name: 'node:fs/promises' }],
      [10, 'import', false, { kind: 'package', name: 'd3-scale' }],
      [11, 'import', false, { kind: 'package', name: '@scope/pkg' }],
    ]);
  });
});

describe('scanGlobals', () => {
  it('flags free uses of window, console, fetch and Math.random, not comments, strings, members or locals', () => {
    const text = [
      '// window.alert and Math.random in a comment',
      "const message = 'the pooling window. console. fetch(';",
      'export function f(window: number[], o: { document: number }) {',
      '  const x = o.document + window.length;',
      '  console.log(x);',
      '  return Math.random() + Math["random"]() + fetch.length;',
      '}',
      'export const g = () => document.title;',
    ].join('\n');
    const uses = scanGlobals({ path: 'engine/x.ts', text }, ['window', 'document', 'console', 'fetch', 'Math.random']);
    expect(uses.map((u) => `${u.line} ${u.name}`)).toEqual([
      '5 console',
      '6 Math.random',
      '6 Math.random',
      '6 fetch',
      '8 document',
    ]);
  });
});

describe('checkArchitecture self-test: each rule catches a violation and passes clean code', () => {
  it('has a rule for engine, render, widgets, site, embed, workers, training, data and state', () => {
    expect(layerRules.map((r) => r.scope.source)).toEqual([
      '^engine\\/',
      '^render\\/',
      '^widgets\\/[^/]+\\/',
      '^site\\/',
      '^embed\\/',
      '^workers\\/.*\\.worker\\.tsx?$',
      '^training\\/',
      '^data\\/loadDigitsFromFile\\.ts$',
      '^data\\/(?!loadDigitsFromFile\\.ts$)',
      '^state\\/',
    ]);
  });

  it('engine: imports of react, d3, zustand, katex, node:, src/site or content/ are violations', () => {
    const text = [
      "import { tensor } from './tensor.ts';",
      "import React from 'react';",
      "import { select } from 'd3-selection';",
      "import { create } from 'zustand';",
      "import katex from 'katex';",
      "import { readFileSync } from 'node:fs';",
      "import { App } from '../../site/App.tsx';",
      "const lesson = import('../../../content/en/x.mdx');",
    ].join('\n');
    expect(violationsOf('engine/ops/x.ts', text)).toEqual([
      '2 import "react"',
      '3 import "d3-selection"',
      '4 import "zustand"',
      '5 import "katex"',
      '6 import "node:fs"',
      '7 import "../../site/App.tsx"',
      '8 dynamic import "../../../content/en/x.mdx"',
    ]);
  });

  it('engine: document., window., console., Math.random and fetch( are violations', () => {
    const text = 'export const f = () => [document.body, window.innerWidth, Math.random(), fetch("/x")];\nconsole.warn(1);';
    expect(violationsOf('engine/x.ts', text)).toEqual([
      '1 uses document',
      '1 uses window',
      '1 uses Math.random',
      '1 uses fetch',
      '2 uses console',
    ]);
  });

  it('engine: a file importing only the engine and using a seeded generator passes', () => {
    const text = "import { check } from '../engineError.ts';\nexport type { Tensor } from '../tensor.ts';\nexport const g = (r: { next(): number }) => r.next();";
    expect(violationsOf('engine/ops/y.ts', text)).toEqual([]);
  });

  it('render: react, zustand, a store and a value import of the engine are violations; import type is fine', () => {
    const text = [
      "import type { Tensor } from '../engine/index.ts';",
      "import { select } from 'd3-selection';",
      "import { useEffect } from 'react';",
      "import { useStore } from 'zustand';",
      "import { paramsStore } from '../state/params.ts';",
      "import { conv2d } from '../engine/index.ts';",
    ].join('\n');
    expect(violationsOf('render/grid.ts', text)).toEqual([
      '3 import "react"',
      '4 import "zustand"',
      '5 import "../state/params.ts"',
      '6 import "../engine/index.ts"',
    ]);
  });

  it('widgets/<id>: another widget, the registry, site/ and embed/ are violations; own files, ui/, state/, render/, engine/, widgetDefinition are fine', () => {
    const text = [
      "import { model } from './model.ts';",
      "import { Slider } from '../../ui/Slider.tsx';",
      "import { layoutGrid } from '../../render/grid.ts';",
      "import { conv2d } from '../../engine/index.ts';",
      "import { create } from '../../state/createStore.ts';",
      "import { meta } from '../pooling-2d/meta.ts';",
      "import { registry } from '../registry.ts';",
      "import { App } from '../../site/App.tsx';",
      "import { Embed } from '../../embed/Embed.tsx';",
      "import type { WidgetProps } from '../widgetDefinition.ts';",
    ].join('\n');
    expect(violationsOf('widgets/conv-2d/Conv2d.tsx', text)).toEqual([
      '6 import "../pooling-2d/meta.ts"',
      '7 import "../registry.ts"',
      '8 import "../../site/App.tsx"',
      '9 import "../../embed/Embed.tsx"',
    ]);
  });

  it('site/ and embed/: a widget folder or another widgets/ file is a violation, widgets/registry and widgetDefinition are fine', () => {
    const text = [
      "import { registry } from '../widgets/registry.ts';",
      "import { Conv2d } from '../widgets/conv-2d/Conv2d.tsx';",
      "import type { WidgetMeta } from '../widgets/widgetDefinition.ts';",
      "import { decodeWidgetParams } from '../widgets/decodeWidgetParams.ts';",
    ].join('\n');
    const expected = ['2 import "../widgets/conv-2d/Conv2d.tsx"', '4 import "../widgets/decodeWidgetParams.ts"'];
    expect(violationsOf('site/LessonPage.tsx', text)).toEqual(expected);
    expect(violationsOf('embed/EmbedPage.tsx', text)).toEqual(expected);
  });

  it('workers: anything but engine/ and workers/protocol is a violation', () => {
    const text = [
      "import { trainBatch } from '../engine/index.ts';",
      "import type { Message } from './protocol.ts';",
      "import { create } from 'zustand';",
      "import { store } from '../state/training.ts';",
    ].join('\n');
    expect(violationsOf('workers/train.worker.ts', text)).toEqual(['3 import "zustand"', '4 import "../state/training.ts"']);
  });

  it('state/: react-dom and d3 are violations, zustand and react are fine', () => {
    const text = "import { create } from 'zustand';\nimport { useMemo } from 'react';\nimport { flushSync } from 'react-dom';\nimport * as d3 from 'd3';\nimport { scaleLinear } from 'd3-scale';";
    expect(violationsOf('state/site.ts', text)).toEqual(['3 import "react-dom"', '4 import "d3"', '5 import "d3-scale"']);
  });

  it('training/: react, a site module and node: are violations; the engine and own files are fine', () => {
    const text = "import { tensor } from '../engine/index.ts';\nimport { bar } from './progressBar.ts';\nimport React from 'react';\nimport { App } from '../site/App.tsx';\nimport { readFile } from 'node:fs/promises';";
    expect(violationsOf('training/x.ts', text)).toEqual(['3 import "react"', '4 import "../site/App.tsx"', '5 import "node:fs/promises"']);
  });

  it('data/: node: modules only in loadDigitsFromFile.ts; react is a violation everywhere', () => {
    const text = "import { tensor } from '../engine/index.ts';\nimport { parseDigits } from './digits.ts';\nimport { gunzipSync } from 'node:zlib';\nimport React from 'react';";
    expect(violationsOf('data/loadDigits.ts', text)).toEqual(['3 import "node:zlib"', '4 import "react"']);
    expect(violationsOf('data/loadDigitsFromFile.ts', text)).toEqual(['4 import "react"']);
  });

  it('formatViolations names the file, line, import and rule', () => {
    const violations = checkArchitecture([{ path: 'engine/bad.ts', text: "import React from 'react';" }]);
    expect(formatViolations(violations)).toBe(`src/engine/bad.ts:1 import "react": breaks "${layerRules[0].rule}"`);
  });
});
