// A multiple-choice exercise: one radio button per choice, exactly one right (0-based `answer`).
import { useId, useState, type ReactNode } from 'react';
import { checkChoice } from './exerciseAnswers.ts';
import { ExerciseFrame } from './ExerciseFrame.tsx';
import { useLesson } from './lessonContext.ts';
import { lessonText } from './lessonText.ts';

/** Props: unique `id`, the `choices` as plain text, the index of the right one, the question. */
export interface ChoiceExerciseProps {
  id: string;
  choices: readonly string[];
  answer: number;
  children?: ReactNode;
}

/** A radio group (a fieldset labelled "Choose one answer") and a Check button. */
export function ChoiceExercise({ id, choices, answer, children }: ChoiceExerciseProps) {
  const text = lessonText[useLesson().lang];
  const name = useId();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  return (
    <ExerciseFrame
      id={id}
      check={() => checkChoice(chosen, answer)}
      control={({ describedBy }) => (
        <fieldset className="exercise-choices" aria-describedby={describedBy}>
          <legend>{text.chooseOne}</legend>
          {choices.map((choice, index) => (
            <label key={index} className="exercise-choice">
              <input type="radio" name={name} value={index} checked={chosen === index} onChange={() => setChosen(index)} />
              <span>{choice}</span>
            </label>
          ))}
        </fieldset>
      )}
    >
      {children}
    </ExerciseFrame>
  );
}
