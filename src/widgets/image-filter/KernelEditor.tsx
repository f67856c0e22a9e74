// The kernel editor of image-filter: a preset select, the size switch, a size x size grid of number
// fields (every weight editable; invalid typing is marked and the last valid weight kept) and the
// kernel's sum with what it means.
import { useId, useState } from 'react';
import { formatValue } from './formatValue.ts';
import type { KernelSpec } from './kernelParam.ts';
import { KERNEL_SIZES, PRESET_WORDS, type KernelSize, type PresetWord } from './kernelPresets.ts';
import { describeSum } from './model.ts';
import { parseCell } from './parseCell.ts';
import type { ImageFilterText } from './text.ts';

/** Props: the text, the kernel, and the three ways to change it. */
export interface KernelEditorProps {
  text: ImageFilterText;
  kernel: KernelSpec;
  onPreset: (word: PresetWord) => void;
  onSize: (size: KernelSize) => void;
  /** A new list of weights (same size) after one cell changed. */
  onValues: (values: number[]) => void;
}

/** The cell being typed in: its index and raw text (only while it has focus). */
interface Draft {
  index: number;
  text: string;
}

/** The editor: controls row, the weights as a table of fields, the sum line and the note on flipping. */
export function KernelEditor({ text, kernel, onPreset, onSize, onValues }: KernelEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { sum, meaning } = describeSum(kernel);
  const rows = Array.from({ length: kernel.size }, (_, r) => r);
  const invalidIndex = draft && parseCell(draft.text) === undefined ? draft.index : -1;

  const type = (index: number, raw: string) => {
    setDraft({ index, text: raw });
    const value = parseCell(raw);
    if (value === undefined || Object.is(value, kernel.values[index])) return;
    onValues(kernel.values.map((v, i) => (i === index ? value : v)));
  };

  return (
    <div className="imgf-kernel" role="group" aria-labelledby={`${id}-title`}>
      <p className="imgf-section-title" id={`${id}-title`}>
        {text.kernelGroup}
      </p>
      <div className="imgf-kernel-controls">
        <label className="param-label" htmlFor={`${id}-preset`}>
          {text.preset}
        </label>
        <select id={`${id}-preset`} value={kernel.preset ?? 'custom'} onChange={(event) => onPreset(event.target.value as PresetWord)}>
          {PRESET_WORDS.map((word) => (
            <option key={word} value={word}>
              {text.presetNames[word]}
            </option>
          ))}
          {kernel.preset === undefined ? (
            <option value="custom" disabled>
              {text.custom}
            </option>
          ) : null}
        </select>
        <label className="param-label" htmlFor={`${id}-size`}>
          {text.size}
        </label>
        <select id={`${id}-size`} value={String(kernel.size)} onChange={(event) => onSize(event.target.value === '5' ? 5 : 3)}>
          {KERNEL_SIZES.map((size) => (
            <option key={size} value={String(size)}>{`${size} × ${size}`}</option>
          ))}
        </select>
      </div>
      <table className={`imgf-kernel-grid imgf-kernel-grid-${kernel.size}`} aria-label={text.kernelGrid}>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              {rows.map((c) => {
                const index = r * kernel.size + c;
                const invalid = index === invalidIndex;
                return (
                  <td key={c}>
                    <input
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      spellCheck={false}
                      aria-label={text.cellLabel(r + 1, c + 1)}
                      aria-invalid={invalid ? true : undefined}
                      aria-describedby={invalid ? `${id}-invalid` : undefined}
                      value={draft?.index === index ? draft.text : formatValue(kernel.values[index])}
                      onChange={(event) => type(index, event.target.value)}
                      onFocus={(event) => setDraft({ index, text: event.target.value })}
                      onBlur={() => setDraft(null)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {invalidIndex >= 0 ? (
        <p className="imgf-invalid" id={`${id}-invalid`}>
          {text.cellInvalid(formatValue(kernel.values[invalidIndex]))}
        </p>
      ) : null}
      <p className="imgf-sum">{text.sum(formatValue(sum), meaning)}</p>
      <p className="imgf-note">{text.crossCorrelation}</p>
    </div>
  );
}
