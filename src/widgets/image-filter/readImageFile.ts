// Reads the reader's own image file into a GrayImage, entirely in the page: checks the type and the
// header's pixel size before decoding, refuses files and images over the limits, downscales during the
// decode. Never throws: every outcome is a value (an image, or a problem the picker words).
import { canDecodeImages, decodeImage, TooManyPixelsError } from './decodeImage.ts';
import type { GrayImage } from './grayImage.ts';
import { HEADER_BYTES, readImageHeader, type ImageHeader } from './imageHeader.ts';
import { downscaledSize, type PixelSize } from './imagePixels.ts';

/** Files larger than this many bytes are refused before reading: 50 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Images with more pixels than this (width × height) are refused before decoding: 50 megapixels. */
export const MAX_PIXELS = 50_000_000;

/** Why a file could not be used; the picker turns each into a sentence (imageSourceText.ts). */
export type ImageFileProblem =
  | { kind: 'empty' }
  | { kind: 'file-too-large'; bytes: number; limitBytes: number }
  | { kind: 'not-an-image'; type: string }
  | { kind: 'too-many-pixels'; width: number; height: number; limitPixels: number }
  | { kind: 'broken'; format: string }
  | { kind: 'cannot-decode' };

/** What readImageFile gives: the gray image with its original size, or the problem. */
export type ImageFileResult =
  | { ok: true; image: GrayImage; name: string; original: PixelSize; downscaled: boolean }
  | { ok: false; name: string; problem: ImageFileProblem };

/** What to do with a file, decided from its size, declared type and header alone. */
export type ImageReadPlan = { problem: ImageFileProblem } | { decode: { knownSize?: PixelSize; target?: PixelSize } };

/**
 * The pure decision before any decoding: empty or over MAX_FILE_BYTES -> refused; no known image
 * header and a type that is not image/* -> not an image; a header size over MAX_PIXELS -> too many
 * pixels; otherwise decode, at `target` (longest side maxSide) when the header gave the size.
 */
export function planImageRead(file: { size: number; type: string }, header: ImageHeader | undefined, maxSide: number): ImageReadPlan {
  if (file.size === 0) return { problem: { kind: 'empty' } };
  if (file.size > MAX_FILE_BYTES) return { problem: { kind: 'file-too-large', bytes: file.size, limitBytes: MAX_FILE_BYTES } };
  if (!header && !file.type.startsWith('image/')) return { problem: { kind: 'not-an-image', type: file.type } };
  const size = header?.size;
  if (!size) return { decode: {} };
  if (size.width * size.height > MAX_PIXELS) {
    return { problem: { kind: 'too-many-pixels', width: size.width, height: size.height, limitPixels: MAX_PIXELS } };
  }
  return { decode: { knownSize: size, target: downscaledSize(size.width, size.height, maxSide) } };
}

async function readHead(file: Blob): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  } catch {
    return undefined;
  }
}

/**
 * The image in `file` as gray, longest side at most `maxSide` (512): `{ ok: true, image, name,
 * original, downscaled }`, or `{ ok: false, name, problem }` for an empty, too large, non-image,
 * too many pixels, damaged or undecodable file. Never throws; never decodes an image whose header
 * says it has more than MAX_PIXELS pixels, and loops in the page only over the downscaled pixels.
 */
export async function readImageFile(file: File, maxSide = 512): Promise<ImageFileResult> {
  const name = file.name;
  const refuse = (problem: ImageFileProblem): ImageFileResult => ({ ok: false, name, problem });
  const head = file.size > 0 && file.size <= MAX_FILE_BYTES ? await readHead(file) : new Uint8Array(0);
  if (!head) return refuse({ kind: 'broken', format: file.type || 'unknown' });
  const header = readImageHeader(head);
  const plan = planImageRead(file, header, maxSide);
  if ('problem' in plan) return refuse(plan.problem);
  if (!canDecodeImages()) return refuse({ kind: 'cannot-decode' });
  try {
    const { image, original } = await decodeImage(file, { maxSide, knownSize: plan.decode.knownSize, limitPixels: MAX_PIXELS });
    const downscaled = image.width !== original.width || image.height !== original.height;
    return { ok: true, image, name, original, downscaled };
  } catch (error) {
    if (error instanceof TooManyPixelsError) {
      return refuse({ kind: 'too-many-pixels', width: error.width, height: error.height, limitPixels: MAX_PIXELS });
    }
    return refuse(header ? { kind: 'broken', format: header.format } : { kind: 'not-an-image', type: file.type });
  }
}
