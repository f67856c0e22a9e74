// The reader's own image per figure for the page session: read once from storage (mocked here), then
// held in memory per figure, stable between reads, listeners told of changes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import { readOwnImage, rememberOwnImage, subscribeOwnImages } from '../../../src/widgets/image-filter/ownImageSession.ts';

const loadUserImage = vi.hoisted(() => vi.fn<(instanceKey: string) => { image: GrayImage; name: string } | undefined>());
vi.mock('../../../src/widgets/image-filter/userImageStore.ts', () => ({ loadUserImage }));

const flat = (value: number): GrayImage => ({ width: 2, height: 1, pixels: new Float32Array(2).fill(value) });

describe('ownImageSession', () => {
  beforeEach(() => {
    loadUserImage.mockReset();
  });

  it('figure "a" with "kept.png" in storage -> read once, restored without notes, the same object on every read', () => {
    loadUserImage.mockReturnValue({ image: flat(7), name: 'kept.png' });
    const first = readOwnImage('a');
    expect(first).toMatchObject({ name: 'kept.png', notes: [] });
    expect(readOwnImage('a')).toBe(first);
    expect(loadUserImage).toHaveBeenCalledTimes(1);
    expect(loadUserImage).toHaveBeenCalledWith('a');
  });

  it('figure "b" with nothing stored -> undefined, and storage is not read again', () => {
    expect(readOwnImage('b')).toBeUndefined();
    expect(readOwnImage('b')).toBeUndefined();
    expect(loadUserImage).toHaveBeenCalledTimes(1);
  });

  it('remember an image too large to store on figure "c" -> read back with its note; figure "d" unaffected; cleared -> undefined', () => {
    const own = { image: flat(9), name: 'big.png', notes: ['not kept'] };
    rememberOwnImage('c', own);
    expect(readOwnImage('c')).toBe(own);
    expect(readOwnImage('d')).toBeUndefined();
    rememberOwnImage('c', undefined);
    expect(readOwnImage('c')).toBeUndefined();
    expect(loadUserImage).toHaveBeenCalledTimes(1);
  });

  it('listeners hear every change until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeOwnImages(listener);
    rememberOwnImage('e', { image: flat(1), name: 'e.png', notes: [] });
    rememberOwnImage('e', undefined);
    unsubscribe();
    rememberOwnImage('e', { image: flat(2), name: 'e2.png', notes: [] });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
