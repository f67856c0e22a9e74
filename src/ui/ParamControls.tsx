// Controls generated from a widget's param table: a slider for numbers, a select for words, a
// checkbox for flags, a text field for lists. Limits and labels come from the table, so the
// controls, the URL codec and the docs can never disagree.
import type { ParamSpec, ParamTable, ParamValue, ParamValues } from '../state/paramTable.ts';
import type { KitLanguage } from './kitText.ts';
import { ListField } from './ListField.tsx';
import { useId } from 'react';

/** Props: the table, the current values, which params to show (all by default), and the change handler. */
export interface ParamControlsProps {
  lang: KitLanguage;
  table: ParamTable;
  values: ParamValues;
  onChange: (name: string, value: ParamValue) => void;
  /** Names of the params to show, in this order; default: every param of the table. */
  names?: readonly string[];
  /** Disables every control (e.g. locked classroom links). */
  disabled?: boolean;
}

interface ControlProps {
  lang: KitLanguage;
  spec: ParamSpec;
  value: ParamValue;
  onChange: (value: ParamValue) => void;
  disabled: boolean;
}

function ParamControl({ lang, spec, value, onChange, disabled }: ControlProps) {
  const id = useId();
  const docId = `${id}-doc`;
  const label = (
    <label htmlFor={id} className="param-label">
      {spec.label[lang]}
    </label>
  );
  const doc = (
    <span id={docId} className="param-doc">
      {spec.doc[lang]}
    </span>
  );
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const numeric = typeof value === 'number' ? value : spec.default;
      return (
        <div className="param-control param-range">
          {label}
          <input
            id={id}
            type="range"
            min={spec.min}
            max={spec.max}
            step={spec.kind === 'integer' ? 1 : spec.step}
            value={numeric}
            disabled={disabled}
            aria-describedby={docId}
            onChange={(event) => onChange(Number(event.target.value))}
          />
          <output htmlFor={id}>{numeric}</output>
          {doc}
        </div>
      );
    }
    case 'word':
      return (
        <div className="param-control param-word">
          {label}
          <select id={id} value={String(value)} disabled={disabled} aria-describedby={docId} onChange={(event) => onChange(event.target.value)}>
            {spec.words.map((word) => (
              <option key={word} value={word}>
                {spec.wordLabels?.[word]?.[lang] ?? word}
              </option>
            ))}
          </select>
          {doc}
        </div>
      );
    case 'flag':
      return (
        <div className="param-control param-flag">
          <input id={id} type="checkbox" checked={value === true} disabled={disabled} aria-describedby={docId} onChange={(event) => onChange(event.target.checked)} />
          {label}
          {doc}
        </div>
      );
    case 'numbers':
    case 'wordOrNumbers':
      return <ListField lang={lang} spec={spec} value={value} onChange={onChange} disabled={disabled} />;
  }
}

/** One labelled control per shown param, each with its one-line doc as its description. */
export function ParamControls({ lang, table, values, onChange, names, disabled = false }: ParamControlsProps) {
  const shown = names ? names.flatMap((name) => table.filter((spec) => spec.name === name)) : table;
  return (
    <div className="param-controls">
      {shown.map((spec) => (
        <ParamControl
          key={spec.name}
          lang={lang}
          spec={spec}
          value={values[spec.name] ?? spec.default}
          disabled={disabled}
          onChange={(value) => onChange(spec.name, value)}
        />
      ))}
    </div>
  );
}
