// Keeps the reader's own image of one figure across reloads in localStorage (never sent anywhere): the
// gray values as base64 bytes with width, height and name, under a versioned key per figure. Checked
// on load; never throws.
import type { GrayImage } from './grayImage.ts';

/** The start of every figure's localStorage key; a new record shape gets a new version. */
export const USER_IMAGE_KEY_PREFIX = 'receptive.userImage.v1:';

/**
 * The localStorage key of the figure named `instanceKey` (WidgetProps.instanceKey, stable on its page):
 * 'receptive.userImage.v1:' + instanceKey, e.g. 'receptive.userImage.v1:embed:image-filter'.
 */
export function userImageKey(instanceKey: string): string {
  return USER_IMAGE_KEY_PREFIX + instanceKey;
}

/** Records larger than this on a side are not accepted back (the widget keeps at most 512). */
const MAX_STORED_SIDE = 4096;

/** Why an image could not be kept: storage full, or no storage at all (disabled, private mode). */
export type UserImageSaveProblem = 'quota' | 'unavailable';

/** What saveUserImage reports. */
export type UserImageSaveResult = { ok: true } | { ok: false; problem: UserImageSaveProblem };

/** The part of the Web Storage API the store uses (tests pass a map-backed one). */
export type UserImageStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface StoredRecord {
  name: string;
  width: number;
  height: number;
  /** base64 of width × height bytes, each a gray value 0..255. */
  pixels: string;
}

function defaultStorage(): UserImageStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // reading localStorage itself throws when the browser blocks storage
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

function bytesToBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  return btoa(chunks.join(''));
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function isSide(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_STORED_SIDE;
}

/** The record as a GrayImage and name, or undefined when its shape or pixels are wrong. */
function parseRecord(text: string): { image: GrayImage; name: string } | undefined {
  let record: Partial<StoredRecord>;
  try {
    record = JSON.parse(text) as Partial<StoredRecord>;
  } catch {
    return undefined;
  }
  if (typeof record !== 'object' || record === null) return undefined;
  const { name, width, height, pixels } = record;
  if (typeof name !== 'string' || !isSide(width) || !isSide(height) || typeof pixels !== 'string') return undefined;
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(pixels);
  } catch {
    return undefined;
  }
  if (bytes.length !== width * height) return undefined;
  return { image: { width, height, pixels: Float32Array.from(bytes) }, name };
}

/**
 * Stores `image` (values rounded and clamped to 0..255) and `name` for the figure `instanceKey`,
 * replacing its earlier image (other figures' images stay). Returns `{ ok: false, problem }` when the
 * storage is full ('quota') or missing ('unavailable'); then the figure's earlier image is removed
 * too, so a reload does not bring back an older one. One 512 x 512 image takes about 350 KB.
 */
export function saveUserImage(
  instanceKey: string,
  image: GrayImage,
  name: string,
  storage: UserImageStorage | undefined = defaultStorage(),
): UserImageSaveResult {
  if (!storage) return { ok: false, problem: 'unavailable' };
  const bytes = new Uint8Array(image.pixels.length);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.min(255, Math.max(0, Math.round(image.pixels[i])));
  const record: StoredRecord = { name, width: image.width, height: image.height, pixels: bytesToBase64(bytes) };
  try {
    storage.setItem(userImageKey(instanceKey), JSON.stringify(record));
    return { ok: true };
  } catch (error) {
    try {
      storage.removeItem(userImageKey(instanceKey));
    } catch {
      // Nothing more can be done when even removing fails.
    }
    return { ok: false, problem: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/**
 * The image stored for the figure `instanceKey` and its name, or undefined when there is none,
 * storage is unavailable, or the record is damaged (bad JSON, wrong fields, pixel count not
 * width × height): a damaged record is removed.
 */
export function loadUserImage(instanceKey: string, storage: UserImageStorage | undefined = defaultStorage()): { image: GrayImage; name: string } | undefined {
  if (!storage) return undefined;
  let text: string | null;
  try {
    text = storage.getItem(userImageKey(instanceKey));
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  const parsed = parseRecord(text);
  if (!parsed) forgetUserImage(instanceKey, storage);
  return parsed;
}

/** Removes the image stored for the figure `instanceKey` (back to the sample photo); silent when storage is unavailable. */
export function forgetUserImage(instanceKey: string, storage: UserImageStorage | undefined = defaultStorage()): void {
  if (storage) removeKey(storage, userImageKey(instanceKey));
}

function removeKey(storage: UserImageStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Storage that refuses removal has nothing of ours to remove.
  }
}
