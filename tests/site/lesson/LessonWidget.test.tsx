// Component tests for `<Widget>` in lessons (src/site/lesson/LessonWidget.tsx): registry lookup,
// params through the URL codec, rejections shown, unknown id as a visible error; the reader's
// params saved and restored across a reload (also through hydration), and the reset.
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/site/language.ts';
import { LessonContext } from '../../../src/site/lesson/lessonContext.ts';
import { LessonWidget } from '../../../src/site/lesson/LessonWidget.tsx';
import { lessonWidgetKey, lessonWidgetStore } from '../../../src/site/lesson/lessonWidgetStates.ts';
import { LESSON_WIDGET_STORE_KEY, LESSON_WIDGET_STORE_VERSION } from '../../../src/state/lessonWidgetStore.ts';

vi.mock('../../../src/widgets/registry.ts', () => import('../../fixtures/demoRegistry.ts'));

type Props = { id: string; params?: string; caption?: string };

function lessonWidget(props: Props, lang: Language = 'en', slug = 'convolution') {
  return (
    <LessonContext value={{ lang, slug }}>
      <LessonWidget {...props} />
    </LessonContext>
  );
}

function renderWidget(props: Props, lang: Language = 'en', slug = 'convolution') {
  return render(lessonWidget(props, lang, slug));
}

/** The instance key of the demo widget authored as 'size=5' in lesson 'convolution'. */
const key = lessonWidgetKey('convolution', 'demo-widget', 'size=5');

const savedParams = () => lessonWidgetStore.getState().widgetParams;
const storedParams = (): unknown => (JSON.parse(localStorage.getItem(LESSON_WIDGET_STORE_KEY) ?? '{}') as { state?: { widgetParams?: unknown } }).state?.widgetParams;
const result = (container: HTMLElement) => container.querySelector('[data-result]');
const resetButton = (name = 'Reset figure') => screen.queryByRole('button', { name });

/** Writes `widgetParams` to localStorage as a previous visit would have, and reloads the store from it. */
async function reloadWith(widgetParams: Record<string, unknown>) {
  localStorage.setItem(LESSON_WIDGET_STORE_KEY, JSON.stringify({ state: { widgetParams }, version: LESSON_WIDGET_STORE_VERSION }));
  await lessonWidgetStore.persist.rehydrate();
}

beforeEach(() => {
  lessonWidgetStore.setState(lessonWidgetStore.getInitialState(), true);
});

describe('LessonWidget', () => {
  it('id=demo-widget params="size=5" -> the widget at size 5 in a figure with its caption, no alert, no reset button', () => {
    const { container } = renderWidget({ id: 'demo-widget', params: 'size=5', caption: 'A demo at size 5.' });
    expect(container.querySelector('figure [data-widget="demo-widget"] [data-result]')).toHaveTextContent('5');
    expect(screen.getByRole('figure')).toHaveTextContent('A demo at size 5.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(resetButton()).toBeNull();
  });

  it('no params -> the defaults (size 3)', () => {
    const { container } = renderWidget({ id: 'demo-widget' });
    expect(result(container)).toHaveTextContent('3');
  });

  it('params="size=99" -> nearest allowed 9, and the widget reports the rejected value', () => {
    const { container } = renderWidget({ id: 'demo-widget', params: 'size=99' });
    expect(result(container)).toHaveTextContent('9');
    expect(screen.getByRole('alert')).toHaveTextContent('size=99');
  });

  it.each([
    ['en', 'image-filters', 'size=5', 'image-filters:demo-widget:size=5'],
    ['zh', 'image-filters', 'size=5', 'image-filters:demo-widget:size=5'],
    ['en', 'convolution', '', 'convolution:demo-widget:'],
  ] as const)('lang=%s slug=%s params="%s" -> the widget gets instanceKey "%s" (its saved-params key)', (lang, slug, params, instanceKey) => {
    const { container } = renderWidget({ id: 'demo-widget', params }, lang, slug);
    expect(result(container)).toHaveAttribute('data-instance-key', instanceKey);
    expect(instanceKey).toBe(lessonWidgetKey(slug, 'demo-widget', params));
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

describe('LessonWidget keeps the reader’s params', () => {
  it('params="size=5": choose mode b -> "size=5&mode=b" saved under "convolution:demo-widget:size=5" (and in localStorage); a reset button shows', async () => {
    renderWidget({ id: 'demo-widget', params: 'size=5' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'b');
    expect(savedParams()).toEqual({ [key]: 'size=5&mode=b' });
    expect(storedParams()).toEqual({ [key]: 'size=5&mode=b' });
    expect(resetButton()).toBeInTheDocument();
  });

  it('params="size=5": mode b, then back to a -> the saved state is removed, no reset button', async () => {
    renderWidget({ id: 'demo-widget', params: 'size=5' });
    const mode = screen.getByRole('combobox', { name: 'Mode' });
    await userEvent.selectOptions(mode, 'b');
    await userEvent.selectOptions(mode, 'a');
    expect(savedParams()).toEqual({});
    expect(resetButton()).toBeNull();
  });

  it('saved "size=7&mode=b" (a reload) -> the widget starts at size 7, mode b, no alert; further changes do not restart it', async () => {
    await reloadWith({ [key]: 'size=7&mode=b' });
    const { container } = renderWidget({ id: 'demo-widget', params: 'size=5' });
    expect(result(container)).toHaveTextContent('7');
    expect(screen.getByRole('combobox', { name: 'Mode' })).toHaveValue('b');
    expect(screen.queryByRole('alert')).toBeNull();
    const size = screen.getByRole('slider', { name: 'Size' });
    size.focus();
    fireEvent.change(size, { target: { value: '8' } });
    expect(result(container)).toHaveTextContent('8');
    expect(size).toHaveFocus();
    expect(savedParams()).toEqual({ [key]: 'size=8&mode=b' });
  });

  it('saved "size=7&mode=b": Reset figure -> size 5, mode a, storage cleared, button gone, focus on the figure', async () => {
    await reloadWith({ [key]: 'size=7&mode=b', other: 'size=1' });
    const { container } = renderWidget({ id: 'demo-widget', params: 'size=5' });
    await userEvent.click(resetButton() as HTMLElement);
    expect(result(container)).toHaveTextContent('5');
    expect(screen.getByRole('combobox', { name: 'Mode' })).toHaveValue('a');
    expect(savedParams()).toEqual({ other: 'size=1' });
    expect(storedParams()).toEqual({ other: 'size=1' });
    expect(resetButton()).toBeNull();
    expect(screen.getByRole('figure')).toHaveFocus();
  });

  it.each(['size=99&mode=b', 'size=7&colour=red', 'mode=c', 'size=x'])(
    'saved "%s" (does not decode cleanly) -> ignored: authored size 5, no alert, no reset button, removed from storage',
    async (stale) => {
      await reloadWith({ [key]: stale });
      const { container } = renderWidget({ id: 'demo-widget', params: 'size=5' });
      expect(result(container)).toHaveTextContent('5');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(resetButton()).toBeNull();
      expect(savedParams()).toEqual({});
    },
  );

  it('lang=zh shares the English figure’s saved state; its reset button reads 恢复初始设置', async () => {
    await reloadWith({ [key]: 'size=7&mode=a' });
    const { container } = renderWidget({ id: 'demo-widget', params: 'size=5' }, 'zh');
    expect(result(container)).toHaveTextContent('7');
    expect(resetButton('恢复初始设置')).toBeInTheDocument();
  });

  it('another lesson (slug "pooling") or other authored params ("size=6") -> their own state: authored values', async () => {
    await reloadWith({ [key]: 'size=7&mode=a' });
    const pooling = renderWidget({ id: 'demo-widget', params: 'size=5' }, 'en', 'pooling');
    expect(result(pooling.container)).toHaveTextContent('5');
    pooling.unmount();
    const other = renderWidget({ id: 'demo-widget', params: 'size=6' });
    expect(result(other.container)).toHaveTextContent('6');
  });

  it('hydrating prerendered markup with "size=7&mode=b" saved -> the markup shows the authored 5, then 7 after hydration, no hydration error', async () => {
    await reloadWith({ [key]: 'size=7&mode=b' });
    const element = lessonWidget({ id: 'demo-widget', params: 'size=5' });
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    expect(result(container)).toHaveTextContent('5');
    expect(container.querySelector('button')).toBeNull();
    const consoleErrors = vi.spyOn(console, 'error');
    const recoverableErrors: unknown[] = [];
    let root!: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverableErrors.push(error) });
      await Promise.resolve();
    });
    expect(result(container)).toHaveTextContent('7');
    expect(screen.getByRole('combobox', { name: 'Mode' })).toHaveValue('b');
    expect(resetButton()).toBeInTheDocument();
    expect(recoverableErrors).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
    consoleErrors.mockRestore();
  });
});
