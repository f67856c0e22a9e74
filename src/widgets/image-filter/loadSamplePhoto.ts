// Fetches a sample photo from the site and decodes it into a GrayImage (browser only: fetch,
// createImageBitmap, canvas). Decoded photos are kept, so going back to a photo is instant.
import type { GrayImage } from './grayImage.ts';
import { decodeImage } from './decodeImage.ts';
import type { SamplePhoto } from './samplePhotos.ts';

const decoded = new Map<string, GrayImage>();

function abortError(): DOMException {
  return new DOMException('loadSamplePhoto: aborted', 'AbortError');
}

/**
 * The photo at `photo.url` as a GrayImage of `photo.width × photo.height` values 0..255.
 * Rejects with an Error naming the URL when the download or decode fails, and with a DOMException
 * named 'AbortError' when `signal` aborts first. A photo loaded once is returned from memory.
 */
export async function loadSamplePhoto(photo: SamplePhoto, signal?: AbortSignal): Promise<GrayImage> {
  const kept = decoded.get(photo.url);
  if (kept) return kept;
  if (signal?.aborted) throw abortError();
  let response: Response;
  try {
    response = await fetch(photo.url, { signal });
  } catch (error) {
    if (signal?.aborted) throw abortError();
    throw new Error(`loadSamplePhoto: could not download ${photo.url} (${String(error)})`, { cause: error });
  }
  if (!response.ok) throw new Error(`loadSamplePhoto: the server answered ${response.status} for ${photo.url}`);
  const blob = await response.blob();
  if (signal?.aborted) throw abortError();
  let image: GrayImage;
  try {
    ({ image } = await decodeImage(blob, { maxSide: Math.max(photo.width, photo.height) }));
  } catch (error) {
    throw new Error(`loadSamplePhoto: could not decode ${photo.url} (${String(error)})`, { cause: error });
  }
  if (signal?.aborted) throw abortError();
  decoded.set(photo.url, image);
  return image;
}
