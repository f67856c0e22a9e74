// Component tests for the lesson list (src/site/LessonList.tsx): planned vs published lessons.
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { OutlineLesson } from '../../src/site/courseOutline.ts';
import { LessonList } from '../../src/site/LessonList.tsx';

const lessons: OutlineLesson[] = [
  { number: 1, slug: 'convolution', published: true, title: 'What is a convolution?', summary: 'Flip, slide, sum.' },
  { number: 2, slug: 'pooling', published: false, title: 'Pooling', summary: 'Shrink a feature map.' },
];

function renderList(lang: 'en' | 'zh') {
  render(
    <MemoryRouter>
      <LessonList lang={lang} lessons={lessons} />
    </MemoryRouter>,
  );
  return screen.getAllByRole('listitem');
}

describe('LessonList', () => {
  it('LessonList en: a published lesson links to /lessons/<slug>, a planned one is plain text marked Planned', () => {
    const [published, planned] = renderList('en');
    expect(within(published).getByRole('link', { name: 'What is a convolution?' })).toHaveAttribute(
      'href',
      '/lessons/convolution',
    );
    expect(within(published).queryByText('Planned')).toBeNull();
    expect(within(planned).queryByRole('link')).toBeNull();
    expect(within(planned).getByText('Planned')).toBeInTheDocument();
    expect(within(planned).getByText('Shrink a feature map.')).toBeInTheDocument();
  });

  it('LessonList zh: links go to /zh/lessons/<slug> and planned lessons are labelled in Chinese', () => {
    const [published, planned] = renderList('zh');
    expect(within(published).getByRole('link')).toHaveAttribute('href', '/zh/lessons/convolution');
    expect(within(planned).getByText('尚未发布')).toBeInTheDocument();
  });

  it('LessonList with doneSlugs [convolution, pooling]: only the published one is marked Done', () => {
    render(
      <MemoryRouter>
        <LessonList lang="en" lessons={lessons} doneSlugs={['convolution', 'pooling']} />
      </MemoryRouter>,
    );
    const [published, planned] = screen.getAllByRole('listitem');
    expect(within(published).getByText('Done')).toBeInTheDocument();
    expect(within(planned).queryByText('Done')).toBeNull();
  });
});
