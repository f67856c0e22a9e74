// useWidgetParams: per-instance params store; changes reach onChange; two instances never share.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createWidgetParamsStore, useWidgetParams } from '../../src/state/useWidgetParams.ts';

describe('useWidgetParams', () => {
  it('setParam size=5 -> values updated and onChange called with the whole set', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useWidgetParams({ size: 3, mode: 'a' }, onChange));
    act(() => result.current.setParam('size', 5));
    expect(result.current.values).toEqual({ size: 5, mode: 'a' });
    expect(onChange).toHaveBeenCalledWith({ size: 5, mode: 'a' });
  });

  it('setParams (a preset) changes several params in one change', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useWidgetParams({ size: 3, mode: 'a' }, onChange));
    act(() => result.current.setParams({ size: 1, mode: 'b' }));
    expect(result.current.values).toEqual({ size: 1, mode: 'b' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('a new initial value after mount is ignored (the store starts once)', () => {
    const { result, rerender } = renderHook(({ initial }) => useWidgetParams(initial), { initialProps: { initial: { size: 3 } } });
    rerender({ initial: { size: 9 } });
    expect(result.current.values).toEqual({ size: 3 });
  });

  it('two stores are independent', () => {
    const a = createWidgetParamsStore({ size: 1 });
    const b = createWidgetParamsStore({ size: 1 });
    a.getState().setParam('size', 2);
    expect(b.getState().values.size).toBe(1);
  });
});
