// The reader's image kept in (a map-backed) localStorage: round trip, damaged records removed,
// full or missing storage reported as values, never thrown.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import { forgetUserImage, loadUserImage, saveUserImage, USER_IMAGE_KEY, type UserImageStorage } from '../../../src/widgets/image-filter/userImageStore.ts';

class MapStorage implements UserImageStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

class FullStorage extends MapStorage {
  override setItem(): void {
    throw new DOMException('quota', 'QuotaExceededError');
  }
}

class BlockedStorage implements UserImageStorage {
  getItem(): string | null {
    throw new DOMException('blocked', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('blocked', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('blocked', 'SecurityError');
  }
}

function image(width: number, height: number): GrayImage {
  return { width, height, pixels: Float32Array.from({ length: width * height }, (_, i) => (i * 37) % 256) };
}

describe('userImageStore', () => {
  let storage: MapStorage;
  beforeEach(() => {
    storage = new MapStorage();
  });

  it('save 512x384 "photo.jpg" then load -> the same values, size and name', () => {
    const original = image(512, 384);
    expect(saveUserImage(original, 'photo.jpg', storage)).toEqual({ ok: true });
    const loaded = loadUserImage(storage);
    expect(loaded?.name).toBe('photo.jpg');
    expect([loaded?.image.width, loaded?.image.height]).toEqual([512, 384]);
    expect(loaded?.image.pixels).toEqual(original.pixels);
  });

  it('stored under receptive.userImage.v1 as JSON with base64 pixels', () => {
    saveUserImage(image(2, 1), 'a.png', storage);
    expect(JSON.parse(storage.items.get(USER_IMAGE_KEY) ?? '')).toEqual({ name: 'a.png', width: 2, height: 1, pixels: btoa('\u0000\u0025') });
  });

  it('values -3.2 and 300.7 are stored clamped and rounded: 0 and 255', () => {
    saveUserImage({ width: 2, height: 1, pixels: new Float32Array([-3.2, 300.7]) }, 'x', storage);
    expect(Array.from(loadUserImage(storage)?.image.pixels ?? [])).toEqual([0, 255]);
  });

  it('nothing stored -> undefined', () => {
    expect(loadUserImage(storage)).toBeUndefined();
  });

  it('forgetUserImage -> the next load is undefined', () => {
    saveUserImage(image(3, 3), 'x', storage);
    forgetUserImage(storage);
    expect(loadUserImage(storage)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a missing name', JSON.stringify({ width: 1, height: 1, pixels: btoa('a') })],
    ['width 0', JSON.stringify({ name: 'x', width: 0, height: 1, pixels: '' })],
    ['width 2.5', JSON.stringify({ name: 'x', width: 2.5, height: 1, pixels: btoa('ab') })],
    ['width 5000', JSON.stringify({ name: 'x', width: 5000, height: 1, pixels: btoa('a'.repeat(5000)) })],
    ['3 bytes for 2x2', JSON.stringify({ name: 'x', width: 2, height: 2, pixels: btoa('abc') })],
    ['invalid base64', JSON.stringify({ name: 'x', width: 1, height: 1, pixels: '***' })],
  ])('a record with %s -> undefined and removed', (_, text) => {
    storage.items.set(USER_IMAGE_KEY, text);
    expect(loadUserImage(storage)).toBeUndefined();
    expect(storage.items.has(USER_IMAGE_KEY)).toBe(false);
  });

  it('storage full -> { ok: false, problem: quota } and the older image removed', () => {
    const full = new FullStorage();
    full.items.set(USER_IMAGE_KEY, 'older');
    expect(saveUserImage(image(4, 4), 'big.png', full)).toEqual({ ok: false, problem: 'quota' });
    expect(full.items.has(USER_IMAGE_KEY)).toBe(false);
  });

  it('storage blocked (every call throws) -> save reports unavailable, load undefined, forget silent', () => {
    const blocked = new BlockedStorage();
    expect(saveUserImage(image(2, 2), 'x', blocked)).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadUserImage(blocked)).toBeUndefined();
    expect(() => forgetUserImage(blocked)).not.toThrow();
  });

  it('no storage at all (undefined) -> save unavailable, load undefined', () => {
    expect(saveUserImage(image(2, 2), 'x', undefined)).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadUserImage(undefined)).toBeUndefined();
  });
});
