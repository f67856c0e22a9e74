// An exercise whose answer is one number, accepted within a tolerance.
import { useRef, type ReactNode } from 'react';
import { checkNumber } from './exerciseAnswers.ts';
import { ExerciseFrame } from './ExerciseFrame.tsx';
import { useLesson } from './lessonContext.ts';
import { lessonText } from './lessonText.ts';

/** Props: unique `id`, the `answer`, the accepted distance `tolerance` (default 0), the question and its `<Solution>`. */
export interface NumericExerciseProps {
  id: string;
  answer: number;
  tolerance?: number;
  children?: ReactNode;
}

/** A text box for one number (6, -0.5, 3/4, 9,000 and full-width digits are read) and a Check button. */
export function NumericExercise({ id, answer, tolerance = 0, children }: NumericExerciseProps) {
  const text = lessonText[useLesson().lang];
  const input = useRef<HTMLInputElement>(null);
  const inputId = `exercise-${id}-answer`;
  return (
    <ExerciseFrame
      id={id}
      check={() => checkNumber(input.current?.value ?? '', answer, tolerance)}
      control={({ describedBy }) => (
        <span className="exercise-field">
          <label htmlFor={inputId}>{text.numberAnswer}</label>
          <input ref={input} id={inputId} type="text" inputMode="decimal" autoComplete="off" aria-describedby={describedBy} />
        </span>
      )}
    >
      {children}
    </ExerciseFrame>
  );
}
