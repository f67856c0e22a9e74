// A widget instance's params: a per-instance zustand store (one per mounted widget, so two copies
// of a widget on one page never share state), read with a React hook.
import { useEffect, useRef, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { ParamValue, ParamValues } from './paramTable.ts';

/** The state of one widget instance's params and the actions that change them. */
export interface WidgetParamsState {
  values: ParamValues;
  /** Sets one param. */
  setParam: (name: string, value: ParamValue) => void;
  /** Sets several params at once (a preset), as one change. */
  setParams: (values: ParamValues) => void;
}

/** A new store holding `initial`. */
export function createWidgetParamsStore(initial: ParamValues): StoreApi<WidgetParamsState> {
  return createStore<WidgetParamsState>()((set) => ({
    values: initial,
    setParam: (name, value) => set((state) => ({ values: { ...state.values, [name]: value } })),
    setParams: (values) => set((state) => ({ values: { ...state.values, ...values } })),
  }));
}

/**
 * The params of this widget instance, starting at `initial` (read once, on mount), and calling
 * `onChange` with the whole set after every change the reader makes.
 */
export function useWidgetParams(initial: ParamValues, onChange?: (values: ParamValues) => void): WidgetParamsState {
  const [store] = useState(() => createWidgetParamsStore(initial));
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.values !== previous.values) onChangeRef.current?.(state.values);
      }),
    [store],
  );
  return useStore(store);
}
