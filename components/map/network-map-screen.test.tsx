import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { seedIds } from '@/mocks/seed/dataset';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { router } from '@/components/test-utils/navigation-mock';
import { renderWithProviders } from '@/components/test-utils/render';
import { NetworkMapScreen } from './network-map-screen';

// Role queries walk a large MUI tree.
configure({ asyncUtilTimeout: 5000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { server, requests } = setupFakeNautobot();
const client = fakeClient();

async function renderMap() {
  const user = userEvent.setup();
  const { unmount } = renderWithProviders(<NetworkMapScreen />);
  const tree = await screen.findByRole('tree', { name: 'Network map' });
  return { user, tree, unmount };
}

const level = (row: HTMLElement) => Number(row.getAttribute('aria-level'));
const servers = (tree: HTMLElement) =>
  within(tree)
    .getAllByRole('treeitem')
    .filter((r) => level(r) === 1 && r.getAttribute('aria-label')?.startsWith('Virtual server'));
const serverName = (row: HTMLElement) =>
  /^Virtual server (\S+)/.exec(row.getAttribute('aria-label') ?? '')?.[1];
const serverRow = (tree: HTMLElement, name: string) =>
  within(tree).getByRole('treeitem', { name: new RegExp(`^Virtual server ${name} `) });
const activeRow = (tree: HTMLElement) =>
  document.getElementById(tree.getAttribute('aria-activedescendant') ?? '');

/** statusRank's order, by the title each icon is named with. */
const TITLES = [
  'Offline (Enabled)',
  'Offline (Disabled by parent)',
  'Offline (Disabled)',
  'Unavailable (Enabled)',
  'Unavailable (Disabled by parent)',
  'Unavailable (Disabled)',
  'Unknown (Enabled)',
  'Unknown (Disabled by parent)',
  'Unknown (Disabled)',
  'Available (Enabled)',
  'Available (Disabled by parent)',
  'Available (Disabled)',
];
const rankOf = (row: HTMLElement) => {
  const name = within(row).getByRole('img').getAttribute('aria-label') ?? '';
  return TITLES.findIndex((t) => name.startsWith(`${t}:`));
};

describe('NetworkMapScreen', () => {
  it('reads the whole estate in one GraphQL request and lists every virtual server with its status', async () => {
    const { tree } = await renderMap();
    expect(screen.getByText('25 virtual servers, 30 pools (6 unused), 300 members')).toBeTruthy();
    const rows = servers(tree);
    expect(rows).toHaveLength(25);
    const web = serverRow(tree, 'vs-web-https');
    expect(web.getAttribute('aria-expanded')).toBe('false');
    expect(within(web).getByRole('link', { name: 'vs-web-https' }).getAttribute('href')).toMatch(
      new RegExp(`^/load-balancers/virtual-servers/${seedIds.vs(0)}/?$`),
    );
    // The reason is written in the row, and the icon is named by it.
    expect(within(web).getByRole('img').getAttribute('aria-label')).toMatch(
      /^\w+ \(Enabled\): Pool web-pool: /,
    );
    expect(
      within(tree).getByRole('treeitem', { name: 'Unused pools — 6 pools no virtual server uses' }),
    ).toBeTruthy();
    const posts = requests.filter((r) => r.url.pathname.endsWith('/graphql/'));
    expect(posts).toHaveLength(1);
    expect(requests.filter((r) => !r.url.pathname.endsWith('/graphql/'))).toHaveLength(0);
  });

  it('opens a virtual server onto its pool and members with a click, and closes it again', async () => {
    const { user, tree } = await renderMap();
    const first = servers(tree)[0];
    if (!first) throw new Error('no virtual server');
    await user.click(first);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    const [pool, ...others] = within(tree)
      .getAllByRole('treeitem', { name: /^Pool / })
      .filter((r) => level(r) === 2);
    expect(others).toHaveLength(0);
    expect(pool?.getAttribute('aria-expanded')).toBe('true');
    expect(
      within(pool as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toMatch(/^\/load-balancers\/load-balancer-pools\/[0-9a-f-]{36}\/?$/);
    // Every seeded pool has ten members.
    const members = within(tree).getAllByRole('treeitem', { name: /^Member / });
    expect(members).toHaveLength(10);
    expect(members.every((m) => level(m) === 3 && m.getAttribute('aria-setsize') === '10')).toBe(true);
    await user.click(first);
    expect(within(tree).queryByRole('treeitem', { name: /^Member / })).toBeNull();
  });

  it('moves, opens and closes with the keyboard, and opens a row’s page with Shift+Enter', async () => {
    const { user, tree } = await renderMap();
    tree.focus();
    await user.keyboard('{Home}');
    const first = activeRow(tree);
    expect(first?.getAttribute('aria-level')).toBe('1');
    await user.keyboard('{ArrowRight}');
    expect(first?.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(activeRow(tree)?.getAttribute('aria-label')).toMatch(/^Pool /);
    await user.keyboard('{ArrowLeft}');
    expect(activeRow(tree)?.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{ArrowLeft}');
    expect(activeRow(tree)).toBe(first);
    await user.keyboard('{Enter}');
    expect(first?.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard(' ');
    expect(first?.getAttribute('aria-expanded')).toBe('true');
    // The pool stays as it was left, closed.
    await user.keyboard('{ArrowDown}');
    expect(activeRow(tree)?.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(activeRow(tree)?.getAttribute('aria-label')).toMatch(/^Member /);
    await user.keyboard('{Enter}');
    expect(router.push).toHaveBeenLastCalledWith(
      expect.stringMatching(/^\/load-balancers\/load-balancer-pool-members\/[0-9a-f-]{36}\/$/),
    );
    await user.keyboard('{Home}{Shift>}{Enter}{/Shift}');
    expect(router.push).toHaveBeenLastCalledWith(
      expect.stringMatching(/^\/load-balancers\/virtual-servers\//),
    );
  });

  it('searches names and VIPs, and member IPs, highlighting what matched', async () => {
    const { user, tree } = await renderMap();
    const search = screen.getByRole('searchbox', { name: 'Search the map' });
    await user.type(search, 'vs-checkout');
    await waitFor(() => expect(servers(tree)).toHaveLength(3));
    expect(servers(tree).map(serverName).sort()).toEqual([
      'vs-checkout-http-3',
      'vs-checkout-tcp-2',
      'vs-checkout-udp',
    ]);
    expect(servers(tree).every((r) => r.getAttribute('aria-label')?.endsWith('matches the search'))).toBe(
      true,
    );
    expect(screen.getByText('Showing 3 of 25 virtual servers and 0 of 6 unused pools')).toBeTruthy();

    await user.clear(search);
    await user.type(search, '10.10.0.10:443');
    await waitFor(() => expect(servers(tree).map(serverName)).toEqual(['vs-web-https']));

    // Server address 10.20.1.10 is a member of pools 0, 3 and 14 and of unused pool 28: their virtual servers
    // and the unused pool open onto it.
    await user.clear(search);
    await user.type(search, '10.20.1.10');
    await waitFor(() =>
      expect(servers(tree).map(serverName).sort()).toEqual([
        'vs-checkout-udp',
        'vs-search-udp-2',
        'vs-web-https',
      ]),
    );
    expect(serverRow(tree, 'vs-web-https').getAttribute('aria-expanded')).toBe('true');
    const matches = within(tree).getAllByRole('treeitem', {
      name: /^Member 10\.20\.1\.10:\d+ .*matches the search$/,
    });
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((m) => m.getAttribute('data-match') === 'true')).toBe(true);
    expect(screen.getByText('Showing 3 of 25 virtual servers and 1 of 6 unused pools')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(servers(tree)).toHaveLength(25));
  });

  it('says when nothing matches, and clears the search from there', async () => {
    const { user } = await renderMap();
    await user.type(screen.getByRole('searchbox', { name: 'Search the map' }), 'no-such-thing');
    expect(await screen.findByText('Nothing matches “no-such-thing”.')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Clear search' }).at(-1) as HTMLElement);
    expect(await screen.findByRole('tree', { name: 'Network map' })).toBeTruthy();
  });

  it('keeps only problems with "Problems only", and only the members that are one', async () => {
    // Every member of web-pool Active (the pool is monitored): vs-web-https becomes wholly green.
    await client.bulkUpdate(
      'load-balancer-pool-members',
      Array.from({ length: 10 }, (_, m) => ({ id: seedIds.member(0, m), status: 'Active' })),
    );
    const { user, tree } = await renderMap();
    expect(within(serverRow(tree, 'vs-web-https')).getByRole('img').getAttribute('aria-label')).toBe(
      'Available (Enabled): Pool web-pool: All 10 members available',
    );
    await user.click(screen.getByRole('switch', { name: 'Problems only' }));
    await waitFor(() => expect(servers(tree)).toHaveLength(24));
    expect(servers(tree).map(serverName)).not.toContain('vs-web-https');
    // Pool 1: one member each in Maintenance, Failed, Planned and Decommissioning; the other six are green.
    await user.click(serverRow(tree, 'vs-api-http'));
    const members = within(tree).getAllByRole('treeitem', { name: /^Member / });
    expect(members).toHaveLength(4);
    expect(members.some((m) => /Available \(Enabled\)/.test(m.getAttribute('aria-label') ?? ''))).toBe(false);
  });

  it('sorts worst first by default, and by name on request', async () => {
    const { user, tree } = await renderMap();
    const ranks = servers(tree).map(rankOf);
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBeLessThan(ranks.at(-1) ?? 0);
    await user.click(screen.getByRole('button', { name: 'Name' }));
    const names = servers(tree).map((r) => serverName(r) ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
  });

  it('keeps its search, sort and "Problems only" in the URL, and opens on what a shared link says', async () => {
    const first = await renderMap();
    await first.user.click(screen.getByRole('switch', { name: 'Problems only' }));
    await first.user.click(screen.getByRole('button', { name: 'Name' }));
    await first.user.type(screen.getByRole('searchbox', { name: 'Search the map' }), 'checkout{Enter}');
    await waitFor(() => expect(window.location.search).toBe('?problems=1&sort=name&q=checkout'));
    first.unmount();

    window.history.replaceState(null, '', '/load-balancers/map/?q=checkout&problems=1');
    const { tree } = await renderMap();
    expect(screen.getByRole('searchbox', { name: 'Search the map' })).toHaveProperty('value', 'checkout');
    expect(screen.getByRole('switch', { name: 'Problems only' })).toHaveProperty('checked', true);
    expect(servers(tree).map(serverName)).toContain('vs-checkout-udp');
    expect(screen.getByRole('status').textContent).toMatch(/^Showing \d+ of 25 virtual servers/);
  });

  it('goes back to the view before "Problems only" with the browser’s Back', async () => {
    const { user } = await renderMap();
    const summary = () => screen.getByRole('status').textContent;
    const whole = summary();
    const problems = screen.getByRole('switch', { name: 'Problems only' });
    await user.click(problems);
    expect(problems).toHaveProperty('checked', true);
    await waitFor(() => expect(summary()).toMatch(/^Showing /));

    window.history.back();
    await waitFor(() => expect(problems).toHaveProperty('checked', false));
    expect(window.location.search).toBe('');
    expect(summary()).toBe(whole);
  });

  it('turns a pool and its virtual server red when the last member in service is marked Failed', async () => {
    const before = await renderMap();
    const checkout = serverRow(before.tree, 'vs-checkout-udp');
    expect(within(checkout).getByRole('img').getAttribute('aria-label')).toBe(
      'Available (Enabled): Pool checkout-pool: 1/10 members available: loss of redundancy',
    );
    before.unmount();

    await client.update('load-balancer-pool-members', seedIds.member(3, 9), { status: 'Failed' });
    const { user, tree } = await renderMap();
    const row = serverRow(tree, 'vs-checkout-udp');
    expect(within(row).getByRole('img').getAttribute('aria-label')).toBe(
      'Offline (Enabled): Pool checkout-pool: All 10 members offline',
    );
    // Worst first: the only red virtual server leads the map.
    expect(servers(tree)[0]).toBe(row);
    await user.click(row);
    const pool = within(tree).getByRole('treeitem', { name: /^Pool checkout-pool — / });
    expect(within(pool).getByRole('img').getAttribute('aria-label')).toBe(
      'Offline (Enabled): All 10 members offline',
    );
  });

  it('shows what went wrong, and loads again on Retry', async () => {
    server.use(
      http.post(/\/graphql\/$/, () => HttpResponse.json({ detail: 'Nautobot is down.' }, { status: 500 })),
    );
    const user = userEvent.setup();
    renderWithProviders(<NetworkMapScreen />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Couldn’t load the map')).toBeTruthy();
    expect(within(alert).getByText('Nautobot is down.')).toBeTruthy();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('tree', { name: 'Network map' })).toBeTruthy();
  });
});
