// ImagePicker driven as a reader would, with readImageFile replaced by a stub: the "Use your own image"
// button (Enter, Space or a click opens the hidden file input's chooser), the privacy line, problems in role="alert" in both languages, drop and the downscale note.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import { ImagePicker } from '../../../src/widgets/image-filter/ImagePicker.tsx';
import type { ImageFileResult } from '../../../src/widgets/image-filter/readImageFile.ts';

const readImageFile = vi.hoisted(() => vi.fn<(file: File, maxSide?: number) => Promise<ImageFileResult>>());
vi.mock('../../../src/widgets/image-filter/readImageFile.ts', () => ({ readImageFile }));

const small: GrayImage = { width: 2, height: 2, pixels: new Float32Array([0, 64, 128, 255]) };
const pngFile = (name = 'photo.png') => new File([new Uint8Array([0x89, 0x50])], name, { type: 'image/png' });

function okResult(name: string, original: { width: number; height: number }, image = small): ImageFileResult {
  return { ok: true, image, name, original, downscaled: original.width !== image.width || original.height !== image.height };
}

describe('ImagePicker', () => {
  beforeEach(() => {
    readImageFile.mockReset();
  });

  it('en: a button "Use your own image"; the file input (image/*) is out of the tab order and hidden from the tree; the privacy line', () => {
    render(<ImagePicker lang="en" onImage={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Use your own image' })).toHaveAttribute('type', 'button');
    const input = screen.getByLabelText('Use your own image');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', 'image/*');
    expect(input).toHaveAttribute('tabindex', '-1');
    expect(input).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Your image stays in this browser: it is never uploaded.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('zh: the button reads 使用自己的图片 and the privacy line is in Chinese', () => {
    render(<ImagePicker lang="zh" onImage={() => undefined} />);
    expect(screen.getByRole('button', { name: '使用自己的图片' })).toBeInTheDocument();
    expect(screen.getByLabelText('使用自己的图片')).toHaveAttribute('type', 'file');
    expect(screen.getByText('你的图片只留在本浏览器中，绝不会上传。')).toBeInTheDocument();
  });

  it.each([['{Enter}'], [' ']])('Tab to the button, press %s -> the file input is clicked (its chooser opens) once', async (key) => {
    const user = userEvent.setup();
    render(<ImagePicker lang="en" onImage={() => undefined} />);
    const input = screen.getByLabelText<HTMLInputElement>('Use your own image');
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Use your own image' })).toHaveFocus();
    await user.keyboard(key);
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('choosing a 2x2 image -> onImage(image, "photo.png") without a note, maxSide 512', async () => {
    readImageFile.mockResolvedValue(okResult('photo.png', { width: 2, height: 2 }));
    const onImage = vi.fn();
    render(<ImagePicker lang="en" onImage={onImage} />);
    await userEvent.upload(screen.getByLabelText('Use your own image'), pngFile());
    await waitFor(() => expect(onImage).toHaveBeenCalledWith(small, 'photo.png', undefined));
    expect(readImageFile).toHaveBeenCalledWith(expect.any(File), 512);
  });

  it('a 4000x3000 image downscaled to 512x384 -> note "Downscaled from 4000×3000 to 512×384."', async () => {
    const image: GrayImage = { width: 512, height: 384, pixels: new Float32Array(512 * 384) };
    readImageFile.mockResolvedValue(okResult('big.jpg', { width: 4000, height: 3000 }, image));
    const onImage = vi.fn();
    render(<ImagePicker lang="en" onImage={onImage} />);
    await userEvent.upload(screen.getByLabelText('Use your own image'), pngFile('big.jpg'));
    await waitFor(() => expect(onImage).toHaveBeenCalledWith(image, 'big.jpg', 'Downscaled from 4000×3000 to 512×384.'));
  });

  it('en: a 12000x12000 image -> alert "has too many pixels: 12000 × 12000 = 144 megapixels", onImage not called', async () => {
    readImageFile.mockResolvedValue({ ok: false, name: 'huge.png', problem: { kind: 'too-many-pixels', width: 12000, height: 12000, limitPixels: 50_000_000 } });
    const onImage = vi.fn();
    render(<ImagePicker lang="en" onImage={onImage} />);
    await userEvent.upload(screen.getByLabelText('Use your own image'), pngFile('huge.png'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“huge.png” has too many pixels: 12000 × 12000 = 144 megapixels, over the limit of 50 megapixels.',
    );
    expect(onImage).not.toHaveBeenCalled();
  });

  it('zh: a text file renamed notes.png -> alert 不是本浏览器能读取的图片', async () => {
    readImageFile.mockResolvedValue({ ok: false, name: 'notes.png', problem: { kind: 'not-an-image', type: 'image/png' } });
    render(<ImagePicker lang="zh" onImage={() => undefined} />);
    await userEvent.upload(screen.getByLabelText('使用自己的图片'), pngFile('notes.png'));
    expect(await screen.findByRole('alert')).toHaveTextContent('“notes.png”不是本浏览器能读取的图片');
  });

  it('en: file too large 60 MB, broken jpeg, empty -> each its sentence', async () => {
    const cases: [ImageFileResult, string][] = [
      [{ ok: false, name: 'a.tif', problem: { kind: 'file-too-large', bytes: 60 * 1024 * 1024, limitBytes: 50 * 1024 * 1024 } }, '“a.tif” is too large: 60 MB, over the limit of 50 MB.'],
      [{ ok: false, name: 'b.jpg', problem: { kind: 'broken', format: 'jpeg' } }, '“b.jpg” looks like a JPEG image but could not be decoded'],
      [{ ok: false, name: 'c.png', problem: { kind: 'empty' } }, '“c.png” is empty (0 bytes).'],
    ];
    render(<ImagePicker lang="en" onImage={() => undefined} />);
    for (const [result, sentence] of cases) {
      readImageFile.mockResolvedValue(result);
      await userEvent.upload(screen.getByLabelText('Use your own image'), pngFile(result.name));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(sentence));
    }
  });

  it('a problem, then a good file -> the alert goes away', async () => {
    readImageFile.mockResolvedValueOnce({ ok: false, name: 'c.png', problem: { kind: 'empty' } });
    readImageFile.mockResolvedValueOnce(okResult('photo.png', { width: 2, height: 2 }));
    render(<ImagePicker lang="en" onImage={() => undefined} />);
    const input = screen.getByLabelText('Use your own image');
    await userEvent.upload(input, pngFile('c.png'));
    await screen.findByRole('alert');
    await userEvent.upload(input, pngFile());
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('dropping a file on the zone -> onImage; dropping text only -> alert asking for a file', async () => {
    readImageFile.mockResolvedValue(okResult('dropped.png', { width: 2, height: 2 }));
    const onImage = vi.fn();
    render(<ImagePicker lang="en" onImage={onImage} />);
    const zone = screen.getByText('or drop an image file here (or paste one).').closest('.image-picker');
    if (!zone) throw new Error('no drop zone');
    const file = pngFile('dropped.png');
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
    expect(screen.getByText('Drop the image to use it.')).toBeInTheDocument();
    await act(() => {
      fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [file] } });
      return Promise.resolve();
    });
    await waitFor(() => expect(onImage).toHaveBeenCalledWith(small, 'dropped.png', undefined));
    act(() => {
      fireEvent.drop(zone, { dataTransfer: { types: ['text/plain'], files: [] } });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('That was not a file.');
  });

  it('pasting an image file -> onImage', async () => {
    readImageFile.mockResolvedValue(okResult('pasted.png', { width: 2, height: 2 }));
    const onImage = vi.fn();
    render(<ImagePicker lang="en" onImage={onImage} />);
    await act(() => {
      fireEvent.paste(screen.getByLabelText('Use your own image'), { clipboardData: { files: [pngFile('pasted.png')] } });
      return Promise.resolve();
    });
    await waitFor(() => expect(onImage).toHaveBeenCalledWith(small, 'pasted.png', undefined));
  });

  it('while reading: the picker is aria-busy and says "Reading the image…"', async () => {
    let finish: (result: ImageFileResult) => void = () => undefined;
    readImageFile.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    render(<ImagePicker lang="en" onImage={() => undefined} />);
    await userEvent.upload(screen.getByLabelText('Use your own image'), pngFile());
    expect(screen.getByRole('status')).toHaveTextContent('Reading the image…');
    await act(() => {
      finish(okResult('photo.png', { width: 2, height: 2 }));
      return Promise.resolve();
    });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
