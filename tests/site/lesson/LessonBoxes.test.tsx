// Component tests for the lesson boxes (src/site/lesson/LessonBoxes.tsx): labels per language,
// titles, and the deep dive as a closed <details> that opens.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/site/language.ts';
import { DeepDive, Intro, KeyIdea, Pitfall, Recap } from '../../../src/site/lesson/LessonBoxes.tsx';
import { LessonContext } from '../../../src/site/lesson/lessonContext.ts';

function renderBoxes(lang: Language) {
  return render(
    <LessonContext value={{ lang, slug: 'convolution' }}>
      <Intro>
        <p>Opening.</p>
      </Intro>
      <KeyIdea title="Flip and slide">
        <p>Idea body.</p>
      </KeyIdea>
      <Pitfall>
        <p>Pitfall body.</p>
      </Pitfall>
      <DeepDive title="Commutativity">
        <p>Deep body.</p>
      </DeepDive>
      <Recap>
        <p>Recap body.</p>
      </Recap>
    </LessonContext>,
  );
}

describe('LessonBoxes', () => {
  it.each([
    ['en', 'Key idea', 'Pitfall', 'Recap', 'Deep dive'],
    ['zh', '要点', '易错点', '小结', '深入一步'],
  ] as const)('lang=%s: notes labelled %s (with title), %s, %s; deep dive summary %s', (lang, keyIdea, pitfall, recap, deepDive) => {
    renderBoxes(lang);
    expect(screen.getByRole('note', { name: `${keyIdea}Flip and slide` })).toHaveTextContent('Idea body.');
    expect(screen.getByRole('note', { name: pitfall })).toHaveTextContent('Pitfall body.');
    expect(screen.getByRole('note', { name: recap })).toHaveTextContent('Recap body.');
    expect(screen.getByText(deepDive).closest('summary')).toHaveTextContent('Commutativity');
  });

  it('Intro renders its content without a label', () => {
    const { container } = renderBoxes('en');
    expect(container.querySelector('.lesson-intro')).toHaveTextContent(/^Opening\.$/);
  });

  it('DeepDive is a closed <details> (works without JS) and opens on click', async () => {
    const { container } = renderBoxes('en');
    const details = container.querySelector('details.callout-deep-dive');
    expect(details).not.toHaveAttribute('open');
    await userEvent.setup().click(screen.getByText('Commutativity'));
    expect(details).toHaveAttribute('open');
  });
});
