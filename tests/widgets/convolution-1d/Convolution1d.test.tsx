// The convolution-1d widget driven as a reader would: controls, presets, the step player, the
// figure; and its prerendered HTML.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParamValues } from '../../../src/state/paramTable.ts';
import { layoutConvolution1d } from '../../../src/render/convolution1dLayout.ts';
import { decodeWidgetParams } from '../../../src/widgets/decodeWidgetParams.ts';
import { Convolution1d } from '../../../src/widgets/convolution-1d/Convolution1d.tsx';
import { convolution1dMeta } from '../../../src/widgets/convolution-1d/meta.ts';
import { convolution1dAt, prepareConvolution1d } from '../../../src/widgets/convolution-1d/model.ts';
import { findWidget } from '../../../src/widgets/registry.ts';

function renderWidget(search = '', lang: 'en' | 'zh' = 'en', onParamsChange?: (values: ParamValues) => void) {
  const { values, rejections } = decodeWidgetParams(convolution1dMeta, search);
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

/** The default continuous widget, its figure as 1 client px per viewBox px, and the client x of a t. */
function continuousFigure(onParamsChange?: (values: ParamValues) => void) {
  renderWidget('', 'en', onParamsChange);
  const geometry = layoutConvolution1d(convolution1dAt(prepareConvolution1d({ mode: 'continuous', f: 'box', g: 'exponential', flip: true }), 0.5));
  if (geometry.kind !== 'continuous') throw new Error('expected the continuous figure');
  const { left, right } = geometry.top;
  const figure = screen.getByRole('img');
  const { width, height } = geometry;
  figure.getBoundingClientRect = () => ({ left: 0, top: 0, width, height, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) });
  return { figure, atT: (t: number) => left + ((t + 6) / 12) * (right - left) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

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

  it('hovering output bar n=3 (discrete) leaves n at 0 and saves nothing', () => {
    const onParamsChange = vi.fn();
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=0', 'en', onParamsChange);
    const targets = document.querySelectorAll('.conv1d-bar-target');
    fireEvent.pointerEnter(targets[3], { pointerType: 'mouse', buttons: 0 });
    fireEvent.pointerMove(targets[3], { pointerType: 'mouse', buttons: 0 });
    expect(formula()).toMatch(/^\{\(f\*g\)\[0\]/);
    expect(onParamsChange).not.toHaveBeenCalled();
  });

  it('mouse press on bar n=1, then drag onto bar n=3 (discrete): n follows, 1 then 3', () => {
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=0');
    const targets = document.querySelectorAll('.conv1d-bar-target');
    fireEvent.pointerDown(targets[1], { pointerType: 'mouse', button: 0, buttons: 1 });
    expect(formula()).toMatch(/^\{\(f\*g\)\[1\]/);
    fireEvent.pointerEnter(targets[3], { pointerType: 'mouse', buttons: 1 });
    expect(formula()).toMatch(/^\{\(f\*g\)\[3\]/);
  });

  it('touch down on bar n=2 (discrete) does not move n (it may start a scroll); the tap\'s click does', () => {
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=0');
    const targets = document.querySelectorAll('.conv1d-bar-target');
    fireEvent.pointerDown(targets[2], { pointerType: 'touch', button: 0, buttons: 1 });
    fireEvent.pointerEnter(targets[2], { pointerType: 'touch', buttons: 1 });
    expect(formula()).toMatch(/^\{\(f\*g\)\[0\]/);
    fireEvent.click(targets[2]);
    expect(formula()).toMatch(/^\{\(f\*g\)\[2\]/);
  });

  it('clicking output bar n=4 (discrete) moves n there', () => {
    renderWidget('mode=discrete&f=1,2,3&g=0,1,0.5&shift=0');
    const targets = document.querySelectorAll('.conv1d-bar-target');
    expect(targets).toHaveLength(5);
    fireEvent.click(targets[4]);
    expect(formula()).toMatch(/^\{\(f\*g\)\[4\]/);
  });

  it('mouse: pressing on the continuous figure sets t, dragging moves it (middle -> t = 0, 2 units right -> t = 2), release stops', () => {
    const { figure, atT } = continuousFigure();
    const mouse = { pointerId: 1, pointerType: 'mouse', isPrimary: true };
    fireEvent.pointerDown(figure, { ...mouse, clientX: atT(0), clientY: 50 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(0\)/);
    fireEvent.pointerMove(figure, { ...mouse, clientX: atT(2), clientY: 50 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(2\)/);
    fireEvent.pointerUp(figure, { ...mouse, clientX: atT(2), clientY: 50 });
    fireEvent.pointerMove(figure, { ...mouse, clientX: atT(-5), clientY: 50 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(2\)/);
  });

  it('touch: a vertical swipe over the continuous figure leaves t at 0.5, even when it later turns sideways', () => {
    const onParamsChange = vi.fn();
    const { figure, atT } = continuousFigure(onParamsChange);
    const finger = { pointerId: 7, pointerType: 'touch', isPrimary: true };
    fireEvent.pointerDown(figure, { ...finger, clientX: atT(0), clientY: 100 });
    fireEvent.pointerMove(figure, { ...finger, clientX: atT(0) + 2, clientY: 130 });
    fireEvent.pointerMove(figure, { ...finger, clientX: atT(3), clientY: 130 });
    fireEvent.pointerUp(figure, { ...finger, clientX: atT(3), clientY: 130 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(0\.5\)/);
    expect(onParamsChange).not.toHaveBeenCalled();
  });

  it('touch: t waits for 8 px of sideways travel, then follows the finger (t = 0 -> down, 5 px: 0.5; 2 units: t = 2)', () => {
    const { figure, atT } = continuousFigure();
    const finger = { pointerId: 7, pointerType: 'touch', isPrimary: true };
    fireEvent.pointerDown(figure, { ...finger, clientX: atT(0), clientY: 100 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(0\.5\)/);
    fireEvent.pointerMove(figure, { ...finger, clientX: atT(0) + 5, clientY: 101 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(0\.5\)/);
    fireEvent.pointerMove(figure, { ...finger, clientX: atT(2), clientY: 104 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(2\)/);
    fireEvent.pointerUp(figure, { ...finger, clientX: atT(2), clientY: 104 });
  });

  it('touch: a tap sets t where the finger lifts (t = -3)', () => {
    const { figure, atT } = continuousFigure();
    const finger = { pointerId: 7, pointerType: 'touch', isPrimary: true };
    fireEvent.pointerDown(figure, { ...finger, clientX: atT(-3), clientY: 100 });
    fireEvent.pointerUp(figure, { ...finger, clientX: atT(-3), clientY: 102 });
    expect(formula()).toMatch(/^\{\(f\*g\)\(-3\)/);
  });

  it('rejected URL values are shown in a role=alert notice; the widget renders with the values used (shift 99 -> t = 6)', () => {
    renderWidget('mode=sideways&f=1,2,x&shift=99');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('mode=sideways');
    expect(alert).toHaveTextContent('f=1,2,x');
    expect(alert).toHaveTextContent('shift=99');
    expect(alert).toHaveTextContent('in continuous mode t lies in [-6, 6]; using 6');
    expect(formula()).toMatch(/^\{\(f\*g\)\(6\)/);
    expect(result()).toBe('0.003');
  });

  it('mode -> discrete rounds the shift 0.5 to n = 1, and a shorter f clamps n = 4 to 2: the values saved always decode as given', async () => {
    const user = userEvent.setup();
    const onParamsChange = vi.fn();
    renderWidget('f=1,2,3&g=0,1,0.5', 'en', onParamsChange);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'discrete');
    expect(onParamsChange).toHaveBeenLastCalledWith(expect.objectContaining({ mode: 'discrete', shift: 1 }));
    await user.click(screen.getByRole('button', { name: 'Last step' }));
    expect(onParamsChange).toHaveBeenLastCalledWith(expect.objectContaining({ shift: 4 }));
    await typeList(user, 'f', '1');
    expect(onParamsChange).toHaveBeenLastCalledWith(expect.objectContaining({ f: [1], shift: 2 }));
    expect(formula()).toMatch(/^\{\(f\*g\)\[2\]/);
  });

  it('negative numbers: product labels and the step status use −, data-result keeps the ASCII -', () => {
    renderWidget('mode=discrete&f=1,-2&g=1&shift=1');
    expect(result()).toBe('1, -2');
    expect([...document.querySelectorAll('.conv1d-product-text')].map((label) => label.textContent)).toEqual(['−2']);
    expect(screen.getByRole('img')).toHaveAccessibleName(/f = 1, −2 and g = 1/);
    expect(screen.getByRole('slider', { name: 'Step' })).toHaveAttribute('aria-valuetext', 'n = 1: (f*g)[1] = −2');
  });

  it('step ⋆ step (flip off) says the integral is infinite and cut at τ = 20', () => {
    renderWidget('f=step&g=step&flip=0');
    expect(screen.getByText(/the integral is infinite/)).toBeInTheDocument();
  });

  it('zh: Chinese labels, presets and figure description', () => {
    renderWidget('', 'zh');
    expect(screen.getByRole('group', { name: '预设' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '两个骰子' })).toBeInTheDocument();
    const mode = screen.getByRole('combobox', { name: '模式' });
    expect(within(mode).getAllByRole('option').map((option) => [option.getAttribute('value'), option.textContent])).toEqual([
      ['continuous', '连续'],
      ['discrete', '离散'],
    ]);
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
    const { values } = decodeWidgetParams(convolution1dMeta, '');
    const html = renderToString(<Convolution1d lang="en" initialParams={values} />);
    expect(html).toContain('data-widget="convolution-1d"');
    expect(html).toMatch(/<path class="conv1d-f-line" d="M/);
    expect(html).toContain('class="katex"');
    expect(html).toContain('data-result=""');
  });

  it('a narrow container (300 px, from the ResizeObserver) lays the figure out 300 wide; the prerender and first render use 400', () => {
    const observed: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { values } = decodeWidgetParams(convolution1dMeta, '');
    expect(renderToString(<Convolution1d lang="en" initialParams={values} />)).toContain('viewBox="0 0 400 340"');
    renderWidget();
    expect(screen.getByRole('img')).toHaveAttribute('viewBox', '0 0 400 340');
    act(() => observed[0]([{ contentRect: { width: 300 } } as ResizeObserverEntry], {} as ResizeObserver));
    expect(screen.getByRole('img')).toHaveAttribute('viewBox', '0 0 300 340');
  });

  it('the registry lists convolution-1d, its component loaded on demand: after load() it renders at once', async () => {
    const widget = findWidget('convolution-1d');
    expect(widget?.meta.id).toBe('convolution-1d');
    await widget?.load?.();
    const Registered = widget!.component;
    const { container } = render(<Registered lang="en" initialParams={decodeWidgetParams(widget!.meta, 'mode=discrete&f=1,2,3&g=0,1,0.5').values} />);
    expect(container.querySelector('[data-widget="convolution-1d"] [data-result]')).toHaveTextContent('0, 1, 2.5, 4, 1.5');
  });
});
