// Reusable scratch buffers for the convolution kernels, so hot loops do not allocate.
// Part of the engine: imports nothing outside src/engine. Not observable: every user overwrites what it reads.

const buffers: Float32Array[] = [];

/**
 * A Float32Array of at least `size` floats for the caller's `slot`, reused between calls.
 * Its contents are stale: the caller must write every element it later reads. Two live uses must
 * take different slots.
 */
export function scratch(slot: number, size: number): Float32Array {
  const existing = buffers[slot];
  if (existing !== undefined && existing.length >= size) return existing;
  const fresh = new Float32Array(size);
  buffers[slot] = fresh;
  return fresh;
}

/** Float scratch slots: one per buffer that is live at the same time inside one kernel call. */
export const FloatSlot = { packedA: 0, packedB: 1, tile: 2, image: 3 } as const;

