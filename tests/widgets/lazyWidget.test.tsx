// lazyWidget: a widget whose code loads on demand renders at once when its code is here, through
// Suspense (with an aria-busy placeholder) when not, and an instance never remounts when the code
// arrives during its life.
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyWidget } from '../../src/widgets/lazyWidget.tsx';
import type { WidgetProps } from '../../src/widgets/widgetDefinition.ts';

/** A widget with its own state (clicks), to see whether it remounts. */
function Counter({ lang }: WidgetProps) {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      {lang} clicks {clicks}
    </button>
  );
}

/** A lazyWidget whose import resolves when `release()` is called. */
function deferred() {
  let release = () => undefined as void;
  let imports = 0;
  const widget = lazyWidget(() => {
    imports += 1;
    return new Promise((resolve) => {
      release = () => resolve(Counter);
    });
  });
  return { widget, release: () => release(), imports: () => imports };
}

describe('lazyWidget', () => {
  it('before its code is here: an aria-busy placeholder, then the widget; the code is imported once', async () => {
    const { widget, release, imports } = deferred();
    const Widget = widget.component;
    const { container } = render(<Widget lang="en" initialParams={{}} />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(async () => {
      release();
      await widget.load();
    });
    expect(screen.getByRole('button')).toHaveTextContent('en clicks 0');
    expect(imports()).toBe(1);
  });

  it('after load(): renders at once with no Suspense boundary (the prerender path: no <!--$--> markers)', async () => {
    const { widget, release } = deferred();
    const loading = widget.load();
    release();
    await loading;
    const Widget = widget.component;
    const html = renderToString(<Widget lang="zh" initialParams={{}} />);
    expect(html).toBe('<button type="button">zh<!-- --> clicks <!-- -->0</button>');
  });

  it('an instance mounted before its code arrived keeps its state when re-rendered after (no remount)', async () => {
    const { widget, release } = deferred();
    const Widget = widget.component;
    const { rerender } = render(<Widget lang="en" initialParams={{}} />);
    await act(async () => {
      release();
      await widget.load();
    });
    act(() => screen.getByRole('button').click());
    rerender(<Widget lang="en" initialParams={{ x: 1 }} />);
    expect(screen.getByRole('button')).toHaveTextContent('en clicks 1');
  });
});
