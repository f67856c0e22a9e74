// The image image-filter works on: the chosen sample photo (downloaded and decoded in an effect, so
// the prerendered HTML and the first client render match) or the reader's own image, which replaces
// the sample until a sample is picked again and is kept in this browser (userImageStore) across reloads.
import { useCallback, useEffect, useState } from 'react';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import type { GrayImage } from './grayImage.ts';
import { imageSourceText } from './imageSourceText.ts';
import { loadSamplePhoto } from './loadSamplePhoto.ts';
import type { SamplePhoto } from './samplePhotos.ts';
import { forgetUserImage, loadUserImage, saveUserImage } from './userImageStore.ts';

/** The reader's own image, its file name and notes to show (downscaled, not kept). */
export interface OwnImage {
  image: GrayImage;
  name: string;
  notes: string[];
}

/** Where the image stands: still loading, ready (a sample or the reader's own), or the sample failed. */
export type ImageSource = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; image: GrayImage; own: OwnImage | undefined };

/** The source plus the actions: use an own image, drop it (back to the sample). */
export interface ImageSourceState {
  source: ImageSource;
  takeOwnImage: (image: GrayImage, name: string, note?: string) => void;
  dropOwnImage: () => void;
}

type SampleState = { url: string; image: GrayImage } | { url: string; failed: true };

/** The image source for `photo` in language `lang` (for the notes). */
export function useImageSource(photo: SamplePhoto, lang: WidgetLanguage): ImageSourceState {
  const [sample, setSample] = useState<SampleState>();
  const [own, setOwn] = useState<OwnImage>();

  useEffect(() => {
    const controller = new AbortController();
    loadSamplePhoto(photo, controller.signal).then(
      (image) => setSample({ url: photo.url, image }),
      () => {
        if (!controller.signal.aborted) setSample({ url: photo.url, failed: true });
      },
    );
    return () => controller.abort();
  }, [photo]);

  // The image kept from an earlier visit, read after mount (storage is the browser's, never the server's).
  useEffect(() => {
    let live = true;
    void Promise.resolve().then(() => {
      const kept = loadUserImage();
      if (live && kept) setOwn((current) => current ?? { ...kept, notes: [] });
    });
    return () => {
      live = false;
    };
  }, []);

  const takeOwnImage = useCallback(
    (image: GrayImage, name: string, note?: string) => {
      const saved = saveUserImage(image, name);
      const notes = [...(note ? [note] : []), ...(saved.ok ? [] : [imageSourceText[lang].notSaved(saved.problem)])];
      setOwn({ image, name, notes });
    },
    [lang],
  );
  const dropOwnImage = useCallback(() => {
    forgetUserImage();
    setOwn(undefined);
  }, []);

  let source: ImageSource = { status: 'loading' };
  if (own) source = { status: 'ready', image: own.image, own };
  else if (sample?.url === photo.url) source = 'image' in sample ? { status: 'ready', image: sample.image, own: undefined } : { status: 'failed' };
  return { source, takeOwnImage, dropOwnImage };
}
