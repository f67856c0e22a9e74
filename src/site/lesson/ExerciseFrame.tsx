// The shell every exercise shares: the question, the answer control, a Check button, the verdict in a
// polite live region (numbered from the second attempt on; an unreadable answer is no attempt; each
// check replaces the verdict's node, so a repeated verdict is announced again), the solution behind a
// disclosure, and a "Solved" badge kept in the site store.
import { Children, isValidElement, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useSiteStore } from '../useSiteStore.ts';
import { isAttempt, type CheckResult } from './exerciseAnswers.ts';
import { useLesson } from './lessonContext.ts';
import { feedbackText, lessonText } from './lessonText.ts';
import { Solution } from './Solution.tsx';

/** Props of the shell. */
export interface ExerciseFrameProps {
  /** The exercise's id, unique within its lesson: what the store records once it is solved. */
  id: string;
  /** The question (markdown) and, anywhere among it, one `<Solution>`. */
  children?: ReactNode;
  /** The answer control(s), rendered inside the form before the Check button. */
  control: (ids: { describedBy: string }) => ReactNode;
  /** Reads the control's current answer and judges it. */
  check: () => CheckResult;
}

/** The last verdict, how many times Check was pressed and how many of those judged a readable answer. */
interface Feedback {
  result: CheckResult;
  checks: number;
  attempts: number;
}

/** Splits the children into the question and the `<Solution>` elements (shown last, as a disclosure). */
function splitSolution(children: ReactNode): { question: ReactNode[]; solutions: ReactNode[] } {
  const question: ReactNode[] = [];
  const solutions: ReactNode[] = [];
  for (const child of Children.toArray(children)) {
    (isValidElement(child) && child.type === Solution ? solutions : question).push(child);
  }
  return { question, solutions };
}

/** One exercise: question, form, live verdict, solution. Never throws on what the reader types. */
export function ExerciseFrame({ id, children, control, check }: ExerciseFrameProps) {
  const { lang, slug } = useLesson();
  const text = lessonText[lang];
  const labelId = useId();
  const questionId = useId();
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const solved = useSiteStore((state) => state.solvedExercises[slug]?.includes(id) ?? false);
  const markExerciseSolved = useSiteStore((state) => state.markExerciseSolved);
  const { question, solutions } = splitSolution(children);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const verdict = check();
    setFeedback((previous) => ({
      result: verdict,
      checks: (previous?.checks ?? 0) + 1,
      attempts: (previous?.attempts ?? 0) + (isAttempt(verdict) ? 1 : 0),
    }));
    if (verdict.kind === 'correct' && slug) markExerciseSolved(slug, id);
  };

  return (
    <div className="exercise" role="group" aria-labelledby={labelId} data-exercise={id}>
      <p className="exercise-head">
        <span className="exercise-label" id={labelId}>
          {text.exercise}
        </span>
        {solved ? <span className="exercise-solved">{text.solved}</span> : null}
      </p>
      <div className="exercise-question" id={questionId}>
        {question}
      </div>
      <form className="exercise-form" onSubmit={onSubmit} noValidate>
        {control({ describedBy: questionId })}
        <button type="submit" className="button">
          {text.check}
        </button>
      </form>
      <p className="exercise-feedback" role="status" aria-atomic="true" data-verdict={feedback?.result.kind}>
        {feedback ? <span key={feedback.checks}>{feedbackText(feedback.result, text, isAttempt(feedback.result) ? feedback.attempts : 1)}</span> : null}
      </p>
      {solutions}
    </div>
  );
}
