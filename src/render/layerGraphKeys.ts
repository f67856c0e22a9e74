// Keyboard moves within a row of a layer graph (a roving tabindex): which neuron an arrow, Home or
// End key goes to (sparse-vs-dense's neurons). Render layer: pure, no DOM, no store.

/**
 * The index the key `key` moves to from `index` in a row of `count` neurons: ArrowRight/ArrowDown
 * +1 and ArrowLeft/ArrowUp -1 (stopping at the ends), Home 0, End count - 1; null for any other key.
 */
export function rowKeyTarget(key: string, index: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
