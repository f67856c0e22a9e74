// Whether an element's content is wider than the element (it scrolls sideways), kept up to date by a
// ResizeObserver: what decides if a scroll box needs to be a tab stop.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * True while `ref`'s element overflows sideways (scrollWidth > clientWidth). Starts true, as on the
 * server (content may overflow on a phone before scripts run, and the first render must match the
 * prerendered HTML); measured after mount, on every render and whenever the element or one of its
 * child elements changes size. Stays true where there is no ResizeObserver (old browsers, jsdom);
 * while `watch` is false nothing is observed or measured.
 */
export function useHorizontalOverflow(ref: RefObject<HTMLElement | null>, watch = true): boolean {
  const [overflows, setOverflows] = useState(true);
  const observer = useRef<ResizeObserver | null>(null);
  /** The elements the observer watches: the element and its child elements at the last render. */
  const observed = useRef<Element[]>([]);

  const measure = useCallback(() => {
    const element = ref.current;
    if (element) setOverflows(element.scrollWidth > element.clientWidth);
  }, [ref]);

  useEffect(() => {
    if (!watch || typeof ResizeObserver === 'undefined') return undefined;
    const resizes = new ResizeObserver(measure);
    observer.current = resizes;
    return () => {
      resizes.disconnect();
      observer.current = null;
      observed.current = [];
    };
  }, [measure, watch]);

  // After every render: new child elements (a re-rendered table, a new formula) are watched, gone ones
  // no longer.
  useEffect(() => {
    const element = ref.current;
    const resizes = observer.current;
    if (!element || !resizes) return;
    const targets = [element, ...Array.from(element.children)];
    for (const gone of observed.current) if (!targets.includes(gone)) resizes.unobserve(gone);
    for (const target of targets) if (!observed.current.includes(target)) resizes.observe(target);
    observed.current = targets;
    measure();
  });

  return overflows;
}
