// An exercise whose answer is a list of numbers, typed in one box (commas, 、 or spaces between them).
import { useId, useRef, type ReactNode } from 'react';
import { checkSequence } from './exerciseAnswers.ts';
import { ExerciseFrame } from './ExerciseFrame.tsx';
import { useLesson } from './lessonContext.ts';
import { lessonText } from './lessonText.ts';

/** Props: unique `id`, the `answer` sequence, the accepted distance per item `tolerance` (default 0). */
export interface SequenceExerciseProps {
  id: string;
  answer: readonly number[];
  tolerance?: number;
  children?: ReactNode;
}

/** A text box for a list of numbers, with a hint on how to type it, and a Check button. */
export function SequenceExercise({ id, answer, tolerance = 0, children }: SequenceExerciseProps) {
  const text = lessonText[useLesson().lang];
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const inputId = `exercise-${id}-answer`;
  return (
    <ExerciseFrame
      id={id}
      check={() => checkSequence(input.current?.value ?? '', answer, tolerance)}
      control={({ describedBy }) => (
        <span className="exercise-field exercise-field-wide">
          <label htmlFor={inputId}>{text.sequenceAnswer}</label>
          <input
            ref={input}
            id={inputId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${describedBy} ${hintId}`}
          />
          <span className="exercise-hint" id={hintId}>
            {text.sequenceHint}
          </span>
        </span>
      )}
    >
      {children}
    </ExerciseFrame>
  );
}
