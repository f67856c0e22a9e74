// The "Mark as done" toggle at the end of a lesson; the course map shows the lessons marked done.
import type { Language } from './language.ts';
import { siteText } from './siteText.ts';
import { useSiteStore } from './useSiteStore.ts';

/** A toggle button (aria-pressed) saved in the site store, with a line saying so once pressed. */
export function MarkDoneButton({ lang, slug }: { lang: Language; slug: string }) {
  const text = siteText[lang];
  const done = useSiteStore((state) => state.doneLessons.includes(slug));
  const setLessonDone = useSiteStore((state) => state.setLessonDone);
  return (
    <div className="mark-done">
      <button type="button" className="button mark-done-button" aria-pressed={done} onClick={() => setLessonDone(slug, !done)}>
        <span className="mark-done-box" aria-hidden="true">
          {done ? '✓' : ''}
        </span>
        {text.markDone}
      </button>
      {done ? <p className="mark-done-note">{text.markedDone}</p> : null}
    </div>
  );
}
