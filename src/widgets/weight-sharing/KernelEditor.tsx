// weight-sharing's legend and editor of the shared weights: for each w_p its swatch (colour and
// dash, as its edges) and a number field; a change applies at once when it is a number in [-10, 10],
// otherwise the field is marked, a message says so and the last valid weight is kept.
import { useId, useState } from 'react';
import { subscript } from '../../render/layerGraphLayout.ts';
import { kernelStyle } from '../../render/layerGraphStyle.ts';
import { formatNumber } from '../../state/paramTable.ts';
import { readWeight } from './model.ts';
import { WEIGHT_SHARING_LIMITS } from './paramLimits.ts';
import type { WeightSharingText } from './text.ts';

/** Props: the kernel, the widget's strings and the handler of a new kernel. */
export interface KernelEditorProps {
  kernel: readonly number[];
  text: WeightSharingText;
  onKernelChange: (kernel: number[]) => void;
}

/** The field being typed in: its kernel index and raw text (only while it is edited). */
interface Draft {
  index: number;
  text: string;
}

/** The name of the shared weight at kernel index `p` (0-based): w₁, w₂, … */
function weightName(p: number): string {
  return `w${subscript(p + 1)}`;
}

/** The legend of the shared weights, each editable, and the message under an invalid one. */
export function KernelEditor({ kernel, text, onKernelChange }: KernelEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { min, max } = WEIGHT_SHARING_LIMITS.kernel;
  const invalidIndex = draft && draft.index < kernel.length && readWeight(draft.text) === null ? draft.index : -1;
  const messageId = `${id}-invalid`;

  const type = (index: number, raw: string) => {
    setDraft({ index, text: raw });
    const value = readWeight(raw);
    if (value === null || value === kernel[index]) return;
    onKernelChange(kernel.map((old, q) => (q === index ? value : old)));
  };

  return (
    <fieldset className="ws-weights">
      <legend>{text.weightsTitle}</legend>
      <ul className="layer-graph-legend">
        {kernel.map((w, p) => {
          const style = kernelStyle(p);
          const fieldId = `${id}-w${p}`;
          const invalid = p === invalidIndex;
          return (
            <li key={p} className="ws-weight">
              <svg viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
                <line className={`layer-graph-swatch ${style.colourClass}`} x1="1" x2="27" y1="5" y2="5" strokeDasharray={style.dash || undefined} />
              </svg>
              <label className="ws-weight-label" htmlFor={fieldId}>
                {weightName(p)}
              </label>
              <span aria-hidden="true">=</span>
              <input
                id={fieldId}
                type="number"
                inputMode="decimal"
                min={min}
                max={max}
                step={0.5}
                value={draft?.index === p ? draft.text : formatNumber(w)}
                aria-invalid={invalid ? true : undefined}
                aria-describedby={invalid ? messageId : undefined}
                onChange={(event) => type(p, event.target.value)}
                onFocus={(event) => setDraft({ index: p, text: event.target.value })}
                onBlur={() => setDraft(null)}
              />
            </li>
          );
        })}
      </ul>
      {invalidIndex >= 0 ? (
        <p className="ws-invalid" id={messageId}>
          {text.weightInvalid(weightName(invalidIndex), formatNumber(kernel[invalidIndex]))}
        </p>
      ) : null}
      <p className="ws-hint">{text.weightsHint}</p>
    </fieldset>
  );
}
