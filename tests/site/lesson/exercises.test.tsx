// Component tests for the exercises of the lesson vocabulary (numeric, choice, sequence): right,
// wrong, unparsable, tolerance, repeated verdicts numbered, the solution disclosure, and solved
// exercises kept across a reload.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/site/language.ts';
import { ChoiceExercise } from '../../../src/site/lesson/ChoiceExercise.tsx';
import { LessonContext } from '../../../src/site/lesson/lessonContext.ts';
import { NumericExercise } from '../../../src/site/lesson/NumericExercise.tsx';
import { SequenceExercise } from '../../../src/site/lesson/SequenceExercise.tsx';
import { Solution } from '../../../src/site/lesson/Solution.tsx';
import { useSiteStore } from '../../../src/site/useSiteStore.ts';
import { SITE_STORE_KEY, type SiteData } from '../../../src/state/siteStore.ts';

/** What the site store wrote to localStorage. */
function storedSiteData(): SiteData {
  return (JSON.parse(localStorage.getItem(SITE_STORE_KEY) ?? '{}') as { state: SiteData }).state;
}

beforeEach(() => {
  useSiteStore.setState(useSiteStore.getInitialState(), true);
});

function inLesson(children: ReactNode, lang: Language = 'en') {
  return render(<LessonContext value={{ lang, slug: 'convolution' }}>{children}</LessonContext>);
}

async function answer(text: string) {
  const user = userEvent.setup();
  const box = screen.getByRole('textbox');
  await user.clear(box);
  if (text) await user.type(box, text);
  await user.click(screen.getByRole('button', { name: /check|检查答案/i }));
  return screen.getByRole('status');
}

const lengthExercise = (
  <NumericExercise id="length" answer={7}>
    <p>How long is the full convolution of lengths 5 and 3?</p>
    <Solution>
      <p>5 + 3 - 1 = 7.</p>
    </Solution>
  </NumericExercise>
);

describe('NumericExercise', () => {
  it('answer 7 -> "Correct!" in the polite status line; 8 -> "Not quite: try again."', async () => {
    inLesson(lengthExercise);
    expect(await answer('8')).toHaveTextContent('Not quite: try again.');
    expect(await answer('7')).toHaveTextContent('Correct!');
    expect(screen.getByRole('status')).toHaveAttribute('data-verdict', 'correct');
  });

  it('8 twice -> the second verdict is numbered "(attempt 2)", so the polite status line changes and is re-announced', async () => {
    inLesson(lengthExercise);
    const status = await answer('8');
    expect(status).toHaveAttribute('aria-atomic', 'true');
    expect(status).toHaveTextContent(/^Not quite: try again\.$/);
    expect(await answer('8')).toHaveTextContent(/^Not quite: try again\. \(attempt 2\)$/);
    expect(await answer('8')).toHaveTextContent(/^Not quite: try again\. \(attempt 3\)$/);
    expect(await answer('7')).toHaveTextContent(/^Correct! \(attempt 4\)$/);
  });

  it.each(['9,000', '9，000', '9000'])('answer %j to a 9000 exercise -> Correct!', async (typed) => {
    inLesson(<NumericExercise id="params" answer={9000} />);
    expect(await answer(typed)).toHaveTextContent(/^Correct!$/);
  });

  it('"abc", "", then 8 and 8: unreadable answers are no attempts, so the 8s are unnumbered then "(attempt 2)"', async () => {
    inLesson(lengthExercise);
    expect(await answer('abc')).toHaveTextContent(/^“abc” is not a number\./);
    expect(await answer('')).toHaveTextContent(/^Type your answer first\.$/);
    expect(await answer('8')).toHaveTextContent(/^Not quite: try again\.$/);
    expect(await answer('8')).toHaveTextContent(/^Not quite: try again\. \(attempt 2\)$/);
    expect(await answer('abc')).not.toHaveTextContent('attempt');
  });

  it('"abc" twice: the same unnumbered verdict, in a new node each time (so it is announced again)', async () => {
    inLesson(lengthExercise);
    const first = (await answer('abc')).firstElementChild;
    const second = (await answer('abc')).firstElementChild;
    expect(second).toHaveTextContent(/^“abc” is not a number\./);
    expect(second).not.toHaveTextContent('attempt');
    expect(first).not.toBeNull();
    expect(second).not.toBe(first);
  });

  it('zh: 8 twice -> 还不对，再想一想。（第 2 次作答）', async () => {
    inLesson(lengthExercise, 'zh');
    await answer('8');
    expect(await answer('8')).toHaveTextContent(/^还不对，再想一想。（第 2 次作答）$/);
  });

  it('"1e400" -> not a number (not finite), not "Not quite"', async () => {
    inLesson(lengthExercise);
    expect(await answer('1e400')).toHaveTextContent('“1e400” is not a number.');
  });

  it('"seven" -> says it is not a number and gives examples; empty -> asks for an answer; no throw', async () => {
    inLesson(lengthExercise);
    expect(await answer('seven')).toHaveTextContent('“seven” is not a number. Type a number such as 6, -0.5 or 3/4.');
    expect(await answer('')).toHaveTextContent('Type your answer first.');
  });

  it('tolerance 0.001 around 1/6: 0.1667 and 1/6 correct, 0.17 not', async () => {
    inLesson(<NumericExercise id="probability" answer={1 / 6} tolerance={0.001} />);
    expect(await answer('0.17')).toHaveTextContent('Not quite');
    expect(await answer('0.1667')).toHaveTextContent('Correct!');
    expect(await answer('1/6')).toHaveTextContent('Correct!');
  });

  it('the question labels the answer box; the solution is a closed disclosure below the Check button that opens', async () => {
    const { container } = inLesson(lengthExercise);
    const box = screen.getByRole('textbox', { name: 'Your answer (a number)' });
    expect(box).toHaveAccessibleDescription('How long is the full convolution of lengths 5 and 3?');
    const details = container.querySelector('details.exercise-solution');
    expect(details).not.toHaveAttribute('open');
    const summary = screen.getByText('Show solution');
    const check = screen.getByRole('button', { name: 'Check' });
    expect(check.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.setup().click(summary);
    expect(details).toHaveAttribute('open');
    expect(screen.getByText('5 + 3 - 1 = 7.')).toBeVisible();
  });

  it('a solved exercise is saved in the site store and shows "Solved" again after a reload', async () => {
    const { unmount } = inLesson(lengthExercise);
    expect(screen.queryByText('Solved')).toBeNull();
    await answer('7');
    expect(screen.getByText('Solved')).toBeInTheDocument();
    expect(storedSiteData().solvedExercises).toEqual({ convolution: ['length'] });
    unmount();
    useSiteStore.setState(useSiteStore.getInitialState(), true);
    localStorage.setItem(SITE_STORE_KEY, JSON.stringify({ state: { solvedExercises: { convolution: ['length'] } }, version: 1 }));
    await useSiteStore.persist.rehydrate();
    inLesson(lengthExercise);
    expect(screen.getByText('Solved')).toBeInTheDocument();
  });

  it('a wrong answer saves nothing', async () => {
    inLesson(lengthExercise);
    await answer('6');
    expect(useSiteStore.getState().solvedExercises).toEqual({});
  });

  it('zh: labels and feedback in Chinese (检查答案, 答对了！, 查看解答)', async () => {
    inLesson(lengthExercise, 'zh');
    expect(screen.getByRole('textbox', { name: '你的答案（一个数）' })).toBeInTheDocument();
    expect(screen.getByText('查看解答')).toBeInTheDocument();
    expect(await answer('abc')).toHaveTextContent('“abc”不是一个数');
    expect(await answer('7')).toHaveTextContent('答对了！');
  });
});

describe('ChoiceExercise', () => {
  const exercise = (
    <ChoiceExercise id="pytorch" choices={['Convolution', 'Cross-correlation', 'Pooling']} answer={1}>
      <p>Which operation does a PyTorch conv layer compute?</p>
    </ChoiceExercise>
  );

  it('a radio group "Choose one answer" with 3 options; Check with none -> asks to choose', async () => {
    inLesson(exercise);
    const group = screen.getByRole('group', { name: 'Choose one answer' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Choose one of the answers first.');
  });

  it('Convolution -> not quite; Cross-correlation -> correct and saved', async () => {
    const user = userEvent.setup();
    inLesson(exercise);
    await user.click(screen.getByRole('radio', { name: 'Convolution' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Not quite: try again.');
    await user.click(screen.getByRole('radio', { name: 'Cross-correlation' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status')).toHaveTextContent('Correct!');
    expect(useSiteStore.getState().solvedExercises).toEqual({ convolution: ['pytorch'] });
  });
});

describe('SequenceExercise', () => {
  const exercise = <SequenceExercise id="full" answer={[1, 3, 3, 1]} />;

  it.each(['1, 3, 3, 1', '1 3 3 1', '1，3，3，1', '1、3、3、1'])('answer %j -> Correct!', async (text) => {
    inLesson(exercise);
    expect(await answer(text)).toHaveTextContent('Correct!');
  });

  it('"1, 3, 3" -> the answer has 4 numbers, you gave 3', async () => {
    inLesson(exercise);
    expect(await answer('1, 3, 3')).toHaveTextContent('Not quite: the answer has 4 numbers, you gave 3.');
  });

  it('"1, 2, 3, 2" -> numbers 2 and 4 are off', async () => {
    inLesson(exercise);
    expect(await answer('1, 2, 3, 2')).toHaveTextContent('Not quite: numbers 2 and 4 are off.');
  });

  it('"1, 3, , 3, 1" -> number 3 is empty (not accepted as correct)', async () => {
    inLesson(exercise);
    expect(await answer('1, 3, , 3, 1')).toHaveTextContent('Number 3 is empty: type the missing number, or delete the extra comma.');
    expect(screen.getByRole('status')).toHaveAttribute('data-verdict', 'emptyItem');
  });

  it('zh: "1，3，，3，1" -> 第 3 个数是空的', async () => {
    inLesson(exercise, 'zh');
    expect(await answer('1，3，，3，1')).toHaveTextContent('第 3 个数是空的：请补上缺少的数，或删去多余的逗号。');
  });

  it('"1, x, 3" -> names the item that is not a number', async () => {
    inLesson(exercise);
    expect(await answer('1, x, 3')).toHaveTextContent('“x” is not a number.');
  });

  it('zh: "1，2，3，1" -> 第 2 个数有误; the hint mentions 顿号', async () => {
    inLesson(exercise, 'zh');
    expect(screen.getByRole('textbox', { name: '你的答案（一串数）' })).toHaveAccessibleDescription(/顿号/);
    expect(await answer('1，2，3，1')).toHaveTextContent('还不对：第 2 个数有误。');
  });
});
