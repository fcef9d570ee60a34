import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScrollRegion } from './scroll-region';

describe('ScrollRegion', () => {
  it('is a named region the keyboard can reach (axe: scrollable-region-focusable)', async () => {
    render(
      <ScrollRegion label="Results, scrollable" maxHeight={360}>
        <table aria-label="Results">
          <tbody>
            <tr>
              <td>one</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>,
    );
    const region = screen.getByRole('region', { name: 'Results, scrollable' });
    expect(within(region).getByRole('table', { name: 'Results' })).toBeTruthy();
    await userEvent.tab();
    expect(document.activeElement).toBe(region);
    expect(getComputedStyle(region).maxHeight).toBe('360px');
  });
});
