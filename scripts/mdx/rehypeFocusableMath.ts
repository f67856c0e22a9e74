// Build-time rehype plugin: every display formula (KaTeX's `.katex-display`) can take keyboard focus,
// because a long formula scrolls sideways on a narrow screen and a scrolling region must be
// reachable without a mouse. Runs after rehype-katex.
import type { Element, Root, RootContent } from 'hast';

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

function visit(node: Root | RootContent): void {
  if (node.type === 'element' && hasClass(node, 'katex-display')) {
    node.properties.tabIndex = 0;
    return;
  }
  if ('children' in node) for (const child of node.children) visit(child);
}

/** Sets tabindex="0" on each `.katex-display` element of the tree. */
export default function rehypeFocusableMath() {
  return (tree: Root): void => visit(tree);
}
