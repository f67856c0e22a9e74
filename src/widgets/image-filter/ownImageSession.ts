// The reader's own image of each figure for the life of the page: read once from browser storage
// (userImageStore), then held in memory, so an image too large to store still stays for the session
// (a figure that mounts again shows it). A small external store for useSyncExternalStore.
import type { GrayImage } from './grayImage.ts';
import { loadUserImage } from './userImageStore.ts';

/** The reader's own image, its file name and the notes shown with it (downscaled, not kept). */
export interface OwnImage {
  image: GrayImage;
  name: string;
  notes: string[];
}

/** instanceKey -> the figure's own image; null once storage was read and held none (or it was dropped). */
const session = new Map<string, OwnImage | null>();
const listeners = new Set<() => void>();

/** Calls `listener` whenever a figure's own image changes; returns the unsubscribe. */
export function subscribeOwnImages(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The own image of the figure `instanceKey`, read synchronously: from memory, or the first time from
 * browser storage (restored without notes). The same object until it changes (a stable snapshot).
 */
export function readOwnImage(instanceKey: string): OwnImage | undefined {
  let own = session.get(instanceKey);
  if (own === undefined) {
    const kept = loadUserImage(instanceKey);
    own = kept ? { ...kept, notes: [] } : null;
    session.set(instanceKey, own);
  }
  return own ?? undefined;
}

/** Sets (or, with undefined, clears) the figure's own image for this session; storage is the caller's. */
export function rememberOwnImage(instanceKey: string, own: OwnImage | undefined): void {
  session.set(instanceKey, own ?? null);
  for (const listener of listeners) listener();
}
