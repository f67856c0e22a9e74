// Controls generated from a param table: one labelled control per kind, limits from the table,
// list fields that apply valid text and explain invalid text without applying it.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { defaultParams, type ParamTable, type ParamValues } from '../../src/state/paramTable.ts';
import { ParamControls } from '../../src/ui/ParamControls.tsx';

const table: ParamTable = [
  { name: 'shift', kind: 'number', default: 0, min: -6, max: 6, step: 0.5, label: { en: 'Shift', zh: '平移量' }, doc: { en: 'Where g sits', zh: 'g 的位置' } },
  { name: 'size', kind: 'integer', default: 3, min: 1, max: 11, label: { en: 'Size', zh: '大小' }, doc: { en: 'Kernel size', zh: '卷积核大小' } },
  { name: 'mode', kind: 'word', default: 'a', words: ['a', 'b'], label: { en: 'Mode', zh: '模式' }, doc: { en: 'Mode doc', zh: '模式说明' } },
  { name: 'flip', kind: 'flag', default: true, label: { en: 'Flip', zh: '翻转' }, doc: { en: 'Flip doc', zh: '翻转说明' } },
  { name: 'f', kind: 'wordOrNumbers', default: 'box', words: ['box'], minLength: 1, maxLength: 3, min: -5, max: 5, label: { en: 'f', zh: 'f' }, doc: { en: 'f doc', zh: 'f 说明' } },
];

function Harness({ names }: { names?: readonly string[] }) {
  const [values, setValues] = useState<ParamValues>(defaultParams(table));
  return (
    <>
      <ParamControls lang="en" table={table} values={values} names={names} onChange={(name, value) => setValues({ ...values, [name]: value })} />
      <output data-testid="values">{JSON.stringify(values)}</output>
    </>
  );
}

const values = () => JSON.parse(screen.getByTestId('values').textContent ?? '{}') as Record<string, unknown>;

describe('ParamControls', () => {
  it('number param shift: a slider with min -6, max 6, step 0.5, described by its doc', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Shift' });
    expect(slider).toHaveAttribute('min', '-6');
    expect(slider).toHaveAttribute('max', '6');
    expect(slider).toHaveAttribute('step', '0.5');
    expect(slider).toHaveAccessibleDescription('Where g sits');
    fireEvent.change(slider, { target: { value: '2.5' } });
    expect(values().shift).toBe(2.5);
  });

  it('integer param size: slider step 1', () => {
    render(<Harness />);
    expect(screen.getByRole('slider', { name: 'Size' })).toHaveAttribute('step', '1');
  });

  it('word param mode: a select of a, b', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'b');
    expect(values().mode).toBe('b');
  });

  it('flag param flip: a checkbox', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: 'Flip' }));
    expect(values().flip).toBe(false);
  });

  it('list param f: full-width "１，２；３" + Enter applies [1, 2, 3]', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: 'f' });
    await user.clear(field);
    await user.type(field, '１，２；３{Enter}');
    expect(values().f).toEqual([1, 2, 3]);
  });

  it('list param f: "1, 2" + Enter applies [1, 2]', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: 'f' });
    await user.clear(field);
    await user.type(field, '1, 2{Enter}');
    expect(values().f).toEqual([1, 2]);
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('list param f: "1, x" on blur is not applied and the reason shows', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: 'f' });
    await user.clear(field);
    await user.type(field, '1, x');
    await user.tab();
    expect(values().f).toBe('box');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Not applied: "x" in the list is not a number; keeping box');
  });

  it('list param f: "9" (above max 5) is not applied: the field says why', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: 'f' });
    await user.clear(field);
    await user.type(field, '9{Enter}');
    expect(values().f).toBe('box');
    expect(screen.getByRole('alert')).toHaveTextContent('[-5, 5]');
  });

  it('names=[flip, mode] shows only those, in that order', () => {
    render(<Harness names={['flip', 'mode']} />);
    expect(screen.queryByRole('slider')).toBeNull();
    const controls = screen.getAllByRole('checkbox').concat(screen.getAllByRole('combobox'));
    expect(controls).toHaveLength(2);
  });

  it('disabled: every control is disabled', () => {
    render(<ParamControls lang="zh" table={table} values={defaultParams(table)} onChange={() => undefined} disabled />);
    expect(screen.getByRole('slider', { name: '平移量' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'f' })).toBeDisabled();
  });
});
