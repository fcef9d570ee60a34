import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/components/test-utils/render';
import { statusMappingTable } from '@/lib/status/mapping-table';
import { AppShell } from '@/components/shell/app-shell';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { StatusLegendButton } from './status-legend';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const openLegend = async () => {
  renderWithProviders(<StatusLegendButton />);
  await userEvent.click(screen.getByRole('button', { name: 'Status legend' }));
  return screen.findByRole('dialog', { name: 'Status legend' });
};

describe('StatusLegendButton', () => {
  it('opens the legend, which says the icons show intended state', async () => {
    const dialog = await openLegend();
    expect(within(dialog).getByText(/intended state kept in Nautobot/)).toBeTruthy();
  });

  it('lists every icon: each shape enabled, disabled and disabled by parent', async () => {
    const dialog = await openLegend();
    const icons = within(dialog).getByRole('table', { name: 'Icons' });
    const names = within(icons)
      .getAllByRole('img')
      .map((img) => img.getAttribute('aria-label')?.replace(/:.*$/, ''));
    const expected = ['Available', 'Unavailable', 'Offline', 'Unknown'].flatMap((a) =>
      ['Enabled', 'Disabled', 'Disabled by parent'].map((s) => `${a} (${s})`),
    );
    expect(names).toEqual(expected);
    expect(within(icons).getByRole('rowheader', { name: 'Offline' })).toBeTruthy();
  });

  it('shows how each icon is derived, one row per mapping-table row', async () => {
    const dialog = await openLegend();
    const derived = within(dialog).getByRole('table', { name: 'How each icon is derived' });
    // One header row, then the table.
    expect(within(derived).getAllByRole('row')).toHaveLength(statusMappingTable.length + 1);
    expect(within(derived).getAllByRole('img', { name: /: Pool member is marked Failed$/ })).toHaveLength(1);
  });

  it('closes with its Close button and with Escape', async () => {
    await openLegend();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Status legend' }));
    await screen.findByRole('dialog', { name: 'Status legend' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('in the app bar', () => {
  it('sits before the theme switch on every page', async () => {
    setUrl('/load-balancers/virtual-servers/');
    renderWithProviders(
      <AppShell username="admin" nautobotHost="nautobot.test">
        <p>Page</p>
      </AppShell>,
    );
    const bar = screen.getByRole('banner');
    const legend = within(bar).getByRole('button', { name: 'Status legend' });
    const theme = within(bar).getByRole('group', { name: 'Theme' });
    expect(legend.compareDocumentPosition(theme) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(legend);
    expect(await screen.findByRole('dialog', { name: 'Status legend' })).toBeTruthy();
  });
});
