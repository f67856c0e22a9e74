// The shared step player of every animated widget: play/pause, first/back/forward/last, a scrubber
// and a speed choice; space and the arrow keys when focus is inside it; a polite live region saying
// where it is. Controlled: the widget owns the step index (often a URL param).
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { kitText, type KitLanguage } from './kitText.ts';
import { PlayerIcon } from './PlayerIcon.tsx';
import { PLAYER_SPEEDS, stepDelayMs } from './stepPlayback.ts';
import { useReducedMotion } from './useReducedMotion.ts';

/** Props of the step player. */
export interface StepPlayerProps {
  lang: KitLanguage;
  /** Number of steps (>= 1). */
  count: number;
  /** Current step, 0-based (clamped into [0, count-1] for display). */
  index: number;
  onIndexChange: (index: number) => void;
  /** A sentence describing step i for the live region, e.g. "t = 1.5, (f*g)(t) = 0.78". */
  describe: (index: number) => string;
}

/** Keys the player answers when focus is inside it (except inside the scrubber, which has its own). */
function keyAction(key: string): 'toggle' | 'back' | 'forward' | 'first' | 'last' | undefined {
  switch (key) {
    case ' ':
      return 'toggle';
    case 'ArrowLeft':
    case 'ArrowDown':
      return 'back';
    case 'ArrowRight':
    case 'ArrowUp':
      return 'forward';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** A toolbar of step controls plus a polite status line. */
export function StepPlayer({ lang, count, index, onIndexChange, describe }: StepPlayerProps) {
  const text = kitText[lang];
  const last = Math.max(0, count - 1);
  const current = Math.min(last, Math.max(0, Math.round(index)));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const reducedMotion = useReducedMotion();
  const scrubberId = useId();
  const speedId = useId();

  useEffect(() => {
    if (!playing || current >= last) return undefined;
    const timer = setTimeout(() => {
      onIndexChange(current + 1);
      if (current + 1 >= last) setPlaying(false);
    }, stepDelayMs(speed, reducedMotion));
    return () => clearTimeout(timer);
  }, [playing, current, last, speed, reducedMotion, onIndexChange]);

  const go = (target: number) => onIndexChange(Math.min(last, Math.max(0, target)));
  const togglePlay = () => {
    if (!playing && current >= last) go(0);
    setPlaying(!playing);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const action = keyAction(event.key);
    if (!action) return;
    // The scrubber and select handle their own arrows; buttons handle space themselves.
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return;
    if (action === 'toggle' && target.tagName === 'BUTTON') return;
    event.preventDefault();
    if (action === 'toggle') togglePlay();
    else if (action === 'back') go(current - 1);
    else if (action === 'forward') go(current + 1);
    else if (action === 'first') go(0);
    else go(last);
  };

  return (
    <div className="step-player">
      <div className="step-player-controls" role="toolbar" aria-label={text.player} onKeyDown={onKeyDown}>
        <button type="button" onClick={() => go(0)} disabled={current === 0} aria-label={text.first}>
          <PlayerIcon name="first" />
        </button>
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0} aria-label={text.stepBack}>
          <PlayerIcon name="back" />
        </button>
        <button type="button" onClick={togglePlay} aria-label={playing ? text.pause : text.play} aria-pressed={playing} disabled={count < 2}>
          <PlayerIcon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" onClick={() => go(current + 1)} disabled={current >= last} aria-label={text.stepForward}>
          <PlayerIcon name="forward" />
        </button>
        <button type="button" onClick={() => go(last)} disabled={current >= last} aria-label={text.last}>
          <PlayerIcon name="last" />
        </button>
        <label className="visually-hidden" htmlFor={scrubberId}>
          {text.position}
        </label>
        <input
          id={scrubberId}
          className="step-player-scrubber"
          type="range"
          min={0}
          max={last}
          step={1}
          value={current}
          aria-valuetext={describe(current)}
          onChange={(event) => go(Number(event.target.value))}
        />
        <label htmlFor={speedId} className="step-player-speed-label">
          {text.speed}
        </label>
        <select id={speedId} value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
          {PLAYER_SPEEDS.map((option) => (
            <option key={option} value={option}>
              {option}×
            </option>
          ))}
        </select>
      </div>
      {/* While playing, announcing every step would flood a screen reader; it speaks again on pause. */}
      <p className="step-player-status" aria-live={playing ? 'off' : 'polite'} aria-atomic="true">
        {text.stepOf(current + 1, Math.max(1, count))}
        {text.colon}
        {describe(current)}
      </p>
    </div>
  );
}
