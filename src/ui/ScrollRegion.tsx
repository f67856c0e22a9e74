// A box that scrolls sideways when its content (a wide table, a long formula) is wider than a phone's
// screen: named, and focusable while its content overflows (only then), so keyboard and screen-reader
// users can reach and scroll it.
import { useRef, type ReactNode } from 'react';
import { useHorizontalOverflow } from './useHorizontalOverflow.ts';

/** Props: the id of the element that names the region (or `label`), an extra class, the content. */
export interface ScrollRegionProps {
  labelledBy?: string;
  /** The region's name as text (aria-label), used in place of `labelledBy` when given. */
  label?: string;
  className?: string;
  children: ReactNode;
}

/**
 * `<div class="table-scroll" tabindex="0" role="region" aria-labelledby>`: overflow-x auto (kit.css).
 * tabindex="0" on the server and at first render; after mount only while the content overflows.
 */
export function ScrollRegion({ labelledBy, label, className, children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useHorizontalOverflow(ref);
  return (
    <div ref={ref} className={className ? `table-scroll ${className}` : 'table-scroll'} tabIndex={overflows ? 0 : undefined} role="region" aria-labelledby={label === undefined ? labelledBy : undefined} aria-label={label}>
      {children}
    </div>
  );
}
