// The worked solution of an exercise, closed until the reader opens it (a `<details>`, so it also
// works without JavaScript). Inside an exercise it is moved below the Check button.
import type { ReactNode } from 'react';
import { useLesson } from './lessonContext.ts';
import { lessonText } from './lessonText.ts';

/** `<details>` with the summary "Show solution" and the solution as its content. */
export function Solution({ children }: { children?: ReactNode }) {
  return (
    <details className="exercise-solution">
      <summary>{lessonText[useLesson().lang].showSolution}</summary>
      <div className="exercise-solution-body">{children}</div>
    </details>
  );
}
