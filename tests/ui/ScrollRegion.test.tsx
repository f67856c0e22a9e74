// Tests of ScrollRegion: a focusable, named region that scrolls its content sideways.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScrollRegion } from '../../src/ui/ScrollRegion.tsx';

describe('ScrollRegion', () => {
  it.each([
    [undefined, 'table-scroll'],
    ['imgf-tap-tables', 'table-scroll imgf-tap-tables'],
  ])('className %s -> a region named by its label, in the tab order, class "%s"', (className, expected) => {
    render(
      <>
        <p id="label">Parameters</p>
        <ScrollRegion labelledBy="label" className={className}>
          <table>
            <tbody>
              <tr>
                <td>1</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </>,
    );
    const region = screen.getByRole('region', { name: 'Parameters' });
    expect(region.tabIndex).toBe(0);
    expect(region.className).toBe(expected);
    expect(region.querySelector('td')?.textContent).toBe('1');
  });
});
