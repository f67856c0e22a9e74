// The widget convolution-1d: f and g, g flipped (or not) and slid along by the shift, their product
// shaded or listed, and the output built up step by step, with the formula in numbers. A thin shell:
// the maths is in model.ts, the geometry in render/, the words in text.ts and describe.ts.
import { useCallback, useMemo, useRef } from 'react';
import { layoutConvolution1d } from '../../render/convolution1dLayout.ts';
import type { ParamValue, ParamValues } from '../../state/paramTable.ts';
import { useWidgetParams } from '../../state/useWidgetParams.ts';
import { ParamControls } from '../../ui/ParamControls.tsx';
import { StepPlayer } from '../../ui/StepPlayer.tsx';
import { Tex } from '../../ui/Tex.tsx';
import { WidgetFrame } from '../../ui/WidgetFrame.tsx';
import type { WidgetProps } from '../widgetDefinition.ts';
import { ContinuousFigure } from './ContinuousFigure.tsx';
import { describeFigure, describePosition } from './describe.ts';
import { DiscreteFigure } from './DiscreteFigure.tsx';
import { FigureLegend } from './FigureLegend.tsx';
import { continuousFormula, discreteFormula } from './formula.ts';
import { formatApprox, formatSequence } from './formatValue.ts';
import { convolution1dMeta } from './meta.ts';
import { convolution1dAt, prepareConvolution1d, readParams, stepPositions } from './model.ts';
import { PresetButtons } from './PresetButtons.tsx';
import { reconcileConvolution1d } from './reconcileParams.ts';
import { convolution1dText } from './text.ts';
import { useFigureWidth } from './useFigureWidth.ts';
import './convolution1d.css';

/** The params the controls show; the shift is driven by the step player and the figure. */
const CONTROLLED_PARAMS = ['mode', 'f', 'g', 'flip'] as const;

/** The convolution-1d widget. */
export function Convolution1d({ lang, initialParams, rejections, onParamsChange }: WidgetProps) {
  const { values, setParams } = useWidgetParams(initialParams, onParamsChange);
  const { mode, f, g, flip, shift } = readParams(values);
  const text = convolution1dText[lang];
  const figureBox = useRef<HTMLElement>(null);
  const figureWidth = useFigureWidth(figureBox);

  // Every change goes through the widget's own rule, so the values kept (URL, saved lesson state)
  // always decode as given: switching to discrete mode rounds the shift, a shorter f clamps n.
  const change = useCallback((next: ParamValues) => setParams(reconcileConvolution1d({ ...values, ...next }).values), [values, setParams]);
  const setParam = useCallback((name: string, value: ParamValue) => change({ [name]: value }), [change]);

  const setup = useMemo(() => prepareConvolution1d({ mode, f, g, flip }), [mode, f, g, flip]);
  const view = useMemo(() => convolution1dAt(setup, shift), [setup, shift]);
  const geometry = useMemo(() => layoutConvolution1d(view, figureWidth), [view, figureWidth]);
  const positions = useMemo(() => stepPositions(setup), [setup]);
  const stepIndex = positions.indexOf(shift);

  const setShift = useCallback((next: number) => setParam('shift', next), [setParam]);
  const onIndexChange = useCallback((index: number) => setParam('shift', positions.shiftAt(index)), [setParam, positions]);
  // The current step describes the actual shift (a drag may leave t between the player's positions).
  const currentShift = view.mode === 'continuous' ? view.t : view.n;
  const describeStep = useCallback(
    (index: number) => describePosition(setup, index === stepIndex ? currentShift : positions.shiftAt(index), lang),
    [setup, stepIndex, currentShift, positions, lang],
  );
  const description = describeFigure(view, f, g, lang);

  return (
    <WidgetFrame meta={convolution1dMeta} lang={lang} rejections={rejections}>
      <div className="conv1d">
        <PresetButtons text={text} onApply={change} />
        <ParamControls lang={lang} table={convolution1dMeta.params} values={values} onChange={setParam} names={CONTROLLED_PARAMS} />
        <figure className="conv1d-figure-box" ref={figureBox}>
          {geometry.kind === 'continuous' ? (
            <ContinuousFigure geometry={geometry} description={description} outputTitle={text.outputContinuous(flip)} onShiftChange={setShift} />
          ) : (
            <DiscreteFigure
              geometry={geometry}
              description={description}
              titles={{ f: text.rowF, g: text.rowG(flip), products: text.rowProducts(flip), output: text.rowOutput(flip) }}
              onShiftChange={setShift}
            />
          )}
          <figcaption>
            <FigureLegend text={text} mode={view.mode} flip={flip} />
          </figcaption>
        </figure>
        <p className="conv1d-hint">{view.mode === 'continuous' ? text.dragHint : text.barsHint}</p>
        <StepPlayer lang={lang} count={positions.count} index={stepIndex} onIndexChange={onIndexChange} describe={describeStep} />
        <p className="conv1d-formula">
          <Tex math={view.mode === 'continuous' ? continuousFormula(view) : discreteFormula(view)} />
        </p>
        <p className="conv1d-result">
          {view.mode === 'continuous' ? text.resultContinuous : text.resultDiscrete}
          {lang === 'zh' ? '：' : ': '}
          {/* data-result keeps the ASCII hyphen-minus (-1.5, not −1.5): end-to-end tests and instructors parse it. */}
          <span data-result="">{view.mode === 'continuous' ? formatApprox(view.value) : formatSequence(view.output.values)}</span>
        </p>
        {view.mode === 'continuous' && view.truncated ? <p className="conv1d-note">{text.truncationNote}</p> : null}
      </div>
    </WidgetFrame>
  );
}
