// The reader's image kept in (a map-backed) localStorage, one key per figure: round trip, figures
// apart, the old shared key removed, damaged records removed, full or missing storage reported as
// values, never thrown.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import {
  forgetUserImage,
  loadUserImage,
  saveUserImage,
  userImageKey,
  type UserImageStorage,
} from '../../../src/widgets/image-filter/userImageStore.ts';

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

const FIGURE = 'image-filters:image-filter:kernel=sobel-x';
const OTHER = 'image-filters:image-filter:kernel=box-blur';
const KEY = userImageKey(FIGURE);

describe('userImageStore', () => {
  let storage: MapStorage;
  beforeEach(() => {
    storage = new MapStorage();
  });

  it('save 512x384 "photo.jpg" then load -> the same values, size and name', () => {
    const original = image(512, 384);
    expect(saveUserImage(FIGURE, original, 'photo.jpg', storage)).toEqual({ ok: true });
    const loaded = loadUserImage(FIGURE, storage);
    expect(loaded?.name).toBe('photo.jpg');
    expect([loaded?.image.width, loaded?.image.height]).toEqual([512, 384]);
    expect(loaded?.image.pixels).toEqual(original.pixels);
  });

  it('figure "embed:image-filter" -> stored under receptive.userImage.v1:embed:image-filter as JSON with base64 pixels', () => {
    saveUserImage('embed:image-filter', image(2, 1), 'a.png', storage);
    expect([...storage.items.keys()]).toEqual(['receptive.userImage.v1:embed:image-filter']);
    expect(JSON.parse(storage.items.get('receptive.userImage.v1:embed:image-filter') ?? '')).toEqual({ name: 'a.png', width: 2, height: 1, pixels: btoa('\u0000\u0025') });
  });

  it('two figures keep two images; forgetting one (back to the sample) leaves the other', () => {
    saveUserImage(FIGURE, image(2, 2), 'one.png', storage);
    saveUserImage(OTHER, image(3, 1), 'two.png', storage);
    expect(loadUserImage(FIGURE, storage)?.name).toBe('one.png');
    expect(loadUserImage(OTHER, storage)?.name).toBe('two.png');
    forgetUserImage(FIGURE, storage);
    expect(loadUserImage(FIGURE, storage)).toBeUndefined();
    expect(loadUserImage(OTHER, storage)?.name).toBe('two.png');
  });

  it('a 512x512 image -> a record of about 350 KB (349,528 base64 characters)', () => {
    saveUserImage(FIGURE, image(512, 512), 'big.png', storage);
    const record = JSON.parse(storage.items.get(KEY) ?? '') as { pixels: string };
    expect(record.pixels).toHaveLength(349_528);
  });

  it('values -3.2 and 300.7 are stored clamped and rounded: 0 and 255', () => {
    saveUserImage(FIGURE, { width: 2, height: 1, pixels: new Float32Array([-3.2, 300.7]) }, 'x', storage);
    expect(Array.from(loadUserImage(FIGURE, storage)?.image.pixels ?? [])).toEqual([0, 255]);
  });

  it('nothing stored -> undefined', () => {
    expect(loadUserImage(FIGURE, storage)).toBeUndefined();
  });

  it('forgetUserImage -> the next load is undefined', () => {
    saveUserImage(FIGURE, image(3, 3), 'x', storage);
    forgetUserImage(FIGURE, storage);
    expect(loadUserImage(FIGURE, storage)).toBeUndefined();
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
    storage.items.set(KEY, text);
    expect(loadUserImage(FIGURE, storage)).toBeUndefined();
    expect(storage.items.has(KEY)).toBe(false);
  });

  it('storage full -> { ok: false, problem: quota }, the figure\'s older image removed, another figure\'s kept', () => {
    const full = new FullStorage();
    full.items.set(KEY, 'older');
    full.items.set(userImageKey(OTHER), 'other');
    expect(saveUserImage(FIGURE, image(4, 4), 'big.png', full)).toEqual({ ok: false, problem: 'quota' });
    expect(full.items.has(KEY)).toBe(false);
    expect(full.items.get(userImageKey(OTHER))).toBe('other');
  });

  it('storage blocked (every call throws) -> save reports unavailable, load undefined, forget silent', () => {
    const blocked = new BlockedStorage();
    expect(saveUserImage(FIGURE, image(2, 2), 'x', blocked)).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadUserImage(FIGURE, blocked)).toBeUndefined();
    expect(() => forgetUserImage(FIGURE, blocked)).not.toThrow();
  });

  it('no storage at all (undefined) -> save unavailable, load undefined', () => {
    expect(saveUserImage(FIGURE, image(2, 2), 'x', undefined)).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadUserImage(FIGURE, undefined)).toBeUndefined();
  });
});
