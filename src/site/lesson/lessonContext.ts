// What the lesson page tells the components inside a lesson: its language (for their labels) and
// its slug (to save solved exercises under).
import { createContext, useContext } from 'react';
import type { Language } from '../language.ts';

/** The lesson being shown: its language and slug. */
export interface LessonInfo {
  lang: Language;
  slug: string;
}

/** Provided by the lesson page around the lesson body. Outside a lesson: English, no slug. */
export const LessonContext = createContext<LessonInfo>({ lang: 'en', slug: '' });

/** The lesson around the calling component. */
export function useLesson(): LessonInfo {
  return useContext(LessonContext);
}
