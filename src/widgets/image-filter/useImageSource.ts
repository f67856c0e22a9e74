// The image image-filter works on: the chosen sample photo (downloaded and decoded in an effect, so
// the prerendered HTML and the first client render match) or the reader's own image, which replaces
// the sample until a sample is picked again and is kept per figure (ownImageSession, userImageStore).
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import type { GrayImage } from './grayImage.ts';
import { imageSourceText } from './imageSourceText.ts';
import { loadSamplePhoto } from './loadSamplePhoto.ts';
import { readOwnImage, rememberOwnImage, subscribeOwnImages, type OwnImage } from './ownImageSession.ts';
import type { SamplePhoto } from './samplePhotos.ts';
import { forgetUserImage, saveUserImage } from './userImageStore.ts';

/** Where the image stands: still loading, ready (a sample or the reader's own), or the sample failed. */
export type ImageSource = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; image: GrayImage; own: OwnImage | undefined };

/** The source plus the actions: use an own image, drop it (back to the sample). */
export interface ImageSourceState {
  source: ImageSource;
  takeOwnImage: (image: GrayImage, name: string, note?: string) => void;
  dropOwnImage: () => void;
}

type SampleState = { url: string; image: GrayImage } | { url: string; failed: true };

/** The server (and hydration) snapshot: storage is the browser's, so no own image yet. */
const noOwnImage = () => undefined;

/**
 * The image source for `photo` in language `lang` (for the notes). With an `instanceKey` the reader's
 * image is kept for that figure: in this browser across reloads, or when storage is full or off, for
 * the page session (with a note saying so). Without one it lives as long as the widget and is kept
 * nowhere, so figures without a name never share an image.
 */
export function useImageSource(photo: SamplePhoto, lang: WidgetLanguage, instanceKey?: string): ImageSourceState {
  const [sample, setSample] = useState<SampleState>();
  const [unkept, setUnkept] = useState<OwnImage>();
  const readKept = useCallback(() => (instanceKey === undefined ? undefined : readOwnImage(instanceKey)), [instanceKey]);
  const kept = useSyncExternalStore(subscribeOwnImages, readKept, noOwnImage);
  const own = instanceKey === undefined ? unkept : kept;

  // The sample is fetched only while no own image stands in for it: storage is read synchronously
  // here, before any request, so a reload with a kept image never starts (nor cuts off) a download.
  // A download that is no longer wanted runs to its end (the decoded photo is kept) and is ignored.
  useEffect(() => {
    if (own || readKept()) return;
    let wanted = true;
    loadSamplePhoto(photo).then(
      (image) => {
        if (wanted) setSample({ url: photo.url, image });
      },
      () => {
        if (wanted) setSample({ url: photo.url, failed: true });
      },
    );
    return () => {
      wanted = false;
    };
  }, [photo, own, readKept]);

  const takeOwnImage = useCallback(
    (image: GrayImage, name: string, note?: string) => {
      const notes = note ? [note] : [];
      if (instanceKey === undefined) {
        setUnkept({ image, name, notes });
        return;
      }
      const saved = saveUserImage(instanceKey, image, name);
      if (!saved.ok) notes.push(imageSourceText[lang].notSaved(saved.problem));
      rememberOwnImage(instanceKey, { image, name, notes });
    },
    [lang, instanceKey],
  );
  const dropOwnImage = useCallback(() => {
    if (instanceKey === undefined) {
      setUnkept(undefined);
      return;
    }
    forgetUserImage(instanceKey);
    rememberOwnImage(instanceKey, undefined);
  }, [instanceKey]);

  let source: ImageSource = { status: 'loading' };
  if (own) source = { status: 'ready', image: own.image, own };
  else if (sample?.url === photo.url) source = 'image' in sample ? { status: 'ready', image: sample.image, own: undefined } : { status: 'failed' };
  return { source, takeOwnImage, dropOwnImage };
}
