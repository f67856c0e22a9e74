// The widget sparse-vs-dense: a layer of n inputs and n - k + 1 outputs wired dense, locally
// connected or convolutional; pick a neuron to light up its connections; the parameter counts of
// the three wirings, and the same count for an image layer. A thin shell: maths in model.ts,
// geometry in render/layerGraphLayout.ts, words in text.ts and describe.ts.
import { useCallback, useMemo, useState } from 'react';
import { layoutLayerGraph } from '../../render/layerGraphLayout.ts';
import { kernelStyle } from '../../render/layerGraphStyle.ts';
import { subscript } from '../../render/layerGraphLayout.ts';
import type { ParamValue } from '../../state/paramTable.ts';
import { useWidgetParams } from '../../state/useWidgetParams.ts';
import { ParamControls } from '../../ui/ParamControls.tsx';
import { WidgetFrame } from '../../ui/WidgetFrame.tsx';
import type { WidgetProps } from '../widgetDefinition.ts';
import { describeGraph, describeSelection } from './describe.ts';
import { ImageLayerTable } from './ImageLayerTable.tsx';
import { sparseVsDenseMeta } from './meta.ts';
import { connectionsOf, parameterCounts, readParams, selectionExists, type NeuronSelection } from './model.ts';
import { ParameterTable } from './ParameterTable.tsx';
import { reconcileSparseVsDense } from './reconcileParams.ts';
import { SparseGraph } from './SparseGraph.tsx';
import { sparseVsDenseText } from './text.ts';
import '../../render/layerGraph.css';
import './sparseVsDense.css';

/** The legend of the conv graph: one swatch per shared weight w₁..w_k, drawn as its edges are. */
function KernelLegend({ kernel }: { kernel: number }) {
  return (
    <ul className="layer-graph-legend" aria-hidden="true">
      {Array.from({ length: kernel }, (_, p) => {
        const style = kernelStyle(p);
        return (
          <li key={p}>
            <svg viewBox="0 0 28 10" width="28" height="10">
              <line className={`layer-graph-swatch ${style.colourClass}`} x1="1" x2="27" y1="5" y2="5" strokeDasharray={style.dash || undefined} />
            </svg>
            w{subscript(p + 1)}
          </li>
        );
      })}
    </ul>
  );
}

/** The sparse-vs-dense widget. */
export function SparseVsDense({ lang, initialParams, rejections, onParamsChange }: WidgetProps) {
  const { values, setParams } = useWidgetParams(initialParams, onParamsChange);
  const { inputs, kernel, mode } = readParams(values);
  const text = sparseVsDenseText[lang];
  const [selection, setSelection] = useState<NeuronSelection | null>(null);
  const [hover, setHover] = useState<NeuronSelection | null>(null);
  const [movedNote, setMovedNote] = useState<string | null>(null);

  // Every change goes through the widget's rule (k <= n), so the kept values always decode as given.
  const setParam = useCallback(
    (name: string, value: ParamValue) => {
      const reconciled = reconcileSparseVsDense({ ...values, [name]: value });
      setParams(reconciled.values);
      setMovedNote(reconciled.moved[0]?.problem[lang] ?? null);
    },
    [values, setParams, lang],
  );

  const geometry = useMemo(() => layoutLayerGraph({ inputs, kernel, connectivity: mode === 'dense' ? 'dense' : 'local' }), [inputs, kernel, mode]);
  const params = { inputs, kernel, mode };
  const litNeuron = selectionExists(params, hover) ? hover : selectionExists(params, selection) ? selection : null;
  const lit = connectionsOf(params, litNeuron);
  const picked = selectionExists(params, selection) ? selection : null;
  const status = describeSelection(params, picked, lang) ?? text.pickHint;
  const count = parameterCounts(inputs, kernel)[mode].total;
  const legend = { dense: text.legendDense, local: text.legendLocal, conv: text.legendConv }[mode];

  return (
    <WidgetFrame meta={sparseVsDenseMeta} lang={lang} rejections={rejections}>
      <div className="svd">
        <ParamControls lang={lang} table={sparseVsDenseMeta.params} values={values} onChange={setParam} />
        {movedNote ? (
          <p className="svd-moved" role="status">
            {movedNote}
          </p>
        ) : null}
        <figure className="svd-figure">
          <SparseGraph
            geometry={geometry}
            mode={mode}
            lit={lit}
            litNeuron={litNeuron}
            selection={picked}
            description={describeGraph(params, geometry.edges.length, lang)}
            rowNames={{ input: text.inputsRow, output: text.outputsRow }}
            onSelect={setSelection}
            onHover={setHover}
          />
          <figcaption>
            <p className="svd-legend-text">{legend}</p>
            {mode === 'conv' ? <KernelLegend kernel={kernel} /> : null}
          </figcaption>
        </figure>
        <p className="svd-status" aria-live="polite" aria-atomic="true">
          {status}
        </p>
        <ParameterTable params={params} lang={lang} />
        <p className="svd-result">
          {text.resultLabel}
          {lang === 'zh' ? '：' : ': '}
          <span data-result="">{count}</span>
        </p>
        <ImageLayerTable lang={lang} />
      </div>
    </WidgetFrame>
  );
}
