// The sparse-vs-dense widget driven as a reader would: the mode switch, the sliders, picking a
// neuron by focus, keyboard and click; and its prerendered HTML.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decodeWidgetParams } from '../../../src/widgets/decodeWidgetParams.ts';
import { sparseVsDenseMeta } from '../../../src/widgets/sparse-vs-dense/meta.ts';
import { SparseVsDense } from '../../../src/widgets/sparse-vs-dense/SparseVsDense.tsx';

function renderWidget(search = '', lang: 'en' | 'zh' = 'en') {
  const { values, rejections } = decodeWidgetParams(sparseVsDenseMeta, search);
  return render(<SparseVsDense lang={lang} initialParams={values} rejections={rejections} />);
}

const result = () => document.querySelector('[data-result]')?.textContent;
const status = () => document.querySelector('.svd-status')?.textContent;
const edges = () => Array.from(document.querySelectorAll('line.layer-graph-edge'));

describe('SparseVsDense', () => {
  it('defaults n=8 k=3 conv: data-result 4, 18 edges in 3 colour classes, conv row marked current', () => {
    renderWidget();
    expect(result()).toBe('4');
    expect(edges()).toHaveLength(18);
    expect(new Set(edges().map((e) => e.getAttribute('class')))).toEqual(new Set(['layer-graph-edge layer-graph-k0', 'layer-graph-edge layer-graph-k1', 'layer-graph-edge layer-graph-k2']));
    const current = document.querySelector('tr[aria-current="true"]');
    expect(current?.textContent).toContain('Convolutional');
  });

  it('mode switch: conv -> dense 54 (48 edges) -> local 24 (18 edges)', async () => {
    const user = userEvent.setup();
    renderWidget();
    const mode = screen.getByRole('combobox', { name: 'Mode' });
    await user.selectOptions(mode, 'dense');
    expect(result()).toBe('54');
    expect(edges()).toHaveLength(48);
    await user.selectOptions(mode, 'local');
    expect(result()).toBe('24');
    expect(edges()).toHaveLength(18);
  });

  it('?inputs=10&kernel=4&mode=local -> data-result 35, no notice', () => {
    renderWidget('inputs=10&kernel=4&mode=local');
    expect(result()).toBe('35');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('?inputs=4&kernel=9 -> kernel moved to 4, the notice names it, data-result conv 5', () => {
    renderWidget('inputs=4&kernel=9');
    expect(screen.getByRole('alert')).toHaveTextContent('kernel');
    expect(result()).toBe('5');
  });

  it('lowering n below k by the slider moves k to n and says so', () => {
    renderWidget('inputs=8&kernel=6');
    fireEvent.change(screen.getByRole('slider', { name: 'Inputs n' }), { target: { value: '4' } });
    expect(screen.getByRole('slider', { name: 'Kernel k' })).toHaveValue('4');
    expect(document.querySelector('.svd-moved')).toHaveTextContent('k is at most n = 4');
  });

  it('focusing output y₃ announces its field and lights its 3 edges; the others fade', () => {
    renderWidget();
    const outputs = screen.getByRole('group', { name: 'Output neurons' });
    fireEvent.focus(within(outputs).getByRole('button', { name: 'y₃' }));
    expect(status()).toBe('y₃ sees x₃ to x₅: 3 inputs, with the weights w₁…w₃ that every output shares');
    expect(document.querySelectorAll('line.layer-graph-edge-lit')).toHaveLength(3);
    expect(document.querySelectorAll('line.layer-graph-faded')).toHaveLength(15);
    expect(within(outputs).getByRole('button', { name: 'y₃' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keyboard: Tab reaches x₁ (one tab stop per row), ArrowRight moves to x₂ and announces it, End to x₈', async () => {
    const user = userEvent.setup();
    renderWidget();
    const inputs = screen.getByRole('group', { name: 'Input neurons' });
    const buttons = within(inputs).getAllByRole('button');
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    act(() => buttons[0].focus());
    expect(status()).toBe('x₁ feeds y₁ only');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(buttons[1]);
    expect(status()).toBe('x₂ feeds y₁ to y₂: 2 outputs');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons[7]);
    expect(buttons[7]).toHaveAttribute('tabindex', '0');
  });

  it('click (tap) on x₄ in dense mode lights every edge of x₄: 6 outputs', async () => {
    const user = userEvent.setup();
    renderWidget('mode=dense');
    await user.click(screen.getByRole('button', { name: 'x₄' }));
    expect(status()).toBe('x₄ feeds every output, y₁ to y₆: 6 outputs');
    expect(document.querySelectorAll('line.layer-graph-edge-lit')).toHaveLength(6);
  });

  it('hover lights without announcing; pointer leave restores', () => {
    renderWidget();
    const y1 = screen.getByRole('button', { name: 'y₁' });
    fireEvent.pointerEnter(y1);
    expect(document.querySelectorAll('line.layer-graph-edge-lit')).toHaveLength(3);
    expect(status()).toMatch(/^Point at, tap or focus/);
    fireEvent.pointerLeave(y1);
    expect(document.querySelectorAll('line.layer-graph-edge-lit')).toHaveLength(0);
  });

  it('the image-layer table: 1,808,640 / 59,904 / 104 parameters, ≈ 7.2 MB / ≈ 240 kB / 416 B', () => {
    renderWidget();
    const table = screen.getByRole('table', { name: /The same question for an image/ });
    for (const text of ['1,808,640', '59,904', '104', '≈ 7.2 MB', '≈ 240 kB', '416 B']) expect(within(table).getByText(text)).toBeInTheDocument();
  });

  it('Chinese: mode labels 全连接/局部连接/卷积 and the table in 万', () => {
    renderWidget('', 'zh');
    const options = within(screen.getByRole('combobox', { name: '连接方式' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['全连接', '局部连接', '卷积']);
    expect(screen.getByText('1,808,640（约 180.9 万）')).toBeInTheDocument();
  });

  it('prerendered HTML holds the graph, the formulas and data-result 4', () => {
    const { values } = decodeWidgetParams(sparseVsDenseMeta, '');
    const html = renderToString(<SparseVsDense lang="en" initialParams={values} />);
    expect(html).toContain('data-result="">4<');
    expect(html).toContain('layer-graph-edge');
    expect(html).toContain('katex');
  });
});
