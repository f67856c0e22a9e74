// A text field for a list param ("1, 2, 3" or a word such as "box"): the reader types freely; the
// value is applied on Enter or when the field loses focus, and only when the codec accepts it as
// given; otherwise the problem shows beside the field and the last good value stays (and says so).
import { useId, useState } from 'react';
import { decodeParamValue } from '../state/decodeParamValue.ts';
import { formatParamValue, type NumbersParam, type ParamValue, type WordOrNumbersParam } from '../state/paramTable.ts';
import { kitText, type KitLanguage } from './kitText.ts';

/** Props: the list param's spec, its current value and the change handler. */
export interface ListFieldProps {
  lang: KitLanguage;
  spec: NumbersParam | WordOrNumbersParam;
  value: ParamValue;
  onChange: (value: ParamValue) => void;
  disabled: boolean;
}

/** A labelled text input with an inline error (aria-invalid + description) for values it cannot apply. */
export function ListField({ lang, spec, value, onChange, disabled }: ListFieldProps) {
  const id = useId();
  const formatted = formatParamValue(value);
  const [draft, setDraft] = useState(formatted);
  const [shownValue, setShownValue] = useState(formatted);
  const [error, setError] = useState<string | null>(null);
  // A new value from outside (a preset, the URL) replaces the draft.
  if (formatted !== shownValue) {
    setShownValue(formatted);
    setDraft(formatted);
    setError(null);
  }
  const apply = () => {
    const decoded = decodeParamValue(spec, draft);
    if (decoded.problem) {
      setError(kitText[lang].notApplied(decoded.problem[lang], formatted));
      return;
    }
    setError(null);
    if (formatParamValue(decoded.value) !== formatted) onChange(decoded.value);
  };
  const errorId = `${id}-error`;
  const docId = `${id}-doc`;
  return (
    <div className="param-control param-list">
      <label htmlFor={id} className="param-label">
        {spec.label[lang]}
      </label>
      <input
        id={id}
        type="text"
        inputMode="text"
        spellCheck={false}
        autoComplete="off"
        value={draft}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${docId}` : docId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
      <span id={docId} className="param-doc">
        {spec.doc[lang]}
      </span>
      {error ? (
        <span id={errorId} className="param-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
