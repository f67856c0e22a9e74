// Builds the MDX ESM node `export const name = <JSON value>` for build-time plugins, as the estree
// the MDX compiler reads (no source text to parse).
import type { Expression, Program, Property } from 'estree';
import type { MdxjsEsm } from 'mdast-util-mdx';

/** A value that can be written as a JavaScript literal: JSON without null. */
export type LiteralValue = string | number | boolean | readonly LiteralValue[] | { readonly [key: string]: LiteralValue };

/** The estree expression of `value`: a literal, an array or an object with string keys. */
export function literalExpression(value: LiteralValue): Expression {
  if (typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot export the number ${value}`);
    return { type: 'Literal', value };
  }
  if (Array.isArray(value)) {
    return { type: 'ArrayExpression', elements: (value as readonly LiteralValue[]).map(literalExpression) };
  }
  const properties: Property[] = Object.entries(value).map(([key, item]) => ({
    type: 'Property',
    kind: 'init',
    key: { type: 'Literal', value: key },
    value: literalExpression(item),
    computed: false,
    method: false,
    shorthand: false,
  }));
  return { type: 'ObjectExpression', properties };
}

/** An MDX ESM node exporting each entry of `constants` as `export const <name> = <value>`. */
export function exportConstants(constants: Readonly<Record<string, LiteralValue>>): MdxjsEsm {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: Object.entries(constants).map(([name, value]) => ({
      type: 'ExportNamedDeclaration',
      specifiers: [],
      source: null,
      attributes: [],
      declaration: {
        type: 'VariableDeclaration',
        kind: 'const',
        declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init: literalExpression(value) }],
      },
    })),
  };
  return { type: 'mdxjsEsm', value: '', data: { estree } };
}
