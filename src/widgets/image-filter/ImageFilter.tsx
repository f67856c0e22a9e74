// The widget image-filter: a kernel (preset or typed) applied to a photo by the engine's conv2d, the
// input and output side by side with the output's colour scale, a pixel inspector, and optionally the
// kernel's frequency response. A thin shell: the maths is in model.ts, the geometry in render/.
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { ParamValue, ParamValues } from '../../state/paramTable.ts';
import { useWidgetParams } from '../../state/useWidgetParams.ts';
import { ParamControls } from '../../ui/ParamControls.tsx';
import { WidgetFrame } from '../../ui/WidgetFrame.tsx';
import type { WidgetProps } from '../widgetDefinition.ts';
import { formatValue } from './formatValue.ts';
import { FrequencyPanel } from './FrequencyPanel.tsx';
import { ImagePanels } from './ImagePanels.tsx';
import { ImagePicker } from './ImagePicker.tsx';
import { clampIndex } from './inspectPixel.ts';
import { KernelEditor } from './KernelEditor.tsx';
import { readKernel, resizeKernel } from './kernelParam.ts';
import { matchPreset, type KernelSize, type PresetWord } from './kernelPresets.ts';
import { imageFilterMeta } from './meta.ts';
import { filteredView, inspect, readParams } from './model.ts';
import { PixelInspector } from './PixelInspector.tsx';
import { reconcileImageFilter } from './reconcileParams.ts';
import { findSamplePhoto, samplePhotos } from './samplePhotos.ts';
import { ScaleLegend } from './ScaleLegend.tsx';
import { imageFilterText } from './text.ts';
import { useDeferredPixel } from './useDeferredPixel.ts';
import { useImageSource } from './useImageSource.ts';
import './imageFilter.css';

/** The params the generated controls show; the kernel has its own editor, the pixel its canvases. */
const CONTROLLED_PARAMS = ['image', 'display', 'frequency'] as const;

const noSubscription = () => () => undefined;

/** False in the prerendered HTML and while hydrating it; true once the page's scripts run. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The image-filter widget. */
export function ImageFilter({ lang, initialParams, rejections, onParamsChange, instanceKey }: WidgetProps) {
  const { values, setParams } = useWidgetParams(initialParams, onParamsChange);
  const params = readParams(values);
  const { display } = params;
  // The kernel keeps its identity while only the pixel or the display changes, so moving over the
  // photo neither filters it again nor recomputes the frequency response.
  const kernel = useMemo(() => readKernel(values.kernel, values.size), [values.kernel, values.size]);
  const text = imageFilterText[lang];
  const photo = findSamplePhoto(params.image) ?? samplePhotos[0];
  const { source, takeOwnImage, dropOwnImage } = useImageSource(photo, lang, instanceKey);
  const image = source.status === 'ready' ? source.image : undefined;
  const [announcement, setAnnouncement] = useState('');
  const hydrated = useHydrated();

  const commitPixel = useCallback((nx: number, ny: number) => setParams({ x: nx, y: ny }), [setParams]);
  const { pending, move } = useDeferredPixel(commitPixel);
  const shown = pending ?? params;
  const x = image ? clampIndex(shown.x, image.width) : shown.x;
  const y = image ? clampIndex(shown.y, image.height) : shown.y;

  // Every change goes through the widget's rule, so the values kept (URL, lesson state) decode as
  // given. The reader's own image may be larger than the sample the rule knows: its pixel stays.
  const ownImage = source.status === 'ready' ? source.own?.image : undefined;
  const change = useCallback(
    (next: ParamValues, keepPixel = ownImage !== undefined) => {
      const reconciled = reconcileImageFilter({ ...values, ...next }).values;
      setParams(keepPixel ? { ...reconciled, x: values.x, y: values.y } : reconciled);
    },
    [values, setParams, ownImage],
  );
  const setParam = useCallback(
    (name: string, value: ParamValue) => {
      // Picking a sample photo puts the sample back in place of the reader's own image.
      if (name === 'image') dropOwnImage();
      change({ [name]: value }, name === 'image' ? false : undefined);
    },
    [change, dropOwnImage],
  );
  const setPreset = (word: PresetWord) => change({ kernel: word, size: String(kernel.size) });
  const setSize = (size: KernelSize) =>
    change(kernel.preset ? { kernel: kernel.preset, size: String(size) } : { kernel: resizeKernel(kernel.values, kernel.size, size), size: String(size) });
  const setValues = (list: number[]) => change({ kernel: matchPreset(list, kernel.size) ?? list, size: String(kernel.size) });

  // The canvases' accessible names say which image they show (the prerendered <img> has its alt text).
  const imageName = source.status === 'ready' && source.own ? source.own.name : photo.title[lang];
  const kernelName = `${kernel.preset ? text.presetNames[kernel.preset] : text.custom} ${kernel.size} × ${kernel.size}`;

  const view = useMemo(() => (image ? filteredView(image, kernel, display) : undefined), [image, kernel, display]);
  const inspection = useMemo(() => (image ? inspect(image, kernel, x, y) : undefined), [image, kernel, x, y]);

  const onPixel = (nx: number, ny: number, announce: boolean) => {
    move(nx, ny);
    if (announce && image) {
      const at = inspect(image, kernel, nx, ny);
      setAnnouncement(text.announce(nx, ny, formatValue(image.pixels[ny * image.width + nx]), formatValue(at.sum)));
    }
  };

  return (
    <WidgetFrame meta={imageFilterMeta} lang={lang} rejections={rejections}>
      <div className="imgf">
        <KernelEditor text={text} kernel={kernel} onPreset={setPreset} onSize={setSize} onValues={setValues} />
        <ParamControls lang={lang} table={imageFilterMeta.params} values={values} onChange={setParam} names={CONTROLLED_PARAMS} />
        <div className="imgf-source">
          <ImagePicker lang={lang} onImage={takeOwnImage} />
          {source.status === 'ready' && source.own ? (
            <div className="imgf-own">
              <p>{text.ownImage(source.own.name, source.own.image.width, source.own.image.height)}</p>
              {source.own.notes.map((note) => (
                <p key={note} className="imgf-note">
                  {note}
                </p>
              ))}
              <button type="button" onClick={dropOwnImage}>
                {text.backToSample}
              </button>
            </div>
          ) : null}
        </div>
        <div className="imgf-stage" aria-busy={source.status === 'loading'}>
          {source.status === 'ready' && view ? (
            <ImagePanels
              text={text}
              image={source.image}
              view={view}
              x={x}
              y={y}
              size={kernel.size}
              inputLabel={text.inputLabel(imageName, source.own !== undefined)}
              outputLabel={text.outputLabel(kernelName, imageName)}
              onPixel={onPixel}
            />
          ) : source.status === 'failed' ? (
            <p className="imgf-problem" role="alert">
              {text.loadFailed(photo.title[lang])}
            </p>
          ) : (
            <div>
              <div className="imgf-panels">
                <figure className="imgf-panel">
                  <figcaption className="imgf-panel-title">{text.input}</figcaption>
                  <img className="imgf-canvas" src={photo.url} alt={photo.alt[lang]} width={photo.width} height={photo.height} />
                </figure>
              </div>
              <p className="imgf-hint">{hydrated ? text.loading : text.noScript}</p>
            </div>
          )}
        </div>
        {view ? (
          <>
            <p className="imgf-result">
              {text.result}
              {lang === 'zh' ? '：' : ': '}
              <span data-result="">{view.result}</span>
            </p>
            <ScaleLegend text={text} scale={view.scale} />
          </>
        ) : null}
        <PixelInspector text={text} x={x} y={y} size={kernel.size} inspection={inspection} />
        {params.frequency ? <FrequencyPanel text={text} kernel={kernel} /> : null}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
    </WidgetFrame>
  );
}
