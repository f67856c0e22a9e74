// The reader's own image: a "Use your own image" button that opens the file chooser (of a hidden file
// input), a drop zone (drag and drop, paste) and a role="alert" line for files that cannot be used.
// Reads in the page (readImageFile); nothing is uploaded.
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { WidgetLanguage } from '../widgetDefinition.ts';
import type { GrayImage } from './grayImage.ts';
import { imageSourceText } from './imageSourceText.ts';
import { readImageFile, type ImageFileProblem } from './readImageFile.ts';

/** Props of ImagePicker. */
export interface ImagePickerProps {
  lang: WidgetLanguage;
  /**
   * Called with a usable image (longest side at most `maxSide`), the file's name and, when the
   * image was scaled down, a note to show: 'Downscaled from 4000×3000 to 512×384.'
   */
  onImage: (image: GrayImage, name: string, note?: string) => void;
  /** Longest side of the images handed to onImage; 512 by default. */
  maxSide?: number;
}

type PickerProblem = { kind: 'file'; name: string; problem: ImageFileProblem } | { kind: 'no-file' };

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** The file button, drop zone and problem line; the chosen image goes to `onImage` in gray. */
export function ImagePicker({ lang, onImage, maxSide = 512 }: ImagePickerProps) {
  const text = imageSourceText[lang];
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<PickerProblem>();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  // Only the latest file counts; a read still running when another starts (or on unmount) is dropped.
  const latestRead = useRef(0);
  const onImageRef = useRef(onImage);
  const langRef = useRef(lang);
  useEffect(() => {
    onImageRef.current = onImage;
    langRef.current = lang;
  });
  useEffect(
    () => () => {
      latestRead.current += 1;
    },
    [],
  );

  const takeFile = useCallback(
    async (file: File | undefined) => {
      if (!file) {
        setProblem({ kind: 'no-file' });
        return;
      }
      latestRead.current += 1;
      const read = latestRead.current;
      setBusy(true);
      const result = await readImageFile(file, maxSide);
      if (read !== latestRead.current) return;
      setBusy(false);
      if (!result.ok) {
        setProblem({ kind: 'file', name: result.name, problem: result.problem });
        return;
      }
      setProblem(undefined);
      const { image, original } = result;
      const note = result.downscaled ? imageSourceText[langRef.current].downscaled(original, image) : undefined;
      onImageRef.current(image, result.name, note);
    },
    [maxSide],
  );

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void takeFile(event.dataTransfer.files[0]);
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const file = Array.from(event.clipboardData.files).find((candidate) => candidate.type.startsWith('image/'));
    if (!file) return;
    event.preventDefault();
    void takeFile(file);
  };

  return (
    <div
      className="image-picker"
      data-dragging={dragging ? 'true' : undefined}
      aria-busy={busy}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      onPaste={onPaste}
    >
      <div className="image-picker-row">
        {/* The file input stays (for the chooser and for tests that set its files) but out of the tab
            order and the accessibility tree: the button below is the control. */}
        <input
          ref={input}
          className="image-picker-input visually-hidden"
          type="file"
          accept="image/*"
          tabIndex={-1}
          aria-hidden="true"
          aria-label={text.useOwnImage}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void takeFile(file);
          }}
        />
        <button type="button" className="button image-picker-button" onClick={() => input.current?.click()}>
          {text.useOwnImage}
        </button>
        <span className="image-picker-hint">{dragging ? text.dropNow : text.dropHint}</span>
      </div>
      <p className="image-picker-privacy">{text.privacy}</p>
      <p className="image-picker-status" role="status">
        {busy ? text.reading : ''}
      </p>
      {problem && (
        <p className="image-picker-problem" role="alert">
          {problem.kind === 'no-file' ? text.noFile : text.problem(problem.name, problem.problem)}
        </p>
      )}
    </div>
  );
}
