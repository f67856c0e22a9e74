// The convolution-1d widget driven as a reader would: controls, presets, the step player, the
// figure; and its prerendered HTML.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { ParamValues } from '../../../src/state/paramTable.ts';
import { layoutConvolution1d } from '../../../src/render/convolution1dLayout.ts';
import { decodeParams } from '../../../src/state/urlCodec.ts';
import { Convolution1d } from '../../../src/widgets/convolution-1d/Convolution1d.tsx';
import { convolution1dParams } from '../../../src/widgets/convolution-1d/meta.ts';
import { convolution1dAt, prepareConvolution1d } from '../../../src/widgets/convolution-1d/model.ts';
import { findWidget } from '../../../src/widgets/registry.ts';

function renderWidget(search = '', lang: 'en' | 'zh' = 'en', onParamsChange?: (values: ParamValues) => void) {
  const { values, rejections } = decodeParams(convolution1dParams, search);
  return render(<Convolution1d lang={lang} initialParams={values} rejections={rejections} onParamsChange={onParamsChange} />);
}

const result = () => document.querySelector('[data-result]')?.textContent;
/** The TeX source of the formula (KaTeX keeps it in the MathML annotation). */
const formula = () => document.querySelector('.conv1d-formula annotation')?.textContent;

async function typeList(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  const field = screen.getByRole('textbox', { name });
  await user.clear(field);
  await user.type(field, `${text}{Enter}`);
}

describe('Convolution1d', () => {
  it('defaults: the widget root, continuous box * exponential at t=0.5, result 0.632', () => {
    renderWidget();
    expect(document.querySelector('[data-widget="convolution-1d"]')).not.toBeNull();
    expect(result()).toBe('0.632');
    expect(screen.getByRole('img', { name: /f is a box and g is an exponential, g flipped and shifted to t = 0.5/ })).toBeInTheDocument();
    expect(formula()).toBe('{(f*g)(0.5)} = {\\int_{-\\infty}^{\\infty} f(\\tau)\\,g(0.5-\\tau)\\,d\\tau} \\approx {0.632}');
  });

  it('mode -> discrete, f=1,2,3, g=0,1,0.5: data-result "0, 1, 2.5, 4, 1.5"', async () => {
    const user = userEvent.setup();
    renderWidget();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'discrete');
    await typeList(user, 'f', '1,2,3');
    await typeList(user, 'g', '0,1,0.5');
    expect(result()).toBe('0, 1, 2.5, 4, 1.5');
  });

  it('flip off: the cross-correlation 0.5, 2, 3.5, 3, 0 and ⋆ in the formula; on again: back to the convolution', async () => {
    const user = userEvent.setup();
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=2');
    const flip = screen.getByRole('checkbox', { name: 'Flip g (convolution)' });
    await user.click(flip);
    expect(result()).toBe('0.5, 2, 3.5, 3, 0');
    expect(formula()).toMatch(/^\{\(f\\star g\)\[2\]/);
    await user.click(flip);
    expect(result()).toBe('0, 1, 2.5, 4, 1.5');
  });

  it('initialParams are respected: discrete n=2 formula term by term', () => {
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=2');
    expect(formula()).toBe(
      '{(f*g)[2]} = {\\sum_k f[k]\\,g[2-k]} = {f[0]\\,g[2]} + {f[1]\\,g[1]} + {f[2]\\,g[0]} = {1\\cdot 0.5} + {2\\cdot 1} + {3\\cdot 0} = {2.5}',
    );
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveValue('2');
  });

  it('step forward: n=2 -> n=3, formula and live status follow, onParamsChange gets shift=3', async () => {
    const user = userEvent.setup();
    const onParamsChange = vi.fn();
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=2', 'en', onParamsChange);
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(formula()).toMatch(/^\{\(f\*g\)\[3\]\} = .* = \{4\}$/);
    expect(screen.getByText(/n = 3: \(f\*g\)\[3\] = 4/)).toBeInTheDocument();
    expect(onParamsChange).toHaveBeenLastCalledWith(expect.objectContaining({ shift: 3 }));
  });

  it('continuous stepping walks t in 0.25: first step -> t = -6, result 0', async () => {
    const user = userEvent.setup();
    renderWidget();
    await user.click(screen.getByRole('button', { name: 'First step' }));
    expect(formula()).toMatch(/^\{\(f\*g\)\(-6\)/);
    expect(result()).toBe('0');
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(formula()).toMatch(/^\{\(f\*g\)\(-5.75\)/);
  });

  it.each([
    ['Two dice', '1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1'],
    ['Smoothing a noisy signal', '0.5, 2.25, 3.75, 4.25, 4.75, 5.25, 5.75, 6.25, 5.25, 2'],
  ])('preset %s sets discrete mode, f and g: %s', async (name, sequence) => {
    const user = userEvent.setup();
    renderWidget();
    await user.click(screen.getByRole('button', { name }));
    expect(result()).toBe(sequence);
    expect(screen.getByRole('combobox', { name: 'Mode' })).toHaveValue('discrete');
  });

  it('preset Sliding average: continuous staircase under a box, t = 2.5 -> 3 (the mean of the step [2,3))', async () => {
    const user = userEvent.setup();
    renderWidget('mode=discrete');
    await user.click(screen.getByRole('button', { name: 'Sliding average' }));
    expect(screen.getByRole('textbox', { name: 'f' })).toHaveValue('0,1,3,2,4,1');
    expect(result()).toBe('3');
  });

  it('clicking output bar n=4 (discrete) moves n there', () => {
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=0');
    const targets = document.querySelectorAll('.conv1d-bar-target');
    expect(targets).toHaveLength(5);
    fireEvent.click(targets[4]);
    expect(formula()).toMatch(/^\{\(f\*g\)\[4\]/);
  });

  it('dragging across the continuous figure sets t (the middle of the plot -> t = 0, 2 units right -> t = 2)', () => {
    renderWidget();
    const geometry = layoutConvolution1d(convolution1dAt(prepareConvolution1d({ mode: 'continuous', f: 'box', g: 'exponential', flip: true }), 0.5));
    if (geometry.kind !== 'continuous') throw new Error('expected the continuous figure');
    const { left, right } = geometry.top;
    const atT = (t: number) => left + ((t + 6) / 12) * (right - left);
    const figure = screen.getByRole('img');
    const { width, height } = geometry;
    figure.getBoundingClientRect = () => ({ left: 0, top: 0, width, height, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) });
    fireEvent.pointerDown(figure, { clientX: atT(0), pointerId: 1 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(0\)/);
    fireEvent.pointerMove(figure, { clientX: atT(2), pointerId: 1 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(2\)/);
    fireEvent.pointerUp(figure, { pointerId: 1 });
    fireEvent.pointerMove(figure, { clientX: atT(-5), pointerId: 1 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(2\)/);
  });

  it('rejected URL values are shown in a role=alert notice; the widget renders with the values used (shift 22 -> t = 6)', () => {
    renderWidget('mode=sideways&f=1,2,x&shift=99');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('mode=sideways');
    expect(alert).toHaveTextContent('f=1,2,x');
    expect(alert).toHaveTextContent('shift=99');
    expect(formula()).toMatch(/^\{\(f\*g\)\(6\)/);
    expect(result()).toBe('0.003');
  });

  it('step ⋆ step (flip off) says the integral is infinite and cut at τ = 20', () => {
    renderWidget('f=step&g=step&flip=0');
    expect(screen.getByText(/the integral is infinite/)).toBeInTheDocument();
  });

  it('zh: Chinese labels, presets and figure description', () => {
    renderWidget('', 'zh');
    expect(screen.getByRole('group', { name: '预设' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '两个骰子' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '模式' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /f 为矩形函数/ })).toBeInTheDocument();
  });

  it.each([
    ['f=0,0,0&g=0', 'continuous all zeros'],
    ['mode=discrete&f=0&g=0', 'discrete length 1 zeros'],
    ['mode=discrete&f=100,100,100,100,100,100,100,100,100,100,100,100&g=-100,-100,-100,-100,-100,-100,-100,-100,-100,-100,-100,-100&shift=22', 'discrete 12 x ±100 at the last n'],
    ['f=100,100,100,100,100,100,100,100,100,100,100,100&g=step&shift=-11', 'continuous 12 x 100 at shift -11'],
  ])('%s (%s): renders with no NaN in the markup', (search) => {
    const { container } = renderWidget(search);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(result()).toBeTruthy();
  });

  it('prerendered HTML (renderToString) already holds the figure, its paths and the KaTeX formula', () => {
    const { values } = decodeParams(convolution1dParams, '');
    const html = renderToString(<Convolution1d lang="en" initialParams={values} />);
    expect(html).toContain('data-widget="convolution-1d"');
    expect(html).toMatch(/<path class="conv1d-f-line" d="M/);
    expect(html).toContain('class="katex"');
    expect(html).toContain('data-result=""');
  });

  it('the registry lists convolution-1d with this component', () => {
    expect(findWidget('convolution-1d')?.component).toBe(Convolution1d);
  });
});
