// The embed page: params from the URL (valid, invalid, language option), written back on change.
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { EmbedPage } from '../../src/embed/EmbedPage.tsx';

vi.mock('../../src/widgets/registry.ts', () => import('../fixtures/demoRegistry.ts'));

function Location() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/embed/:widgetId" element={<EmbedPage widgetId="demo-widget" />} />
      </Routes>
      <Location />
    </MemoryRouter>,
  );
}

describe('EmbedPage', () => {
  it('/embed/demo-widget?size=5 -> the widget shows size 5, no notice', () => {
    const { container } = renderAt('/embed/demo-widget?size=5');
    expect(container.querySelector('[data-widget="demo-widget"] [data-result]')).toHaveTextContent('5');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('/embed/demo-widget?lang=zh -> the widget gets instanceKey "embed:demo-widget" (both languages)', () => {
    const { container } = renderAt('/embed/demo-widget?lang=zh');
    expect(container.querySelector('[data-result]')).toHaveAttribute('data-instance-key', 'embed:demo-widget');
  });

  it('?size=99&mode=zzz -> nearest allowed 9 and default a, both reported in role=alert', () => {
    const { container } = renderAt('/embed/demo-widget?size=99&mode=zzz');
    expect(container.querySelector('[data-result]')).toHaveTextContent('9');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('size=99');
    expect(alert).toHaveTextContent('mode=zzz');
  });

  it('?lang=zh -> the widget in Chinese, lang not reported as unknown', () => {
    renderAt('/embed/demo-widget?lang=zh');
    expect(screen.getByRole('heading', { level: 1, name: '演示组件' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('changing a control rewrites the URL, keeping lang: ?lang=zh&size=7', () => {
    renderAt('/embed/demo-widget?lang=zh');
    fireEvent.change(screen.getByRole('slider', { name: '大小' }), { target: { value: '7' } });
    expect(screen.getByTestId('location')).toHaveTextContent('/embed/demo-widget?lang=zh&size=7');
    expect(screen.getByRole('textbox', { name: '指向这个图示当前状态的链接' })).toHaveValue(`${window.location.origin}/embed/demo-widget?lang=zh&size=7`);
  });

  it('the link to share states what is shown: ?size=99&zzz=1 -> the full address with size=9 only', () => {
    renderAt('/embed/demo-widget?size=99&zzz=1');
    expect(screen.getByRole('textbox', { name: 'Link to this figure in its current state' })).toHaveValue(`${window.location.origin}/embed/demo-widget?size=9`);
  });

  it('links back to its lesson in the page language', () => {
    renderAt('/embed/demo-widget?lang=zh');
    expect(screen.getByRole('link', { name: '打开这个图示所在的课' })).toHaveAttribute('href', '/zh/lessons/convolution');
  });

  it('copy link without a clipboard says how to copy by hand', () => {
    renderAt('/embed/demo-widget');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByText(/select the link and copy it/)).toBeInTheDocument();
  });

  it('copy link with a clipboard copies and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderAt('/embed/demo-widget?size=4');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/embed/demo-widget?size=4`);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  it('unknown id renders nothing (the router shows the 404 page)', () => {
    const { container } = render(
      <MemoryRouter initialEntries={['/embed/nope']}>
        <EmbedPage widgetId="nope" />
      </MemoryRouter>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
