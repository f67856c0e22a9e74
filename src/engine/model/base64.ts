// Base64 of float32 numbers as little-endian bytes, for the compact weights format.
// Imports nothing outside src/engine (and no DOM btoa/atob).
import { EngineError } from '../engineError.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Encodes float32 values as base64 of their 4-byte little-endian representations (RFC 4648, with '=' padding). */
export function encodeFloat32Base64(values: Float32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const triple = (b0 << 16) | (b1 << 8) | b2;
    parts.push(
      ALPHABET[(triple >> 18) & 63] +
        ALPHABET[(triple >> 12) & 63] +
        (i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63] : '=') +
        (i + 2 < bytes.length ? ALPHABET[triple & 63] : '='),
    );
  }
  return parts.join('');
}

/** Decodes `encodeFloat32Base64`; `op` and `name` label the EngineError for text that is not such base64. */
export function decodeFloat32Base64(text: string, op: string, name: string): Float32Array {
  const body = text.replace(/=+$/, '');
  const byteCount = Math.floor((body.length * 6) / 8);
  if (byteCount % 4 !== 0 || body.length % 4 === 1) {
    throw new EngineError(`${op}: ${name} holds ${text.length} base64 characters, which is not a whole number of float32 values`);
  }
  const bytes = new Uint8Array(byteCount);
  let bits = 0;
  let buffered = 0;
  let out = 0;
  for (const char of body) {
    const code = CODES.get(char);
    if (code === undefined) {
      throw new EngineError(`${op}: ${name} has the character ${JSON.stringify(char)}, which is not base64`);
    }
    buffered = ((buffered << 6) | code) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffered >> bits) & 255;
    }
  }
  const view = new DataView(bytes.buffer);
  const values = new Float32Array(byteCount / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  return values;
}
