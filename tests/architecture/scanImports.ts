// Reads a source file's imports (static, type-only, re-exports, dynamic import(), new URL(...,
// import.meta.url), import.meta.glob) and its uses of browser globals, with the TypeScript parser.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';

/** A file of src/: its path relative to src/ with forward slashes (e.g. 'engine/tensor.ts') and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** How a file refers to another module. */
export type ImportKind = 'import' | 'export from' | 'dynamic import' | 'new URL' | 'import.meta.glob';

/** What an import points at: a file of src/, a package, a Node built-in, a path outside src/, or unknown. */
export type ImportTarget =
  | { kind: 'src'; path: string }
  | { kind: 'package'; name: string }
  | { kind: 'node'; name: string }
  | { kind: 'outside'; path: string }
  | { kind: 'unresolved' };

/** One reference from `file` (line `line`) to `specifier`; `typeOnly` for `import type` / `export type`. */
export interface ImportRef {
  file: string;
  line: number;
  specifier: string;
  kind: ImportKind;
  typeOnly: boolean;
  target: ImportTarget;
}

/** One use of a global (e.g. 'window', 'Math.random') that the file does not declare itself. */
export interface GlobalUse {
  file: string;
  line: number;
  name: string;
}

const nodeBuiltins = new Set(builtinModules);

/** Where `specifier`, written in src file `fromFile`, points. Vite's '/src/...' means the project root. */
export function resolveTarget(fromFile: string, specifier: string): ImportTarget {
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare.startsWith('.') || bare.startsWith('/')) {
    const fromRoot = bare.startsWith('/')
      ? posix.normalize(bare.slice(1))
      : posix.normalize(posix.join('src', posix.dirname(fromFile), bare));
    return fromRoot.startsWith('src/') ? { kind: 'src', path: fromRoot.slice(4) } : { kind: 'outside', path: fromRoot };
  }
  if (bare.startsWith('node:') || nodeBuiltins.has(bare.split('/')[0])) return { kind: 'node', name: bare };
  const parts = bare.split('/');
  return { kind: 'package', name: bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

function parse(file: SourceFile): ts.SourceFile {
  const scriptKind = /\.[jt]sx$/.test(file.path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, scriptKind);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function stringValue(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

function isImportMeta(node: ts.Node): boolean {
  return ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword;
}

/** The directory part of a glob pattern before its first wildcard, e.g. '../content/' for '../content/*.mdx'. */
function globBase(pattern: string): string {
  const wildcard = pattern.search(/[*?{[]/);
  const head = wildcard < 0 ? pattern : pattern.slice(0, wildcard);
  return head.slice(0, head.lastIndexOf('/') + 1) || './';
}

/** Every module reference in a file, in source order. Comments and strings are never mistaken for imports. */
export function scanImports(file: SourceFile): ImportRef[] {
  const source = parse(file);
  const refs: ImportRef[] = [];
  const add = (node: ts.Node, specifier: string | undefined, kind: ImportKind, typeOnly = false) => {
    refs.push({
      file: file.path,
      line: lineOf(source, node),
      specifier: specifier ?? '<computed>',
      kind,
      typeOnly,
      target: specifier === undefined ? { kind: 'unresolved' } : resolveTarget(file.path, specifier),
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node, stringValue(node.moduleSpecifier), 'import', node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node, stringValue(node.moduleSpecifier), 'export from', node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, stringValue(node.moduleReference.expression), 'import', node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, stringValue(node.arguments[0]), 'dynamic import');
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.length === 2 &&
      ts.isPropertyAccessExpression(node.arguments[1]) &&
      isImportMeta(node.arguments[1].expression) &&
      node.arguments[1].name.text === 'url'
    ) {
      add(node, stringValue(node.arguments[0]), 'new URL');
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      isImportMeta(node.expression.expression) &&
      node.expression.name.text.startsWith('glob')
    ) {
      const arg = node.arguments[0];
      const patterns = arg && ts.isArrayLiteralExpression(arg) ? [...arg.elements] : [arg];
      for (const pattern of patterns) {
        const text = stringValue(pattern);
        if (text?.startsWith('!')) continue;
        add(node, text === undefined ? undefined : globBase(text), 'import.meta.glob');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** Names the file declares itself (variables, parameters, functions, classes, imports). */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    const declares =
      ts.isVariableDeclaration(node) ||
      ts.isParameter(node) ||
      ts.isBindingElement(node) ||
      ts.isFunctionDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isImportClause(node) ||
      ts.isImportSpecifier(node) ||
      ts.isNamespaceImport(node);
    if (declares && name && ts.isIdentifier(name)) names.add(name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** True when `node` is an identifier used as a value or type reference, not a property or member name. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isEnumMember(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  return true;
}

/**
 * Uses of the given globals in a file: identifiers such as 'window' or 'console', and member names
 * such as 'Math.random'. A name the file declares itself (a local `window` variable) is not a global,
 * and comments and strings never count.
 */
export function scanGlobals(file: SourceFile, globals: readonly string[]): GlobalUse[] {
  const source = parse(file);
  const local = declaredNames(source);
  const plain = new Set(globals.filter((g) => !g.includes('.')));
  const members = new Set(globals.filter((g) => g.includes('.')));
  const uses: GlobalUse[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && plain.has(node.text) && !local.has(node.text) && isReference(node)) {
      uses.push({ file: file.path, line: lineOf(source, node), name: node.text });
    } else if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      !local.has(node.expression.text)
    ) {
      const member = ts.isPropertyAccessExpression(node) ? node.name.text : stringValue(node.argumentExpression);
      const name = `${node.expression.text}.${member}`;
      if (members.has(name)) uses.push({ file: file.path, line: lineOf(source, node), name });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}
