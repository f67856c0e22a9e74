// weight-sharing's legend and editor of the shared weights: for each w_p its swatch (colour and
// dash, as its edges) and a number field; a change applies at once when it is a number in [-10, 10].
import { useId, useState } from 'react';
import { subscript } from '../../render/layerGraphLayout.ts';
import { kernelStyle } from '../../render/layerGraphStyle.ts';
import { formatNumber } from '../../state/paramTable.ts';
import { readWeight } from './model.ts';
import { WEIGHT_SHARING_LIMITS } from './paramLimits.ts';

/** Props: the kernel, the title and hint, and the handler of a new kernel. */
export interface KernelEditorProps {
  kernel: readonly number[];
  title: string;
  hint: string;
  onKernelChange: (kernel: number[]) => void;
}

/** One weight's field: keeps what the reader types, applies it when it reads as a weight. */
function WeightField({ p, value, onChange }: { p: number; value: number; onChange: (value: number) => void }) {
  const formatted = formatNumber(value);
  const [draft, setDraft] = useState(formatted);
  const [shown, setShown] = useState(formatted);
  if (formatted !== shown) {
    setShown(formatted);
    if (readWeight(draft) !== value) setDraft(formatted);
  }
  const id = useId();
  const style = kernelStyle(p);
  const name = `w${subscript(p + 1)}`;
  const { min, max } = WEIGHT_SHARING_LIMITS.kernel;
  return (
    <li className="ws-weight">
      <svg viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
        <line className={`layer-graph-swatch ${style.colourClass}`} x1="1" x2="27" y1="5" y2="5" strokeDasharray={style.dash || undefined} />
      </svg>
      <label className="ws-weight-label" htmlFor={id}>
        {name}
      </label>
      <span aria-hidden="true">=</span>
      <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={0.5}
          value={draft}
          aria-invalid={readWeight(draft) === null ? true : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            const next = readWeight(event.target.value);
            if (next !== null && next !== value) onChange(next);
          }}
          onBlur={() => setDraft(formatted)}
        />
    </li>
  );
}

/** The legend of the shared weights, each editable. */
export function KernelEditor({ kernel, title, hint, onKernelChange }: KernelEditorProps) {
  return (
    <fieldset className="ws-weights">
      <legend>{title}</legend>
      <ul className="layer-graph-legend">
        {kernel.map((w, p) => (
          <WeightField key={p} p={p} value={w} onChange={(value) => onKernelChange(kernel.map((old, q) => (q === p ? value : old)))} />
        ))}
      </ul>
      <p className="ws-hint">{hint}</p>
    </fieldset>
  );
}
