// Tests of useHorizontalOverflow: true at first and without a ResizeObserver; then scrollWidth >
// clientWidth, re-measured on resizes and renders; nothing watched when `watch` is false.
import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHorizontalOverflow } from '../../src/ui/useHorizontalOverflow.ts';
import { mockOverflow, observers, setWidths } from '../fixtures/mockOverflow.ts';

function Probe({ watch, items = 1 }: { watch?: boolean; items?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useHorizontalOverflow(ref, watch);
  return (
    <div ref={ref} data-testid="box" data-overflows={String(overflows)}>
      {Array.from({ length: items }, (_, i) => (
        <span key={i}>{i}</span>
      ))}
    </div>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useHorizontalOverflow', () => {
  it('no ResizeObserver -> true', () => {
    render(<Probe />);
    expect(screen.getByTestId('box')).toHaveAttribute('data-overflows', 'true');
  });

  it('watch false -> true, no observer', () => {
    mockOverflow();
    render(<Probe watch={false} />);
    expect(screen.getByTestId('box')).toHaveAttribute('data-overflows', 'true');
    expect(observers).toHaveLength(0);
  });

  it('0 by 0 at mount -> false; 500 in 300 -> true', () => {
    mockOverflow();
    render(<Probe />);
    const box = screen.getByTestId('box');
    expect(box).toHaveAttribute('data-overflows', 'false');
    setWidths(box, 500, 300);
    expect(box).toHaveAttribute('data-overflows', 'true');
  });

  it('1 child -> 3 children: the observer watches the box and all 3; back to 1 -> the 2 gone are unwatched', () => {
    mockOverflow();
    const { rerender } = render(<Probe items={1} />);
    const box = screen.getByTestId('box');
    rerender(<Probe items={3} />);
    expect([...observers[0].targets]).toHaveLength(4);
    rerender(<Probe items={1} />);
    expect([...observers[0].targets]).toEqual([box, box.firstElementChild]);
  });
});
