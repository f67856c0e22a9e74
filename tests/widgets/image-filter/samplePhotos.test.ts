// The shipped sample photos: ids, files in public/samples, their PNG headers against the sizes the
// table states, texts in both languages and the credits derived from them.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../src/widgets/image-filter/imageHeader.ts';
import { findSamplePhoto, SAMPLE_PHOTO_IDS, samplePhotoCredits, samplePhotos } from '../../../src/widgets/image-filter/samplePhotos.ts';

const file = (id: string) => new URL(`../../../public/samples/${id}.png`, import.meta.url);

describe('samplePhotos', () => {
  it('lists the ids camera, astronaut, coffee, chelsea, brick in that order', () => {
    expect(samplePhotos.map((photo) => photo.id)).toEqual([...SAMPLE_PHOTO_IDS]);
    expect(SAMPLE_PHOTO_IDS).toEqual(['camera', 'astronaut', 'coffee', 'chelsea', 'brick']);
  });

  it.each(SAMPLE_PHOTO_IDS.map((id) => [id]))('%s: url /samples/<id>.png, an 8-bit grayscale PNG of the stated size, longest side <= 512', (id) => {
    const photo = findSamplePhoto(id);
    expect(photo?.url).toBe(`/samples/${id}.png`);
    const bytes = new Uint8Array(readFileSync(file(id)));
    expect(readImageHeader(bytes)).toEqual({ format: 'png', size: { width: photo?.width, height: photo?.height } });
    // IHDR bit depth (byte 24) and colour type (byte 25: 0 = grayscale).
    expect([bytes[24], bytes[25]]).toEqual([8, 0]);
    expect(Math.max(photo?.width ?? 0, photo?.height ?? 0)).toBeLessThanOrEqual(512);
  });

  it('camera, astronaut and brick are 512x512; coffee 512x341; chelsea 451x300', () => {
    expect(samplePhotos.map((photo) => `${photo.id} ${photo.width}x${photo.height}`)).toEqual([
      'camera 512x512',
      'astronaut 512x512',
      'coffee 512x341',
      'chelsea 451x300',
      'brick 512x512',
    ]);
  });

  it('the five files together stay under 700 kB', () => {
    const total = SAMPLE_PHOTO_IDS.reduce((sum, id) => sum + statSync(file(id)).size, 0);
    expect(total).toBeLessThan(700 * 1024);
  });

  it.each(SAMPLE_PHOTO_IDS.map((id) => [id]))('%s: title, alt, author, licence and changes in en and zh; https links', (id) => {
    const photo = findSamplePhoto(id);
    for (const text of [photo?.title, photo?.alt, photo?.credit.author, photo?.credit.licence, photo?.credit.changes]) {
      expect(text?.en.length).toBeGreaterThan(0);
      expect(text?.zh.length).toBeGreaterThan(0);
    }
    expect(photo?.alt.zh).not.toBe(photo?.alt.en);
    expect(photo?.credit.sourceUrl).toMatch(/^https:\/\//);
    expect(photo?.credit.licenceUrl).toMatch(/^https:\/\//);
  });

  it('coffee says it was converted to grayscale and scaled down from 600×400 to 512×341', () => {
    expect(findSamplePhoto('coffee')?.credit.changes.en).toBe(
      'Converted to grayscale (ITU-R BT.601 weights 0.299, 0.587, 0.114), then scaled down from 600×400 to 512×341 px; saved as PNG.',
    );
    expect(findSamplePhoto('camera')?.credit.changes.en).toBe('Unchanged (8-bit grayscale PNG).');
  });

  it('findSamplePhoto("dog") -> undefined', () => {
    expect(findSamplePhoto('dog')).toBeUndefined();
  });

  it('samplePhotoCredits: one credit per photo with its id, url, size and licence', () => {
    expect(samplePhotoCredits.map((credit) => credit.id)).toEqual([...SAMPLE_PHOTO_IDS]);
    expect(samplePhotoCredits[0]).toMatchObject({ url: '/samples/camera.png', width: 512, height: 512, licence: { en: 'CC0 1.0 (public domain dedication)' } });
  });
});
