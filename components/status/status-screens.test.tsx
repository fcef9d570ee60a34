import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import userEvent from '@testing-library/user-event';
import { seedId } from '@/mocks/seed/ids';
import { nautobotKeys } from '@/lib/query/nautobot-queries';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceDetailScreen } from '@/components/resources/resource-detail-screen';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';
import { statusFill } from './status-colors';

// Detail pages fire a dozen requests and role queries walk a large MUI tree.
configure({ asyncUtilTimeout: 5000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { server, requests } = setupFakeNautobot();
const client = fakeClient();

const COLOURS: Record<string, string> = {
  [statusFill.available]: 'green',
  [statusFill.unavailable]: 'yellow',
  [statusFill.offline]: 'red',
  [statusFill.unknown]: 'blue',
  [statusFill.disabled]: 'black',
  [statusFill['disabled-by-parent']]: 'gray',
};

/** "red diamond": the icon as drawn, read from its SVG. */
function iconOf(img: HTMLElement): string {
  const shape = img.querySelector('svg')?.firstElementChild;
  const colour = COLOURS[shape?.getAttribute('fill') ?? ''] ?? 'no colour';
  if (shape?.tagName === 'circle') return `${colour} circle`;
  if (shape?.tagName === 'rect') return `${colour} square`;
  const corners = (shape?.getAttribute('points') ?? '').trim().split(/\s+/).length;
  return `${colour} ${corners === 3 ? 'triangle' : 'diamond'}`;
}

/** An F5 status icon's accessible name: its title, then its reason. */
const STATUS_NAME = /^(Available|Unavailable|Offline|Unknown) \(/;

/** The status icon of a table row or a field. */
const statusImg = (container: HTMLElement) => within(container).getByRole('img', { name: STATUS_NAME });

/** The table row whose primary link is named `name`. */
async function rowOf(table: HTMLElement, name: string): Promise<HTMLElement> {
  const link = await within(table).findByRole('link', { name });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.contains(link));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** Its row's icon once the statuses are in. */
async function rowIcon(table: HTMLElement, name: string) {
  const row = await rowOf(table, name);
  await waitFor(() => expect(within(row).queryByRole('img', { name: 'Loading status' })).toBeNull());
  const img = statusImg(row);
  return { name: img.getAttribute('aria-label'), icon: iconOf(img), row };
}

const section = (name: RegExp) => screen.findByRole('region', { name });
/**
 * Every row has its icon: none loading, and the table past its skeleton. The wait polls the attributes
 * directly, because a Testing Library query over a thousand rows takes seconds and waitFor reruns it on
 * every DOM change; the answer is then checked once by label.
 */
async function allLoaded() {
  await waitFor(
    () => {
      expect(document.querySelectorAll('[aria-label="Loading status"]')).toHaveLength(0);
      expect(document.querySelectorAll('[data-availability]').length).toBeGreaterThan(0);
    },
    { timeout: 15_000 },
  );
  expect(screen.queryAllByLabelText('Loading status')).toHaveLength(0);
  expect(screen.queryAllByLabelText(STATUS_NAME).length).toBeGreaterThan(0);
}

/**
 * A pool of two Active members behind one virtual server, monitored by http-80 (monitor 0), on IP addresses
 * the seed keeps Active (server IPs 0 and 1).
 */
async function lab() {
  const pool = await client.create('load-balancer-pools', {
    name: 'lab-pool',
    load_balancing_algorithm: 'round_robin',
    health_check_monitor: seedId('monitor', 0),
  });
  const [first, second] = await Promise.all(
    [0, 1].map((n) =>
      client.create('load-balancer-pool-members', {
        ip_address: seedId('server-ip', n),
        load_balancer_pool: pool.id,
        port: 80,
        status: 'Active',
      }),
    ),
  );
  const vs = await client.create('virtual-servers', {
    name: 'vs-lab',
    vip: seedId('vip', 0),
    protocol: 'tcp',
    port: 12345,
    load_balancer_pool: pool.id,
    enabled: true,
  });
  if (!first || !second) throw new Error('members not created');
  requests.length = 0;
  return { pool, first, second, vs };
}

/** A promise a handler waits on, and what lets it go. */
function held() {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { gate, release };
}

const FAILED_NAME = 'Offline (Enabled): Pool member is marked Failed';
const LOSS = '1/2 members available: loss of redundancy';

let labData: Awaited<ReturnType<typeof lab>>;
beforeEach(async () => {
  labData = await lab();
});

describe('a Failed member', () => {
  it('is a red diamond with its reason in the member list (and its tooltip), beside Nautobot’s own status chip', async () => {
    const { pool, first, second } = labData;
    await client.update('load-balancer-pool-members', first.id, { status: 'Failed' });
    setUrl(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${pool.id}`);
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    const table = await screen.findByRole('table', { name: /Pool members/ });

    const failed = await rowIcon(table, first.display);
    expect(failed).toMatchObject({ name: FAILED_NAME, icon: 'red diamond' });
    expect(within(failed.row).getByText('Failed')).toBeTruthy();
    expect(await rowIcon(table, second.display)).toMatchObject({
      name: 'Available (Enabled): Pool member is Active, monitored by pool monitor http-80',
      icon: 'green circle',
    });

    // Hovered, each icon shows its title and reason in the table's one tooltip, which follows the pointer.
    await userEvent.hover(statusImg(failed.row));
    expect((await screen.findByRole('tooltip')).textContent).toBe(
      'Offline (Enabled)Pool member is marked Failed',
    );
    await userEvent.hover(statusImg((await rowIcon(table, second.display)).row));
    await waitFor(() => expect(screen.getByRole('tooltip').textContent).toMatch(/^Available \(Enabled\)/));
    expect(screen.getAllByRole('tooltip')).toHaveLength(1);
  });

  it('is a red diamond with the reason written out on its detail page; its pool and virtual server follow', async () => {
    const { first } = labData;
    await client.update('load-balancer-pool-members', first.id, { status: 'Failed' });
    setUrl(`/load-balancers/load-balancer-pool-members/${first.id}/`);
    renderWithProviders(<ResourceDetailScreen resource="load-balancer-pool-members" id={first.id} />);
    await screen.findByRole('heading', { level: 1, name: first.display });

    const header = await screen.findByRole('img', { name: FAILED_NAME });
    expect(iconOf(header)).toBe('red diamond');
    expect(screen.getByText(FAILED_NAME)).toBeTruthy();

    // Its pool, in the panel: one member of two left.
    const panel = await screen.findByRole('region', { name: 'Pool member' });
    expect(within(panel).getByRole('link', { name: 'lab-pool' })).toBeTruthy();
    const pool = await within(panel).findByRole('img', { name: `Available (Enabled): ${LOSS}` });
    expect(iconOf(pool)).toBe('green circle');

    const servers = await section(/^Virtual servers in front of its pool/);
    expect(await rowIcon(servers, 'vs-lab')).toMatchObject({
      name: `Available (Enabled): Pool lab-pool: ${LOSS}`,
      icon: 'green circle',
    });
  });

  it('turns its pool from green, to loss of redundancy, to red as its members fail', async () => {
    const { first, second } = labData;
    setUrl('/load-balancers/load-balancer-pools/?q=lab-pool');
    const { queryClient } = renderWithProviders(<ResourceListScreen resource="load-balancer-pools" />);
    const table = await screen.findByRole('table', { name: /pools/i });
    expect(await rowIcon(table, 'lab-pool')).toMatchObject({
      name: 'Available (Enabled): All 2 members available',
      icon: 'green circle',
    });
    expect(within(await rowOf(table, 'lab-pool')).getByText('2 of 2 members available')).toBeTruthy();

    await client.update('load-balancer-pool-members', first.id, { status: 'Failed' });
    // What saving a member in the console does.
    await queryClient.invalidateQueries({ queryKey: nautobotKeys.all('load-balancer-pool-members') });
    await waitFor(async () =>
      expect((await rowIcon(table, 'lab-pool')).name).toBe(`Available (Enabled): ${LOSS}`),
    );
    const row = await rowOf(table, 'lab-pool');
    expect(within(row).getByText('1/2')).toBeTruthy();
    // The cue is a sign and words, not a colour.
    expect(within(row).getByRole('img', { name: 'Loss of redundancy' })).toBeTruthy();

    await client.update('load-balancer-pool-members', second.id, { status: 'Failed' });
    await queryClient.invalidateQueries({ queryKey: nautobotKeys.all('load-balancer-pool-members') });
    await waitFor(async () =>
      expect(await rowIcon(table, 'lab-pool')).toMatchObject({
        name: 'Offline (Enabled): All 2 members offline',
        icon: 'red diamond',
      }),
    );
    expect(within(row).getByText('0/2')).toBeTruthy();
    expect(within(row).queryByRole('img', { name: 'Loss of redundancy' })).toBeNull();
  });

  it('shows in the virtual-server list as the pool’s reason', async () => {
    const { first, second } = labData;
    await client.bulkUpdate('load-balancer-pool-members', [
      { id: first.id, status: 'Failed' },
      { id: second.id, status: 'Failed' },
    ]);
    setUrl('/load-balancers/virtual-servers/?q=vs-lab');
    renderWithProviders(<ResourceListScreen resource="virtual-servers" />);
    const table = await screen.findByRole('table', { name: /Virtual servers/ });
    expect(await rowIcon(table, 'vs-lab')).toMatchObject({
      name: 'Offline (Enabled): Pool lab-pool: All 2 members offline',
      icon: 'red diamond',
    });
  });
});

describe('a disabled virtual server', () => {
  it('is black, keeping its pool’s shape, in the list and on its page', async () => {
    const { vs } = labData;
    await client.update('virtual-servers', vs.id, { enabled: false });
    setUrl('/load-balancers/virtual-servers/?q=vs-lab');
    const list = renderWithProviders(<ResourceListScreen resource="virtual-servers" />);
    const table = await screen.findByRole('table', { name: /Virtual servers/ });
    expect(await rowIcon(table, 'vs-lab')).toMatchObject({
      name: 'Available (Disabled): Virtual server disabled',
      icon: 'black circle',
    });
    list.unmount();

    setUrl(`/load-balancers/virtual-servers/${vs.id}/`);
    renderWithProviders(<ResourceDetailScreen resource="virtual-servers" id={vs.id} />);
    const header = await screen.findByRole('img', { name: 'Available (Disabled): Virtual server disabled' });
    expect(iconOf(header)).toBe('black circle');
    // Its pool is still available; the virtual server alone is off.
    const configuration = await screen.findByRole('region', { name: 'Configuration' });
    const pool = await within(configuration).findByRole('img', {
      name: 'Available (Enabled): All 2 members available',
    });
    expect(iconOf(pool)).toBe('green circle');
    const members = await section(/^Members of its pool/);
    expect((await rowIcon(members, labData.first.display)).icon).toBe('green circle');
  });
});

describe('a pool’s detail page', () => {
  it('shows the roll-up in its header and icons for its members and virtual servers', async () => {
    const { pool, first, second } = labData;
    await client.update('load-balancer-pool-members', first.id, { status: 'Maintenance' });
    setUrl(`/load-balancers/load-balancer-pools/${pool.id}/`);
    renderWithProviders(<ResourceDetailScreen resource="load-balancer-pools" id={pool.id} />);
    const header = await screen.findByRole('img', {
      name: 'Available (Enabled): 1/2 members available: loss of redundancy',
    });
    expect(iconOf(header)).toBe('green circle');

    const members = await section(/^Pool members/);
    expect(await rowIcon(members, first.display)).toMatchObject({
      name: 'Available (Disabled): Pool member is in Maintenance (drained by an administrator)',
      icon: 'black circle',
    });
    expect((await rowIcon(members, second.display)).icon).toBe('green circle');
    const servers = await section(/^Virtual servers/);
    expect((await rowIcon(servers, 'vs-lab')).icon).toBe('green circle');
  });
});

describe('while statuses load', () => {
  it('shows a neutral placeholder named “Loading status”, never an icon', async () => {
    const { gate, release } = held();
    server.use(
      // Holds back the members of the page's pools; falls through to the fake once released.
      http.get(/\/load-balancer-pool-members\/$/, async ({ request }) => {
        if (new URL(request.url).searchParams.has('load_balancer_pool')) await gate;
      }),
    );
    setUrl('/load-balancers/load-balancer-pools/?q=lab-pool');
    renderWithProviders(<ResourceListScreen resource="load-balancer-pools" />);
    const table = await screen.findByRole('table', { name: /pools/i });
    const row = await rowOf(table, 'lab-pool');
    expect(within(row).getByRole('img', { name: 'Loading status' })).toBeTruthy();
    expect(within(row).queryByRole('img', { name: STATUS_NAME })).toBeNull();
    expect(within(row).getByText('Loading')).toBeTruthy();
    release();
    expect((await rowIcon(table, 'lab-pool')).icon).toBe('green circle');
  });
});

describe('a page of members', () => {
  it('shows its rows without waiting for what only the icons read (the IP addresses), then the icons', async () => {
    const { gate, release } = held();
    server.use(
      // Holds back the IP addresses: the member table shows none of their fields, only the icons need them.
      http.get(/\/ipam\/ip-addresses\/$/, async () => {
        await gate;
      }),
    );
    const { pool, first } = labData;
    setUrl(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${pool.id}`);
    renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
    const table = await screen.findByRole('table', { name: /Pool members/ });
    const row = await rowOf(table, first.display);
    expect(within(row).getByRole('img', { name: 'Loading status' })).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    release();
    expect((await rowIcon(table, first.display)).icon).toBe('green circle');
  });
});

describe('requests for a page', () => {
  const gets = () => requests.filter((r) => r.method === 'GET').map((r) => r.url);
  const to = (path: string) => gets().filter((u) => u.pathname.endsWith(path)).length;
  /** Nothing is read at depth 1 (Nautobot serializes every nested object again per row). */
  const allFlat = () => gets().every((u) => u.searchParams.get('depth') !== '1');
  /** Every read but the list itself asks for objects by id. */
  const lookupsById = (list: string) =>
    gets()
      .filter((u) => !u.pathname.endsWith(list))
      .every((u) => u.searchParams.getAll('id').length > 0);

  // The list, and the statuses and pools its columns show, by id; then for the icons its IP addresses (a few dozen
  // a request) and monitors, and the statuses and monitors those IPs and pools name that were not read yet.
  // A big page is read as slices of 250 at once (lib/api/batched-list.ts readPage).
  it.each([
    [25, 1, 8],
    [1000, 4, 14],
  ])(
    'stay bounded for a page of %i members: the list (%i reads), then each kind of object it names, by id',
    async (perPage, slices, most) => {
      setUrl(`/load-balancers/load-balancer-pool-members/?per_page=${perPage}`);
      renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
      await screen.findByRole('table', { name: /Pool members/ });
      await allLoaded();
      expect(to('/load-balancer-pool-members/')).toBe(slices);
      expect(allFlat()).toBe(true);
      expect(lookupsById('/load-balancer-pool-members/')).toBe(true);
      // Statuses and monitors: the rows' own, then only those their IPs and pools name that were not read yet.
      expect(to('/extras/statuses/')).toBeLessThanOrEqual(2);
      expect(to('/health-check-monitors/')).toBeLessThanOrEqual(2);
      expect(gets().length).toBeLessThanOrEqual(most);
    },
    // A thousand rows of jsdom: seconds on a quiet machine, several times that on a loaded 2-core CI one.
    60_000,
  );

  it('batch a page of pools’ members as many pools a request as the URL budget holds', async () => {
    // 60 more pools with one member each: 91 pools on a page of 100.
    const pools = await client.bulkCreate(
      'load-balancer-pools',
      Array.from({ length: 60 }, (_, i) => ({
        name: `bulk-${i}`,
        load_balancing_algorithm: 'round_robin' as const,
      })),
    );
    await client.bulkCreate(
      'load-balancer-pool-members',
      pools.map((p) => ({
        ip_address: seedId('server-ip', 0),
        load_balancer_pool: p.id,
        port: 80,
        status: 'Active',
      })),
    );
    requests.length = 0;
    setUrl('/load-balancers/load-balancer-pools/?per_page=100');
    renderWithProviders(<ResourceListScreen resource="load-balancer-pools" />);
    await screen.findByRole('table', { name: /pools/i });
    await allLoaded();
    const batches = gets().filter((u) => u.searchParams.has('load_balancer_pool'));
    // Each "load_balancer_pool=<uuid>&" costs 56 of the 1,800 characters a request may add: 32 pools.
    expect(batches.map((u) => u.searchParams.getAll('load_balancer_pool').length)).toEqual([32, 32, 27]);
    expect(batches.every((u) => u.searchParams.get('limit') === '1000')).toBe(true);
    expect(allFlat()).toBe(true);
    // The members' pools are the page's own rows: none is read again.
    const poolsById = gets().filter(
      (u) => u.pathname.endsWith('/load-balancer-pools/') && u.searchParams.has('id'),
    );
    expect(poolsById).toHaveLength(0);
    expect(to('/extras/statuses/')).toBeLessThanOrEqual(2);
    expect(to('/health-check-monitors/')).toBeLessThanOrEqual(3);
    expect(gets().length).toBeLessThanOrEqual(17);
  });

  it('stay bounded for a page of virtual servers: the list, its pools’ members, and what both name, by id', async () => {
    setUrl('/load-balancers/virtual-servers/?per_page=100');
    renderWithProviders(<ResourceListScreen resource="virtual-servers" />);
    await screen.findByRole('table', { name: /Virtual servers/ });
    await allLoaded();
    expect(to('/virtual-servers/')).toBe(1);
    expect(to('/load-balancer-pool-members/')).toBe(1);
    // The pools the page shows are read once, for its Pool column; their members' statuses reuse them.
    const poolReads = gets().filter((u) => u.pathname.endsWith('/load-balancer-pools/'));
    expect(poolReads.length).toBeLessThanOrEqual(1);
    expect(allFlat()).toBe(true);
    expect(to('/extras/statuses/')).toBeLessThanOrEqual(3);
    expect(to('/health-check-monitors/')).toBeLessThanOrEqual(4);
    expect(gets().length).toBeLessThanOrEqual(20);
  });
});
