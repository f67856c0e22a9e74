// A box that scrolls sideways when its content (a wide table, a long formula) is wider than a phone's
// screen: focusable and named, so keyboard and screen-reader users can reach and scroll it.
import type { ReactNode } from 'react';

/** Props: the id of the element that names the region, an extra class, the content. */
export interface ScrollRegionProps {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}

/** `<div class="table-scroll" tabindex="0" role="region" aria-labelledby>`: overflow-x auto (kit.css). */
export function ScrollRegion({ labelledBy, className, children }: ScrollRegionProps) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
