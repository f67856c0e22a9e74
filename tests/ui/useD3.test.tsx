// useD3: the renderer gets the svg after mount and again only when the geometry changes.
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useD3 } from '../../src/ui/useD3.ts';

function Figure({ geometry, draw }: { geometry: { n: number }; draw: (svg: SVGSVGElement, g: { n: number }) => void }) {
  const ref = useD3(draw, geometry);
  return <svg ref={ref} aria-label="figure" role="img" />;
}

describe('useD3', () => {
  it('renders once per geometry: same object -> no call, new object -> one call', () => {
    const draw = vi.fn();
    const first = { n: 1 };
    const { rerender, getByRole } = render(<Figure geometry={first} draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(draw.mock.calls[0][0]).toBe(getByRole('img'));
    rerender(<Figure geometry={first} draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(1);
    rerender(<Figure geometry={{ n: 2 }} draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(2);
    expect(draw.mock.calls[1][1]).toEqual({ n: 2 });
  });
});
