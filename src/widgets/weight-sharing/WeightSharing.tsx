// The widget weight-sharing: a convolutional layer whose few weights are shared by many edges,
// beside a locally connected layer whose edges each have their own; the same conv layer as a banded
// weight matrix; and its output following a shifted input. A thin shell: maths in model.ts (the
// output by the engine's conv1d), geometry in render/layerGraphLayout.ts, words in text.ts and describe.ts.
import { useCallback, useMemo, useState } from 'react';
import { layoutLayerGraph } from '../../render/layerGraphLayout.ts';
import type { ParamValue } from '../../state/paramTable.ts';
import { useWidgetParams } from '../../state/useWidgetParams.ts';
import { ParamControls } from '../../ui/ParamControls.tsx';
import { WidgetFrame } from '../../ui/WidgetFrame.tsx';
import type { WidgetProps } from '../widgetDefinition.ts';
import { describeConvGraph, describeLocalGraph, localWeightsOf } from './describe.ts';
import { KernelEditor } from './KernelEditor.tsx';
import { weightSharingMeta } from './meta.ts';
import { equivariance, outputCount, readParams, weightMatrix } from './model.ts';
import { reconcileWeightSharing } from './reconcileParams.ts';
import { ShiftTable } from './ShiftTable.tsx';
import { weightSharingText } from './text.ts';
import { WeightGraph } from './WeightGraph.tsx';
import { WeightMatrix } from './WeightMatrix.tsx';
import '../../render/layerGraph.css';
import './weightSharing.css';

/** How many outputs' weights the local layer spells out before an ellipsis. */
const LOCAL_WEIGHTS_SHOWN = 3;

/** The weight-sharing widget. */
export function WeightSharing({ lang, initialParams, rejections, onParamsChange }: WidgetProps) {
  const { values, setParams } = useWidgetParams(initialParams, onParamsChange);
  const { kernel, inputs, view, signal, shift } = readParams(values);
  const text = weightSharingText[lang];

  // Every change goes through the widget's rules (n >= len(kernel), signal of n values), so the
  // kept values always decode as given.
  // A value the rules move (a longer kernel raises n, for one) is said in a status line.
  const [movedNote, setMovedNote] = useState<string | null>(null);
  const setParam = useCallback(
    (name: string, value: ParamValue) => {
      const reconciled = reconcileWeightSharing({ ...values, [name]: value });
      setParams(reconciled.values);
      setMovedNote(reconciled.moved[0]?.problem[lang] ?? null);
    },
    [values, setParams, lang],
  );
  const setKernel = useCallback((next: number[]) => setParam('kernel', next), [setParam]);

  const geometry = useMemo(() => layoutLayerGraph({ inputs, kernel: kernel.length, connectivity: 'local' }), [inputs, kernel.length]);
  const check = useMemo(() => equivariance(signal, kernel, shift), [signal, kernel, shift]);
  const matrix = useMemo(() => weightMatrix(kernel, inputs), [kernel, inputs]);
  const outputs = outputCount(inputs, kernel.length);
  const localList = Array.from({ length: Math.min(outputs, LOCAL_WEIGHTS_SHOWN) }, (_, j) => localWeightsOf(j, kernel.length));

  return (
    <WidgetFrame meta={weightSharingMeta} lang={lang} rejections={rejections}>
      <div className="ws">
        <ParamControls lang={lang} table={weightSharingMeta.params} values={values} onChange={setParam} names={['view', 'kernel', 'inputs']} />
        {movedNote ? (
          <p className="ws-moved" role="status">
            {movedNote}
          </p>
        ) : null}
        <KernelEditor kernel={kernel} text={text} onKernelChange={setKernel} />
        {view === 'graph' ? (
          <div className="ws-graphs">
            <figure className="ws-figure">
              <figcaption className="ws-title">{text.convTitle}</figcaption>
              <WeightGraph geometry={geometry} kind="conv" kernel={kernel} description={describeConvGraph(kernel, inputs, lang)} />
            </figure>
            <figure className="ws-figure">
              <figcaption className="ws-title">{text.localTitle}</figcaption>
              <WeightGraph geometry={geometry} kind="local" kernel={kernel} description={describeLocalGraph(kernel.length, inputs, lang)} />
              <p className="ws-hint">
                {text.localWeightsOf} {localList.join('; ')}
                {outputs > LOCAL_WEIGHTS_SHOWN ? '; …' : ''}
              </p>
            </figure>
          </div>
        ) : (
          <WeightMatrix matrix={matrix} x={check.shifted} y={check.yShifted} text={text} />
        )}
        <ParamControls lang={lang} table={weightSharingMeta.params} values={values} onChange={setParam} names={['signal', 'shift']} />
        <ShiftTable check={check} text={text} lang={lang} />
        <p className="ws-result">
          {text.resultLabel}
          {lang === 'zh' ? '：' : ': '}
          {/* data-result keeps ASCII (0,1,-1): end-to-end tests and instructors parse it. */}
          <span data-result="">{check.yShifted.map((value) => String(value)).join(',')}</span>
        </p>
      </div>
    </WidgetFrame>
  );
}
