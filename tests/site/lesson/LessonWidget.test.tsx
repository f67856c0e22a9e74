// Component tests for `<Widget>` in lessons (src/site/lesson/LessonWidget.tsx): registry lookup,
// params through the URL codec, rejections shown, unknown id as a visible error.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/site/language.ts';
import { LessonContext } from '../../../src/site/lesson/lessonContext.ts';
import { LessonWidget } from '../../../src/site/lesson/LessonWidget.tsx';

vi.mock('../../../src/widgets/registry.ts', async () => {
  const { demoWidget: widget } = await import('../../fixtures/demoWidget.ts');
  return { widgetRegistry: [widget], findWidget: (id: string) => (id === widget.meta.id ? widget : undefined) };
});

function renderWidget(props: { id: string; params?: string; caption?: string }, lang: Language = 'en') {
  return render(
    <LessonContext value={{ lang, slug: 'convolution' }}>
      <LessonWidget {...props} />
    </LessonContext>,
  );
}

describe('LessonWidget', () => {
  it('id=demo-widget params="size=5" -> the widget at size 5 in a figure with its caption, no alert', () => {
    const { container } = renderWidget({ id: 'demo-widget', params: 'size=5', caption: 'A demo at size 5.' });
    expect(container.querySelector('figure [data-widget="demo-widget"] [data-result]')).toHaveTextContent('5');
    expect(screen.getByRole('figure')).toHaveTextContent('A demo at size 5.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('no params -> the defaults (size 3)', () => {
    const { container } = renderWidget({ id: 'demo-widget' });
    expect(container.querySelector('[data-result]')).toHaveTextContent('3');
  });

  it('params="size=99" -> nearest allowed 9, and the widget reports the rejected value', () => {
    const { container } = renderWidget({ id: 'demo-widget', params: 'size=99' });
    expect(container.querySelector('[data-result]')).toHaveTextContent('9');
    expect(screen.getByRole('alert')).toHaveTextContent('size=99');
  });

  it('the widget gets the lesson language (zh title 演示组件)', () => {
    renderWidget({ id: 'demo-widget' }, 'zh');
    expect(screen.getByText('演示组件')).toBeInTheDocument();
  });

  it.each([
    ['en', 'There is no interactive figure called “no-such-widget”.'],
    ['zh', '没有名为“no-such-widget”的交互图示。'],
  ] as const)('unknown id, lang=%s -> a visible alert: %s', (lang, message) => {
    renderWidget({ id: 'no-such-widget' }, lang);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });
});
