// The MDX component map: every name a lesson may use as a JSX tag, and nothing else
// (tests/content.test.ts fails on any other tag). Lessons import nothing themselves.
import { ChoiceExercise } from './ChoiceExercise.tsx';
import { DeepDive, Intro, KeyIdea, Pitfall, Recap } from './LessonBoxes.tsx';
import { LessonWidget } from './LessonWidget.tsx';
import { NumericExercise } from './NumericExercise.tsx';
import { SequenceExercise } from './SequenceExercise.tsx';
import { Solution } from './Solution.tsx';

/** Tag name -> component, passed as `components` to a lesson's MDX content. */
export const lessonComponents = {
  Intro,
  KeyIdea,
  Pitfall,
  DeepDive,
  Recap,
  NumericExercise,
  ChoiceExercise,
  SequenceExercise,
  Solution,
  Widget: LessonWidget,
};

/** The tag names a lesson may use. */
export type LessonComponentName = keyof typeof lessonComponents;
