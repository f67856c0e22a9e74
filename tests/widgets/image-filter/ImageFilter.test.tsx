// The image-filter widget driven as a reader would, in jsdom (no canvas: the 2D context is absent or
// faked): the prerendered HTML, the filtered result, editing the kernel, presets and size, the pixel
// moved by arrow keys, the frequency view, a photo that fails to load, the canvases' and tables' names,
// and the reader's own image kept per figure (storage, quota, no sample download when one is kept).
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParamValues } from '../../../src/state/paramTable.ts';
import { decodeWidgetParams } from '../../../src/widgets/decodeWidgetParams.ts';
import type { GrayImage } from '../../../src/widgets/image-filter/grayImage.ts';
import { ImageFilter } from '../../../src/widgets/image-filter/ImageFilter.tsx';
import { loadSamplePhoto } from '../../../src/widgets/image-filter/loadSamplePhoto.ts';
import { imageFilterMeta } from '../../../src/widgets/image-filter/meta.ts';
import type { ImageFileResult } from '../../../src/widgets/image-filter/readImageFile.ts';
import { saveUserImage, userImageKey } from '../../../src/widgets/image-filter/userImageStore.ts';

vi.mock('../../../src/widgets/image-filter/loadSamplePhoto.ts', () => ({ loadSamplePhoto: vi.fn() }));
const readImageFile = vi.hoisted(() => vi.fn<(file: File, maxSide?: number) => Promise<ImageFileResult>>());
vi.mock('../../../src/widgets/image-filter/readImageFile.ts', () => ({ readImageFile }));

/** A 16x12 test photo: a left-to-right ramp with a bright square, so edges have both signs. */
function testPhoto(): GrayImage {
  const width = 16;
  const height = 12;
  const pixels = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = x * 10 + (x > 5 && x < 10 && y > 3 && y < 8 ? 80 : 0);
  return { width, height, pixels };
}

const load = vi.mocked(loadSamplePhoto);
const result = () => document.querySelector('[data-result]')?.textContent;
const inspectorTitle = () => screen.getByText(/^Pixel \(\d+, \d+\): window × kernel$/).textContent;

function widget(search = '', lang: 'en' | 'zh' = 'en', onParamsChange?: (values: ParamValues) => void, instanceKey?: string) {
  const { values, rejections } = decodeWidgetParams(imageFilterMeta, search);
  return <ImageFilter lang={lang} initialParams={values} rejections={rejections} onParamsChange={onParamsChange} instanceKey={instanceKey} />;
}

function renderWidget(search = '', lang: 'en' | 'zh' = 'en', onParamsChange?: (values: ParamValues) => void, instanceKey?: string) {
  return render(widget(search, lang, onParamsChange, instanceKey));
}

/** A flat gray image of `width × height`, all `value`. */
const flat = (width: number, height: number, value: number): GrayImage => ({ width, height, pixels: new Float32Array(width * height).fill(value) });

/** Chooses `name` (read as `image`) with the "Use your own image" picker. */
async function chooseOwnImage(name: string, image: GrayImage, within: HTMLElement = document.body) {
  readImageFile.mockResolvedValueOnce({ ok: true, image, name, original: { width: image.width, height: image.height }, downscaled: false });
  const input = within.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  await userEvent.upload(input, new File([new Uint8Array([1])], name, { type: 'image/png' }));
}

async function renderLoaded(search = '', onParamsChange?: (values: ParamValues) => void) {
  renderWidget(search, 'en', onParamsChange);
  await waitFor(() => expect(result()).toBeTruthy());
}

beforeEach(() => {
  localStorage.clear();
  readImageFile.mockReset();
  load.mockReset();
  load.mockResolvedValue(testPhoto());
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ImageFilter', () => {
  it('prerendered HTML: the photo as an <img> with alt, the kernel as fields, the "scripts" line, no result yet', () => {
    const html = renderToString(<ImageFilter lang="en" initialParams={decodeWidgetParams(imageFilterMeta, '').values} />);
    expect(html).toContain('data-widget="image-filter"');
    expect(html).toMatch(/<img[^>]+src="\/samples\/camera.png"[^>]+alt="A man in a dark coat/);
    expect(html).toContain('aria-label="row 2, column 3"');
    expect(html).toContain('once the page’s scripts have run');
    expect(html).not.toContain('data-result');
    expect(html).toContain('aria-busy="true"');
  });

  it('defaults (sobel-x 3x3): after the photo loads, data-result "-560..400" (the right border drops to 0), signed legend, no crash without a 2D context', async () => {
    await renderLoaded();
    expect(result()).toBe('-560..400');
    expect(screen.getByRole('img', { name: /Colour scale of the output: -560 … 560\. Signed/ })).toBeInTheDocument();
    expect(screen.getByRole('application', { name: 'Input: Photographer on a lawn (sample photo)' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('img', { name: 'Output: Sobel x 3 × 3 on Photographer on a lawn' })).toBeInTheDocument();
    expect(inspectorTitle()).toBe('Pixel (15, 11): window × kernel');
  });

  it('edit row 2, column 3 of sobel-x from 2 to 5 -> data-result changes, the preset reads custom, the URL list follows', async () => {
    const user = userEvent.setup();
    const changes = vi.fn();
    await renderLoaded('', changes);
    const before = result();
    const cell = screen.getByRole('textbox', { name: 'row 2, column 3' });
    await user.clear(cell);
    await user.type(cell, '5');
    expect(result()).not.toBe(before);
    expect(screen.getByRole('combobox', { name: 'Preset' })).toHaveValue('custom');
    expect(changes.mock.lastCall?.[0]).toMatchObject({ kernel: [-1, 0, 1, -2, 0, 5, -1, 0, 1], size: '3' });
  });

  it('typing "abc" marks the cell invalid, keeps the last valid weight and the result; leaving the cell restores it', async () => {
    const user = userEvent.setup();
    await renderLoaded();
    const before = result();
    const cell = screen.getByRole('textbox', { name: 'row 1, column 1' });
    await user.clear(cell);
    await user.type(cell, 'abc');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell).toHaveAccessibleDescription('Not a number from -100 to 100; the kernel keeps -1.');
    expect(result()).toBe(before);
    await user.tab();
    expect(cell).toHaveValue('-1');
    expect(cell).not.toHaveAttribute('aria-invalid');
  });

  it('preset -> Laplacian: the sum line says 0, only change survives; size -> 5 x 5: 25 fields', async () => {
    const user = userEvent.setup();
    await renderLoaded();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'laplacian');
    expect(screen.getByText(/Sum of the kernel: 0\. Flat areas become 0/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kernel size' }), '5');
    expect(screen.getByRole('textbox', { name: 'row 3, column 3' })).toHaveValue('-16');
    expect(within(screen.getByRole('group', { name: 'Kernel' })).getAllByRole('textbox')).toHaveLength(25);
  });

  it('arrow keys on the input move the pixel: x=5&y=5, ArrowRight -> (6, 5), Shift+ArrowDown -> (6, 11) clamped, announced, written once it rests', async () => {
    const user = userEvent.setup();
    const changes = vi.fn();
    await renderLoaded('x=5&y=5', changes);
    expect(inspectorTitle()).toBe('Pixel (5, 5): window × kernel');
    const picker = screen.getByRole('application', { name: /^Input: / });
    act(() => picker.focus());
    await user.keyboard('{ArrowRight}');
    expect(inspectorTitle()).toBe('Pixel (6, 5): window × kernel');
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(inspectorTitle()).toBe('Pixel (6, 11): window × kernel');
    // Shown at once; written to the params (the URL) once the pixel rests.
    expect(changes).not.toHaveBeenCalled();
    await waitFor(() => expect(changes.mock.lastCall?.[0]).toMatchObject({ x: 6, y: 11 }));
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Pixel \(6, 11\): input \d+, output -?\d+/);
  });

  it('the inspector: 3 tables of 9 cells whose products sum to the value written after the formula', async () => {
    await renderLoaded('kernel=box-blur&x=3&y=3');
    const tables = screen.getAllByRole('table').filter((table) => table.querySelector('caption'));
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual(['Input window', 'Kernel', 'Products']);
    const products = Array.from(tables[2].querySelectorAll('td')).map((td) => Number(td.textContent));
    expect(products).toHaveLength(9);
    const sum = products.reduce((a, b) => a + b, 0);
    const value = document.querySelector('.imgf-sum-value')?.textContent ?? '';
    expect(Number(/^= (-?[\d.]+)$/.exec(value)?.[1])).toBeCloseTo(sum, 1);
  });

  it('a tap (touch pointerdown) on the output picks the pixel under it', async () => {
    await renderLoaded('x=0&y=0');
    const output = screen.getByRole('img', { name: /^Output: Sobel x 3 × 3 on / }).parentElement as HTMLElement;
    output.getBoundingClientRect = () => ({ left: 0, top: 0, width: 160, height: 120, right: 160, bottom: 120, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(output, { clientX: 95, clientY: 35, pointerType: 'touch' });
    expect(inspectorTitle()).toBe('Pixel (9, 3): window × kernel');
  });

  it('frequency on: the verdict for sobel-x is band-pass; laplacian high-pass; gaussian-blur low-pass', async () => {
    const user = userEvent.setup();
    await renderLoaded();
    await user.click(screen.getByRole('checkbox', { name: 'Show the frequency response' }));
    expect(screen.getByText(/^Band-pass: passes middle frequencies, blocks the mean and the finest checkerboard\./)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'laplacian');
    expect(screen.getByText(/^High-pass: \|H\(0\)\| = 0/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'gaussian-blur');
    expect(screen.getByText(/^Low-pass:/)).toBeInTheDocument();
  });

  it('zh, frequency on, sobel-y 5x5: the verdict reads 带通', async () => {
    renderWidget('kernel=sobel-y&size=5&frequency=1', 'zh');
    await waitFor(() => expect(result()).toBeTruthy());
    expect(screen.getByText(/^带通：让中等频率通过，挡住平均亮度和最细的棋盘格。/)).toBeInTheDocument();
  });

  it('names: the inspector region by its title, the tables\' scroll box "Window, kernel and products", the weights table "Kernel weights"', async () => {
    await renderLoaded('x=2&y=3');
    expect(screen.getByRole('region', { name: 'Pixel (2, 3): window × kernel' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Window, kernel and products' })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Kernel weights' })).getAllByRole('textbox')).toHaveLength(9);
  });

  it('display=abs -> the gray absolute-value legend', async () => {
    await renderLoaded('display=abs');
    expect(screen.getByText(/Absolute value: 0 is black/)).toBeInTheDocument();
  });

  it('kernel=box-blur -> auto picks gray, with the clipping count', async () => {
    await renderLoaded('kernel=box-blur');
    expect(screen.getByText(/Gray: 0 is black, 255 is white\. No pixel left the range 0\.\.255\./)).toBeInTheDocument();
  });

  it('a 2D context (faked): the canvases are painted, and a kernel edit repaints the output', async () => {
    const putImageData = vi.fn();
    const fake = { createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }), putImageData };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(fake as never);
    const user = userEvent.setup();
    await renderLoaded();
    const painted = putImageData.mock.calls.length;
    expect(painted).toBeGreaterThanOrEqual(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'identity');
    expect(putImageData.mock.calls.length).toBe(painted + 1);
    const last = putImageData.mock.lastCall?.[0] as ImageData;
    expect(last.data[3]).toBe(255);
  });

  it('a photo that fails to load -> a role=alert message, never a blank widget', async () => {
    load.mockReset();
    load.mockRejectedValue(new Error('loadSamplePhoto: the server answered 404'));
    renderWidget('image=brick');
    expect(await screen.findByRole('alert')).toHaveTextContent('The photo “Brick wall” could not be loaded.');
    expect(screen.getByRole('group', { name: 'Kernel' })).toBeInTheDocument();
  });

  it('while the photo loads (scripts running): aria-busy and "Loading the photo…", no result', () => {
    load.mockReset();
    load.mockReturnValue(new Promise(() => undefined));
    renderWidget();
    expect(screen.getByText('Loading the photo…')).toBeInTheDocument();
    expect(document.querySelector('.imgf-stage')).toHaveAttribute('aria-busy', 'true');
    expect(result()).toBeUndefined();
  });

  it('an own image kept for figure "kept" (4x2, all 100) replaces the sample without downloading it; "Back to the sample photo" restores it', async () => {
    const user = userEvent.setup();
    expect(saveUserImage('kept', flat(4, 2, 100), 'flat.png')).toEqual({ ok: true });
    renderWidget('kernel=identity', 'en', undefined, 'kept');
    expect(await screen.findByText('Showing your image: flat.png (4 × 2 px).')).toBeInTheDocument();
    expect(result()).toBe('100..100');
    expect(inspectorTitle()).toBe('Pixel (3, 1): window × kernel');
    expect(screen.getByRole('application', { name: 'Input: flat.png (your image)' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Output: Identity 3 × 3 on flat.png' })).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Back to the sample photo' }));
    await waitFor(() => expect(result()).toBe('0..170'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(localStorage.length).toBe(0);
  });

  it('hydrating the prerendered widget with an image kept for figure "hydrated": no sample download, the image after hydration, no hydration error', async () => {
    saveUserImage('hydrated', flat(3, 3, 50), 'kept.png');
    const container = document.createElement('div');
    container.innerHTML = renderToString(widget('kernel=identity', 'en', undefined, 'hydrated'));
    document.body.append(container);
    expect(container.textContent).not.toContain('kept.png');
    const errors = vi.spyOn(console, 'error');
    const root = await act(() => hydrateRoot(container, widget('kernel=identity', 'en', undefined, 'hydrated')));
    await waitFor(() => expect(container.textContent).toContain('Showing your image: kept.png (3 × 3 px).'));
    expect(load).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });

  it('figures "one" and "two": an image chosen in "one" stays there (and in its key); "two" shows the sample; back to the sample in "one" forgets only its key', async () => {
    const user = userEvent.setup();
    saveUserImage('two-other', flat(2, 2, 10), 'other.png');
    const first = renderWidget('kernel=identity', 'en', undefined, 'one');
    await waitFor(() => expect(first.container.querySelector('[data-result]')).toBeTruthy());
    await chooseOwnImage('mine.png', flat(5, 4, 200), first.container);
    await within(first.container).findByText('Showing your image: mine.png (5 × 4 px).');
    expect(localStorage.getItem(userImageKey('one'))).toContain('mine.png');
    const second = renderWidget('kernel=identity', 'en', undefined, 'two');
    await waitFor(() => expect(second.container.querySelector('[data-result]')?.textContent).toBe('0..170'));
    expect(within(second.container).queryByText(/mine\.png/)).toBeNull();
    await user.click(within(first.container).getByRole('button', { name: 'Back to the sample photo' }));
    await waitFor(() => expect(first.container.querySelector('[data-result]')?.textContent).toBe('0..170'));
    expect(localStorage.getItem(userImageKey('one'))).toBeNull();
    expect(localStorage.getItem(userImageKey('two-other'))).toContain('other.png');
  });

  it('storage full (QuotaExceededError) in figure "full": the image is used with the "too large to keep" note, and stays for the session when the figure mounts again', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const first = renderWidget('kernel=identity', 'en', undefined, 'full');
    await waitFor(() => expect(result()).toBeTruthy());
    await chooseOwnImage('large.png', flat(6, 6, 30));
    expect(await screen.findByText(/too large to keep in this browser’s storage/)).toBeInTheDocument();
    expect(result()).toBe('30..30');
    first.unmount();
    renderWidget('kernel=identity', 'en', undefined, 'full');
    expect(await screen.findByText('Showing your image: large.png (6 × 6 px).')).toBeInTheDocument();
    expect(screen.getByText(/too large to keep in this browser’s storage/)).toBeInTheDocument();
    expect(localStorage.getItem(userImageKey('full'))).toBeNull();
  });

  it('no instanceKey: a chosen image is used but written nowhere, without a storage note', async () => {
    await renderLoaded('kernel=identity');
    await chooseOwnImage('loose.png', flat(2, 2, 70));
    expect(await screen.findByText('Showing your image: loose.png (2 × 2 px).')).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
    expect(screen.queryByText(/after a reload/)).toBeNull();
  });

  it('Chinese: labels and the sum line in Chinese', async () => {
    renderWidget('', 'zh');
    await waitFor(() => expect(result()).toBeTruthy());
    expect(screen.getByRole('combobox', { name: '预设' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '第 1 行，第 1 列' })).toBeInTheDocument();
    expect(screen.getByText(/卷积核各项之和：0。平坦区域变为 0/)).toBeInTheDocument();
    expect(screen.getByRole('application', { name: '输入：草坪上的摄影师（示例照片）' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '输出：用 Sobel x 3 × 3 处理“草坪上的摄影师”的结果' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '窗口、卷积核与乘积' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '卷积核权重' })).toBeInTheDocument();
  });
});
