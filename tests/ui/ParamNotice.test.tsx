// The notice of rejected params and the widget frame that carries it.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { decodeParams } from '../../src/state/urlCodec.ts';
import type { ParamTable } from '../../src/state/paramTable.ts';
import { ParamNotice } from '../../src/ui/ParamNotice.tsx';
import { WidgetFrame } from '../../src/ui/WidgetFrame.tsx';
import { WidgetHeadingLevel } from '../../src/ui/widgetHeading.ts';

const doc = { en: 'x', zh: 'x' };
const table: ParamTable = [{ name: 'size', kind: 'integer', default: 3, min: 1, max: 11, label: doc, doc }];
const meta = { id: 'demo-widget', title: { en: 'Demo', zh: '演示' }, description: { en: 'A demo', zh: '演示用' } };

describe('ParamNotice', () => {
  it('no rejections -> nothing rendered', () => {
    const { container } = render(<ParamNotice lang="en" rejections={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('?size=99&colour=red -> an alert naming both values and why', () => {
    render(<ParamNotice lang="en" rejections={decodeParams(table, 'size=99&colour=red').rejections} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('2 settings were not used as given');
    expect(alert).toHaveTextContent('size=99: above the maximum 11; using 11');
    expect(alert).toHaveTextContent('colour=red: this widget has no parameter by that name');
  });

  it('lang=zh -> the reasons in Chinese', () => {
    render(<ParamNotice lang="zh" rejections={decodeParams(table, 'size=abc').rejections} />);
    expect(screen.getByRole('alert')).toHaveTextContent('size=abc：不是数字，改用 3');
  });
});

describe('WidgetFrame', () => {
  it('a group named by the title (an h3 by default), with data-widget and the notice', () => {
    render(
      <WidgetFrame meta={meta} lang="en" rejections={decodeParams(table, 'size=0').rejections}>
        <p>content</p>
      </WidgetFrame>,
    );
    const region = screen.getByRole('group', { name: 'Demo' });
    expect(region).toHaveAttribute('data-widget', 'demo-widget');
    expect(region).toHaveTextContent('A demo');
    expect(screen.getByRole('alert')).toHaveTextContent('below the minimum 1');
    expect(screen.getByRole('heading', { level: 3, name: 'Demo' })).toBeInTheDocument();
  });

  it('inside WidgetHeadingLevel 1 (an embed page) the title is an h1', () => {
    render(
      <WidgetHeadingLevel value={1}>
        <WidgetFrame meta={meta} lang="zh">
          <p>内容</p>
        </WidgetFrame>
      </WidgetHeadingLevel>,
    );
    expect(screen.getByRole('heading', { level: 1, name: '演示' })).toBeInTheDocument();
  });
});
