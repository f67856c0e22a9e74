// The weight-sharing widget driven as a reader would: editing a shared weight, the view switch,
// the shift; and its prerendered HTML.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decodeWidgetParams } from '../../../src/widgets/decodeWidgetParams.ts';
import { weightSharingMeta } from '../../../src/widgets/weight-sharing/meta.ts';
import { WeightSharing } from '../../../src/widgets/weight-sharing/WeightSharing.tsx';

function renderWidget(search = '', lang: 'en' | 'zh' = 'en') {
  const { values, rejections } = decodeWidgetParams(weightSharingMeta, search);
  return render(<WeightSharing lang={lang} initialParams={values} rejections={rejections} />);
}

const result = () => document.querySelector('[data-result]')?.textContent;
/** The conv graph's edges that use kernel index p. */
const convEdges = (p: number) => Array.from(screen.getByRole('img', { name: /^Convolutional layer/ }).querySelectorAll(`line[data-kernel-index="${p}"]`));

describe('WeightSharing', () => {
  it('defaults: data-result -1,0,4,4,1,0; both graphs; 6 edges per shared weight', () => {
    renderWidget();
    expect(result()).toBe('-1,0,4,4,1,0');
    expect(screen.getByRole('img', { name: /^Locally connected layer: the same 18 edges/ })).toBeInTheDocument();
    expect(convEdges(1)).toHaveLength(6);
  });

  it('editing w₂ from 2 to 0.5 changes every edge that shares it at once, and the output', () => {
    renderWidget();
    const before = convEdges(1).map((line) => line.getAttribute('stroke-width'));
    expect(new Set(before).size).toBe(1);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'w₂' }), { target: { value: '0.5' } });
    const after = convEdges(1).map((line) => line.getAttribute('stroke-width'));
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(before[0]);
    expect(convEdges(0)[0].getAttribute('stroke-width')).toBe('2.35');
    expect(screen.getByRole('textbox', { name: 'Kernel' })).toHaveValue('1,0.5,-1');
    expect(result()).toBe('-1,-1.5,1,2.5,1,0');
  });

  it.each([
    ['40', 'en', 'Not a number from -10 to 10; w₁ keeps 1.'],
    ['', 'en', 'Not a number from -10 to 10; w₁ keeps 1.'],
    ['x', 'en', 'Not a number from -10 to 10; w₁ keeps 1.'],
    ['50', 'zh', '不是 -10 到 10 之间的数；w₁ 保留 1。'],
  ] as const)('w₁ typed %j (%s): marked, described by the message %j, not applied', (typed, lang, message) => {
    renderWidget('', lang);
    const w1 = screen.getByRole('spinbutton', { name: 'w₁' });
    fireEvent.focus(w1);
    fireEvent.change(w1, { target: { value: typed } });
    expect(w1).toHaveAttribute('aria-invalid', 'true');
    expect(w1).toHaveAccessibleDescription(message);
    expect(result()).toBe('-1,0,4,4,1,0');
    expect(screen.getByRole('textbox', { name: lang === 'en' ? 'Kernel' : '卷积核' })).toHaveValue('1,2,-1');
  });

  it('w₂ typed 3 then 40: the message says w₂ keeps 3; on blur the field shows 3 and the message goes', () => {
    renderWidget();
    const w2 = screen.getByRole('spinbutton', { name: 'w₂' });
    fireEvent.focus(w2);
    fireEvent.change(w2, { target: { value: '3' } });
    fireEvent.change(w2, { target: { value: '40' } });
    expect(w2).toHaveAccessibleDescription('Not a number from -10 to 10; w₂ keeps 3.');
    expect(screen.getByRole('spinbutton', { name: 'w₁' })).not.toHaveAttribute('aria-invalid');
    fireEvent.blur(w2);
    expect(w2).toHaveValue(3);
    expect(w2).not.toHaveAttribute('aria-invalid');
    expect(w2).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByText(/Not a number/)).toBeNull();
    expect(result()).toBe('-1,1,6,5,1,0');
  });

  it('view -> matrix: a 6x8 table with the band, zeros outside, y = W x column equal to data-result', async () => {
    const user = userEvent.setup();
    renderWidget();
    await user.selectOptions(screen.getByRole('combobox', { name: 'View' }), 'matrix');
    const table = screen.getByRole('table', { name: /weight matrix W/ });
    const rows = within(table).getAllByRole('row').slice(2);
    expect(rows).toHaveLength(6);
    expect(table.querySelectorAll('td[data-kernel-index="0"]')).toHaveLength(6);
    expect(table.querySelectorAll('td.ws-zero')).toHaveLength(6 * 8 - 18);
    const lastColumn = rows.map((row) => row.lastElementChild?.textContent?.replace('−', '-'));
    expect(lastColumn.join(',')).toBe(result());
  });

  it('?view=matrix&kernel=1,-1: 7 rows, the differences of the signal, no notice', () => {
    renderWidget('view=matrix&kernel=1,-1');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(result()).toBe('0,-1,-1,1,1,0,0');
  });

  it('shift slider 0 -> 2: data-result moves right by 2, the note names y₅ falling off', () => {
    renderWidget();
    fireEvent.change(screen.getByRole('slider', { name: 'Shift' }), { target: { value: '2' } });
    expect(result()).toBe('0,0,-1,0,4,4');
    expect(screen.getByText(/y₅ fell off the right end/)).toBeInTheDocument();
  });

  it('?kernel=1,1,1,1,1&inputs=3&signal=1,2 -> n moved to 5 and the signal padded, both in the notice', () => {
    renderWidget('kernel=1,1,1,1,1&inputs=3&signal=1,2');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('inputs');
    expect(alert).toHaveTextContent('signal');
    expect(result()).toBe('3');
  });

  it('Chinese labels and prerendered HTML with data-result', () => {
    renderWidget('', 'zh');
    expect(screen.getByRole('combobox', { name: '视图' })).toBeInTheDocument();
    const { values } = decodeWidgetParams(weightSharingMeta, '');
    const html = renderToString(<WeightSharing lang="en" initialParams={values} />);
    expect(html).toContain('data-result="">-1,0,4,4,1,0<');
    expect(html).toContain('layer-graph-edge');
  });

  it('?inputs=3, kernel typed as 5 weights: n is raised to 5 and a status line says so', () => {
    renderWidget('inputs=3&kernel=1,2');
    expect(document.querySelector('.ws-moved')).toBeNull();
    const field = screen.getByRole('textbox', { name: 'Kernel' });
    fireEvent.change(field, { target: { value: '1,2,3,4,5' } });
    fireEvent.blur(field);
    fireEvent.keyDown(field, { key: 'Enter' });
    const note = screen.getAllByRole('status').find((element) => element.classList.contains('ws-moved'));
    expect(note?.textContent).toMatch(/5/);
  });
});
