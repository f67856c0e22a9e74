// How image-filter reads its `kernel` and `size` params: a preset word at a size, or a list of 9 or 25
// numbers that sets its own size. Pure; shared by the reconcile rule, the model and the editor.
import type { ParamValue } from '../../state/paramTable.ts';
import { isPresetWord, matchPreset, presetKernel, type KernelSize, type PresetWord } from './kernelPresets.ts';

/** A kernel ready to apply: its size, its size*size values row by row, and the preset it equals (if any). */
export interface KernelSpec {
  size: KernelSize;
  values: readonly number[];
  preset: PresetWord | undefined;
}

/** The kernel used when the params hold nothing usable: Sobel x at 3x3 (it has negative outputs). */
export const DEFAULT_PRESET: PresetWord = 'sobel-x';

/** The size a list of `length` numbers describes: 9 -> 3, 25 -> 5, anything else undefined. */
export function sizeOfList(length: number): KernelSize | undefined {
  return length === 9 ? 3 : length === 25 ? 5 : undefined;
}

/** The `size` param as a kernel size: '5' or 5 -> 5, anything else 3. */
export function readSize(value: ParamValue | undefined): KernelSize {
  return value === '5' || value === 5 ? 5 : 3;
}

/**
 * The kernel of the params: a preset word at `size`; a list of 9 or 25 finite numbers at its own size;
 * anything else the default preset at `size`.
 */
export function readKernel(kernel: ParamValue | undefined, size: ParamValue | undefined): KernelSpec {
  const presetSize = readSize(size);
  if (typeof kernel === 'string' && isPresetWord(kernel)) return { size: presetSize, values: presetKernel(kernel, presetSize), preset: kernel };
  if (Array.isArray(kernel)) {
    const listSize = sizeOfList(kernel.length);
    const numbers: readonly number[] = kernel;
    if (listSize !== undefined && numbers.every((v) => Number.isFinite(v))) return { size: listSize, values: numbers, preset: matchPreset(numbers, listSize) };
  }
  return { size: presetSize, values: presetKernel(DEFAULT_PRESET, presetSize), preset: DEFAULT_PRESET };
}

/**
 * `values` (from x from) as a to x to kernel: growing pads zeros all around (the same filter, since
 * the new taps are 0); shrinking keeps the centre and drops the outer ring.
 */
export function resizeKernel(values: readonly number[], from: KernelSize, to: KernelSize): number[] {
  if (from === to) return [...values];
  const offset = Math.abs(to - from) / 2;
  const result: number[] = [];
  for (let row = 0; row < to; row++) {
    for (let column = 0; column < to; column++) {
      const r = from > to ? row + offset : row - offset;
      const c = from > to ? column + offset : column - offset;
      result.push(r >= 0 && r < from && c >= 0 && c < from ? values[r * from + c] : 0);
    }
  }
  return result;
}

/** The sum of a kernel's values (1: flat areas keep their brightness; 0: flat areas become 0). */
export function kernelSum(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}
