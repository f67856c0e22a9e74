// The preset buttons of convolution-1d: each sets several params at once.
import type { ParamValues } from '../../state/paramTable.ts';
import { convolution1dPresets } from './presets.ts';
import type { Convolution1dText } from './text.ts';

/** Props: the widget's text and what to do with a preset's params. */
export interface PresetButtonsProps {
  text: Convolution1dText;
  onApply: (values: ParamValues) => void;
}

/** A labelled group of buttons, one per preset. */
export function PresetButtons({ text, onApply }: PresetButtonsProps) {
  return (
    <div className="conv1d-presets" role="group" aria-label={text.presets}>
      <span className="conv1d-presets-label" aria-hidden="true">
        {text.presets}
      </span>
      {convolution1dPresets.map((preset) => (
        <button key={preset.id} type="button" onClick={() => onApply(preset.values)}>
          {text.presetNames[preset.id]}
        </button>
      ))}
    </div>
  );
}
