// The layer rules of DESIGN.md as a table, and the checker that applies them to src/ files.
// To add a rule, add a row to `layerRules`; matchers below describe what a row forbids.
import { scanGlobals, scanImports, type ImportRef, type SourceFile } from './scanImports.ts';

/** Something a layer may not import: `test` is true for a forbidden reference (it carries the importing file). */
export interface Matcher {
  test: (ref: ImportRef) => boolean;
}

/** One row: which src files it governs, the rule in words, what they may not import or use. */
export interface LayerRule {
  /** The governed files, as a pattern on the path relative to src/. */
  scope: RegExp;
  /** The rule as a reader should see it in a failure. */
  rule: string;
  forbid: Matcher[];
  /** Globals the governed files may not use, e.g. 'window', 'Math.random'. */
  bannedGlobals?: readonly string[];
}

/** One broken rule: where, what was found, and the rule it breaks. */
export interface Violation {
  file: string;
  line: number;
  found: string;
  rule: string;
}

/** True when src path `path` is `prefix` itself or inside it ('engine/' = the folder; 'workers/protocol' = that module). */
function within(path: string, prefix: string): boolean {
  if (prefix.endsWith('/')) return path.startsWith(prefix);
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}/`);
}

/** The src path an import points at, or undefined for packages, Node modules and paths outside src/. */
function srcPath(ref: ImportRef): string | undefined {
  return ref.target.kind === 'src' ? ref.target.path : undefined;
}

/** Forbids everything except src files inside the given prefixes (packages and Node modules included). */
export function anythingBut(...allowed: string[]): Matcher {
  return {
    test: (ref) => {
      const path = srcPath(ref);
      return path === undefined || !allowed.some((p) => within(path, p));
    },
  };
}

/** Forbids src files inside `prefix`, except those inside any of `except`. */
export function srcWithin(prefix: string, except: string[] = []): Matcher {
  return {
    test: (ref) => {
      const path = srcPath(ref);
      return path !== undefined && within(path, prefix) && !except.some((p) => within(path, p));
    },
  };
}

/** Forbids the named packages (and their subpaths); a trailing '*' matches a name prefix, e.g. 'd3-*'. */
export function packages(...names: string[]): Matcher {
  const matches = (name: string) => names.some((n) => (n.endsWith('*') ? name.startsWith(n.slice(0, -1)) : name === n));
  return { test: (ref) => ref.target.kind === 'package' && matches(ref.target.name) };
}

/** Forbids imports of `prefix` that load it at run time: only `import type` / `export type` are allowed. */
export function valueImportsOf(prefix: string): Matcher {
  return {
    test: (ref) => {
      const path = srcPath(ref);
      return path !== undefined && within(path, prefix) && !ref.typeOnly;
    },
  };
}

/** The one file of widgets/ outside the widget folders that everyone may read: the widget types. */
const widgetTypes = 'widgets/widgetDefinition';

/** Forbids, from widgets/<id>/, any other widget folder and the registry (which reaches every widget). */
export const otherWidgets: Matcher = {
  test: (ref) => {
    const path = srcPath(ref);
    if (path === undefined || !path.startsWith('widgets/') || within(path, widgetTypes)) return false;
    const own = ref.file.split('/')[1];
    const theirs = path.split('/');
    return theirs.length < 3 || theirs[1] !== own;
  },
};

/** Globals the engine must not touch: the DOM, the network, the console and unseeded randomness. */
export const engineBannedGlobals = [
  'document',
  'window',
  'globalThis',
  'self',
  'navigator',
  'localStorage',
  'sessionStorage',
  'console',
  'fetch',
  'XMLHttpRequest',
  'Math.random',
] as const;

const widgetsOnlyViaRegistry = [srcWithin('widgets/', ['widgets/registry', widgetTypes])];

/** The layer rules of DESIGN.md. */
export const layerRules: readonly LayerRule[] = [
  {
    scope: /^engine\//,
    rule: 'src/engine/ imports only src/engine/ (no packages, no node: modules) and uses no DOM, window, console, fetch or Math.random',
    forbid: [anythingBut('engine/')],
    bannedGlobals: engineBannedGlobals,
  },
  {
    scope: /^render\//,
    rule: 'src/render/ imports no store, React or zustand, and only `import type` from src/engine/',
    forbid: [
      srcWithin('state/'),
      srcWithin('widgets/'),
      srcWithin('ui/'),
      srcWithin('site/'),
      srcWithin('embed/'),
      srcWithin('workers/'),
      packages('react', 'react-dom', 'zustand'),
      valueImportsOf('engine/'),
    ],
  },
  {
    scope: /^widgets\/[^/]+\//,
    rule: 'a widget (src/widgets/<id>/) never imports another widget, the registry, src/site/ or src/embed/',
    forbid: [otherWidgets, srcWithin('site/'), srcWithin('embed/')],
  },
  {
    scope: /^site\//,
    rule: 'src/site/ reaches widgets only through src/widgets/registry',
    forbid: widgetsOnlyViaRegistry,
  },
  {
    scope: /^embed\//,
    rule: 'src/embed/ reaches widgets only through src/widgets/registry',
    forbid: widgetsOnlyViaRegistry,
  },
  {
    scope: /^workers\/.*\.worker\.tsx?$/,
    rule: 'a worker (src/workers/*.worker.ts) imports only src/engine/ and src/workers/protocol',
    forbid: [anythingBut('engine/', 'workers/protocol')],
  },
  {
    scope: /^training\//,
    rule: 'src/training/ (helpers shared by the training script and the browser trainer) imports only src/engine/ and itself',
    forbid: [anythingBut('engine/', 'training/')],
  },
  {
    scope: /^data\/loadDigitsFromFile\.ts$/,
    rule: 'src/data/loadDigitsFromFile.ts (Node only) imports only src/engine/, src/data/ and Node built-ins',
    forbid: [{ test: (ref) => ref.target.kind !== 'node' && anythingBut('engine/', 'data/').test(ref) }],
  },
  {
    scope: /^data\/(?!loadDigitsFromFile\.ts$)/,
    rule: 'src/data/ (the shipped digits, read in the browser and in workers) imports only src/engine/ and itself, no Node built-ins',
    forbid: [anythingBut('engine/', 'data/')],
  },
  {
    scope: /^state\//,
    rule: 'src/state/ imports no react-dom and no d3',
    forbid: [packages('react-dom', 'd3', 'd3-*')],
  },
];

function describeImport(ref: ImportRef): string {
  const what = ref.typeOnly ? `${ref.kind} type` : ref.kind;
  return `${what} "${ref.specifier}"`;
}

/** Every rule broken by `files` (paths relative to src/), in file order. An empty list means all is well. */
export function checkArchitecture(files: readonly SourceFile[], rules: readonly LayerRule[] = layerRules): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const governing = rules.filter((r) => r.scope.test(file.path));
    if (governing.length === 0) continue;
    const refs = scanImports(file);
    for (const rule of governing) {
      for (const ref of refs) {
        if (rule.forbid.some((m) => m.test(ref))) {
          violations.push({ file: file.path, line: ref.line, found: describeImport(ref), rule: rule.rule });
        }
      }
      for (const use of rule.bannedGlobals ? scanGlobals(file, rule.bannedGlobals) : []) {
        violations.push({ file: file.path, line: use.line, found: `uses ${use.name}`, rule: rule.rule });
      }
    }
  }
  return violations;
}

/** A readable list, one line per violation: `src/<file>:<line> <found>: breaks "<rule>"`. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `src/${v.file}:${v.line} ${v.found}: breaks "${v.rule}"`).join('\n');
}
