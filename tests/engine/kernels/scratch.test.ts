// Tests of the scratch buffers: reuse per slot, growth, separate slots.
import { describe, expect, it } from 'vitest';
import { FloatSlot, scratch } from '../../../src/engine/kernels/scratch.ts';

describe('scratch', () => {
  it('scratch(slot, 10) then scratch(slot, 5) returns the same buffer of at least 10 floats', () => {
    const first = scratch(FloatSlot.tile, 10);
    expect(first.length).toBeGreaterThanOrEqual(10);
    expect(scratch(FloatSlot.tile, 5)).toBe(first);
  });

  it('scratch grows a slot when asked for more than it holds', () => {
    const small = scratch(FloatSlot.packedB, 4);
    const large = scratch(FloatSlot.packedB, small.length + 100);
    expect(large.length).toBeGreaterThanOrEqual(small.length + 100);
    expect(scratch(FloatSlot.packedB, 4)).toBe(large);
  });

  it('the slots are distinct buffers', () => {
    const buffers = Object.values(FloatSlot).map((slot) => scratch(slot, 8));
    expect(new Set(buffers).size).toBe(buffers.length);
  });
});
