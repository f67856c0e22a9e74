// The textbook boxes of a lesson: the opening (Intro), Key idea, Pitfall, Deep dive (collapsible,
// works without JavaScript) and Recap. Labels come in the lesson's language.
import { useId, type ReactNode } from 'react';
import { useLesson } from './lessonContext.ts';
import { lessonText } from './lessonText.ts';

/** Props of a box: its markdown content and, for some, a title after the kind label. */
export interface BoxProps {
  title?: string;
  children?: ReactNode;
}

/** A labelled note box: "<kind>: <title>" on top, then the content. */
function NoteBox({ kind, className, title, children }: BoxProps & { kind: string; className: string }) {
  const labelId = useId();
  return (
    <div className={`callout ${className}`} role="note" aria-labelledby={labelId}>
      <p className="callout-title" id={labelId}>
        <span className="callout-kind">{kind}</span>
        {title ? <span className="callout-name">{title}</span> : null}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}

/** The lesson's opening: what it covers and why it matters, set a little larger than the prose. */
export function Intro({ children }: BoxProps) {
  return <div className="lesson-intro">{children}</div>;
}

/** The one idea to remember from a section. */
export function KeyIdea({ title, children }: BoxProps) {
  return (
    <NoteBox kind={lessonText[useLesson().lang].keyIdea} className="callout-key-idea" title={title}>
      {children}
    </NoteBox>
  );
}

/** A common mistake and how to avoid it. */
export function Pitfall({ title, children }: BoxProps) {
  return (
    <NoteBox kind={lessonText[useLesson().lang].pitfall} className="callout-pitfall" title={title}>
      {children}
    </NoteBox>
  );
}

/** Optional depth, closed by default: a `<details>` whose summary is "Deep dive: <title>". */
export function DeepDive({ title, children }: BoxProps & { title: string }) {
  return (
    <details className="callout callout-deep-dive">
      <summary className="callout-title">
        <span className="callout-kind">{lessonText[useLesson().lang].deepDive}</span>
        <span className="callout-name">{title}</span>
      </summary>
      <div className="callout-body">{children}</div>
    </details>
  );
}

/** The lesson's summary at the end, usually a short list. */
export function Recap({ children }: BoxProps) {
  return (
    <NoteBox kind={lessonText[useLesson().lang].recap} className="callout-recap">
      {children}
    </NoteBox>
  );
}
