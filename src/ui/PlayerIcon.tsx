// The step player's button icons as inline SVG: |◀ first, ◀◀ back, ▶ play, ❚❚ pause, ▶▶ forward,
// ▶| last (the media-control glyphs of fonts are missing on many systems). Decorative: the buttons
// carry the accessible names.

/** Which icon to draw. */
export type PlayerIconName = 'first' | 'back' | 'play' | 'pause' | 'forward' | 'last';

const paths: Readonly<Record<PlayerIconName, string>> = {
  first: 'M3 3h2v10H3zM13 3v10L6 8z',
  back: 'M8 3v10L2 8zM14 3v10L8 8z',
  play: 'M4 3v10l9-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  forward: 'M2 3v10l6-5zM8 3v10l6-5z',
  last: 'M3 3v10l7-5zM11 3h2v10h-2z',
};

/** A 16x16 icon in the current text colour, hidden from assistive technology. */
export function PlayerIcon({ name }: { name: PlayerIconName }) {
  return (
    <svg className="player-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
