// The words of the lesson vocabulary (box labels, exercise controls and feedback) in each language.
import type { Language } from '../language.ts';
import type { CheckResult } from './exerciseAnswers.ts';

/** Every label the lesson components show, in one language. */
export interface LessonText {
  keyIdea: string;
  pitfall: string;
  deepDive: string;
  recap: string;
  exercise: string;
  /** Badge of an exercise the reader has solved (saved across visits). */
  solved: string;
  check: string;
  showSolution: string;
  /** Label of the answer box of a numeric exercise. */
  numberAnswer: string;
  /** Label of the answer box of a sequence exercise. */
  sequenceAnswer: string;
  /** How to type a sequence. */
  sequenceHint: string;
  /** Legend of a multiple-choice exercise's options. */
  chooseOne: string;
  correct: string;
  /** Nothing was typed (or chosen). */
  empty: string;
  noChoice: string;
  /** A numeric answer that is not a number. */
  notANumber: (text: string) => string;
  /** One item of a sequence is not a number. */
  notANumberInList: (item: string) => string;
  /** The item at this 1-based position is empty ('3,1,,-1': two commas in a row; or a comma at either end). */
  emptyItem: (position: number) => string;
  /** The answer is wrong. */
  wrong: string;
  wrongLength: (expected: number, given: number) => string;
  /** Items at these 1-based positions are wrong. */
  wrongItems: (positions: readonly number[]) => string;
  /**
   * The verdict `message` of the `n`-th check (n >= 2), numbered so that a verdict repeated word for
   * word still changes on screen and is announced again.
   */
  numberedVerdict: (message: string, n: number) => string;
  /** Shown in place of a widget whose id is not registered. */
  unknownWidget: (id: string) => string;
  /** Button under a lesson widget the reader changed: back to the lesson's own settings. */
  resetFigure: string;
}

/** The lesson vocabulary's text per language. */
export const lessonText: Readonly<Record<Language, LessonText>> = {
  en: {
    keyIdea: 'Key idea',
    pitfall: 'Pitfall',
    deepDive: 'Deep dive',
    recap: 'Recap',
    exercise: 'Exercise',
    solved: 'Solved',
    check: 'Check',
    showSolution: 'Show solution',
    numberAnswer: 'Your answer (a number)',
    sequenceAnswer: 'Your answer (a list of numbers)',
    sequenceHint: 'Separate the numbers with commas or spaces, for example 1, 2, 3.',
    chooseOne: 'Choose one answer',
    correct: 'Correct!',
    empty: 'Type your answer first.',
    noChoice: 'Choose one of the answers first.',
    notANumber: (text) => `“${text}” is not a number. Type a number such as 6, -0.5 or 3/4.`,
    notANumberInList: (item) => `“${item}” is not a number. Type numbers separated by commas or spaces, such as 1, 2, 3.`,
    emptyItem: (position) => `Number ${position} is empty: type the missing number, or delete the extra comma.`,
    wrong: 'Not quite: try again.',
    wrongLength: (expected, given) =>
      `Not quite: the answer has ${expected} number${expected === 1 ? '' : 's'}, you gave ${given}.`,
    wrongItems: (positions) =>
      positions.length === 1
        ? `Not quite: number ${positions[0]} is off.`
        : `Not quite: numbers ${positions.slice(0, -1).join(', ')} and ${positions[positions.length - 1]} are off.`,
    numberedVerdict: (message, n) => `${message} (attempt ${n})`,
    unknownWidget: (id) => `There is no interactive figure called “${id}”.`,
    resetFigure: 'Reset figure',
  },
  zh: {
    keyIdea: '要点',
    pitfall: '易错点',
    deepDive: '深入一步',
    recap: '小结',
    exercise: '练习',
    solved: '已答对',
    check: '检查答案',
    showSolution: '查看解答',
    numberAnswer: '你的答案（一个数）',
    sequenceAnswer: '你的答案（一串数）',
    sequenceHint: '数与数之间用逗号、顿号或空格隔开，例如 1, 2, 3。',
    chooseOne: '选择一个答案',
    correct: '答对了！',
    empty: '请先填写答案。',
    noChoice: '请先选择一个答案。',
    notANumber: (text) => `“${text}”不是一个数。请填写数字，例如 6、-0.5 或 3/4。`,
    notANumberInList: (item) => `“${item}”不是数字。请填写用逗号或空格隔开的一串数，例如 1, 2, 3。`,
    emptyItem: (position) => `第 ${position} 个数是空的：请补上缺少的数，或删去多余的逗号。`,
    wrong: '还不对，再想一想。',
    wrongLength: (expected, given) => `还不对：答案共有 ${expected} 个数，你填了 ${given} 个。`,
    wrongItems: (positions) => `还不对：第 ${positions.join('、')} 个数有误。`,
    numberedVerdict: (message, n) => `${message}（第 ${n} 次作答）`,
    unknownWidget: (id) => `没有名为“${id}”的交互图示。`,
    resetFigure: '恢复初始设置',
  },
};

/**
 * The sentence the feedback line shows for the verdict of the `checks`-th check (default 1):
 * from the second check on it carries the attempt number, "Not quite: try again. (attempt 2)".
 */
export function feedbackText(result: CheckResult, text: LessonText, checks = 1): string {
  const message = verdictText(result, text);
  return checks > 1 ? text.numberedVerdict(message, checks) : message;
}

/** The sentence for a verdict alone. */
function verdictText(result: CheckResult, text: LessonText): string {
  switch (result.kind) {
    case 'correct':
      return text.correct;
    case 'empty':
      return text.empty;
    case 'noChoice':
      return text.noChoice;
    case 'notANumber':
      return text.notANumber(result.text);
    case 'notANumberInList':
      return text.notANumberInList(result.item);
    case 'emptyItem':
      return text.emptyItem(result.position);
    case 'wrong':
      return text.wrong;
    case 'wrongLength':
      return text.wrongLength(result.expected, result.given);
    case 'wrongItems':
      return text.wrongItems(result.positions);
  }
}
