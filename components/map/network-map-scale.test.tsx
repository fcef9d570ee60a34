import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { NetworkMapScreen } from './network-map-screen';

// Reading, parsing and rolling up 12,000 objects takes a moment under jsdom on a loaded machine.
configure({ asyncUtilTimeout: 20_000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

// The seed (25 virtual servers, 300 members) and 2,000 generated virtual servers with 5 members each.
setupFakeNautobot({ generate: { virtualServers: 2000, membersPerPool: 5 } });

/** Far fewer than the estate's rows: the viewport's worth plus overscan (and the active row). */
const MAX_DOM_ROWS = 60;

describe('NetworkMapScreen at scale', () => {
  it('renders a bounded number of rows for 2,025 virtual servers and 10,300 members, however far it scrolls', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NetworkMapScreen />);
    const tree = await screen.findByRole('tree', { name: 'Network map' });
    expect(screen.getByText('2,025 virtual servers, 2,030 pools (6 unused), 10,300 members')).toBeTruthy();
    const rows = () => within(tree).getAllByRole('treeitem');
    expect(rows().length).toBeLessThanOrEqual(MAX_DOM_ROWS);
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('2026');

    // The last row, from the keyboard: the window follows, and the DOM still holds a window's worth.
    tree.focus();
    await user.keyboard('{End}');
    const active = document.getElementById(tree.getAttribute('aria-activedescendant') ?? '');
    expect(active?.getAttribute('aria-label')).toBe('Unused pools — 6 pools no virtual server uses');
    expect(rows().length).toBeLessThanOrEqual(MAX_DOM_ROWS);

    // Open it: its rows join the end; still bounded.
    await user.keyboard('{Enter}{End}');
    expect(
      document.getElementById(tree.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-level'),
    ).toBe('2');
    expect(rows().length).toBeLessThanOrEqual(MAX_DOM_ROWS);
  });

  it('searches 10,000 members by IP and finds the few that match', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NetworkMapScreen />);
    await screen.findByRole('tree', { name: 'Network map' });
    // Generated member k uses server address k % 2000, 10.20.(100 + ⌊i/250⌋).(1 + i % 250): 10.20.107.250 is
    // server 1999, in members 1999, 3999, 5999, 7999 and 9999, one each in pools 399, 799, 1199, 1599 and 1999.
    await user.type(screen.getByRole('searchbox', { name: 'Search the map' }), '10.20.107.250');
    await waitFor(() =>
      expect(screen.getByText('Showing 5 of 2,025 virtual servers and 0 of 6 unused pools')).toBeTruthy(),
    );
    const tree = screen.getByRole('tree', { name: 'Network map' });
    expect(within(tree).getAllByRole('treeitem').length).toBeLessThanOrEqual(MAX_DOM_ROWS);
    expect(
      within(tree).getAllByRole('treeitem', { name: /^Member 10\.20\.107\.250:8080 .*matches the search$/ })
        .length,
    ).toBeGreaterThan(0);
  });
});
