import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { seedIds } from '@/mocks/seed/dataset';
import { setupFakeNautobot, fakeClient } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { Dashboard } from './dashboard';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server } = setupFakeNautobot();

const DAY = 86_400_000;

function renderDashboard(refetchInterval = 60_000) {
  setUrl('/');
  return renderWithProviders(<Dashboard refetchInterval={refetchInterval} />);
}

/** Every tile has its data: nothing in flight, no placeholder left. */
async function settled(queryClient: QueryClient) {
  await waitFor(
    () => {
      expect(queryClient.isFetching()).toBe(0);
      expect(screen.queryAllByText(/^(Loading .*|Counting)…$|^…$/).map((e) => e.textContent)).toEqual([]);
    },
    { timeout: 20_000 },
  );
}

// `hidden: true` skips jsdom's style checks on every ancestor, which the charts' SVG make slow.
const tile = (name: string | RegExp) => screen.getByRole('region', { name, hidden: true });
/** Next's Link drops the trailing slash outside the app (`trailingSlash` is a build setting). */
const hrefOf = (el: HTMLElement) => el.getAttribute('href')?.replace(/\/(?=\?|$)/, '');
const path = (href: string) => href.replace(/\/(?=\?|$)/, '');

/** The count in the row of a status table ("Offline (Enabled)" → 9). */
function iconCount(table: HTMLElement, title: string): number {
  const row = within(table).queryByRole('row', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) });
  return row ? Number(within(row).getAllByRole('cell').at(-1)?.textContent?.replace(/\D/g, '')) : 0;
}

const statusId = (name: string) => {
  const id = fake.db.rows('statuses').find((s) => s.name === name)?.id;
  if (!id) throw new Error(`no status ${name}`);
  return id;
};

// A whole dashboard per test: some 60 requests to the fake and four charts in jsdom.
describe('dashboard', { timeout: 40_000 }, () => {
  it('shows a member marked Failed among the members out of service, and counts it in the availability summary', async () => {
    const { queryClient } = renderDashboard();
    await settled(queryClient);
    const members = screen.getByRole('table', { name: 'Pool members by status', hidden: true });
    const offline = iconCount(members, 'Offline (Enabled)');
    const available = iconCount(members, 'Available (Enabled)');
    const listed = tile(/^Members failed or in maintenance/);
    expect(within(listed).queryByRole('link', { name: 'web-01 (10.20.1.10:80)' })).toBeNull();

    // web-01 of web-pool: Active, its pool monitored, its IP address Active (a green circle).
    await fakeClient().update('load-balancer-pool-members', seedIds.member(0, 0), {
      status: statusId('Failed'),
    });
    await act(() => queryClient.refetchQueries());
    await settled(queryClient);

    const row = within(listed).getByRole('link', { name: 'web-01 (10.20.1.10:80)' }).closest('tr');
    expect(row).toBeTruthy();
    expect(within(row as HTMLElement).getByText('Failed')).toBeTruthy();
    expect(
      within(row as HTMLElement).getByRole('img', {
        name: /^Offline \(Enabled\): Pool member is marked Failed/,
      }),
    ).toBeTruthy();
    expect(iconCount(members, 'Offline (Enabled)')).toBe(offline + 1);
    expect(iconCount(members, 'Available (Enabled)')).toBe(available - 1);
  });

  it('lists a certificate expiring in 10 days under the 30-day window, with the virtual server using it', async () => {
    const client = fakeClient();
    const expires = new Date(Date.now() + 10 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const profile = await client.create('certificate-profiles', {
      name: 'ten-days-left',
      certificate_type: 'server',
      expiration_date: expires,
    });
    await client.create('virtual-server-certificate-profile-assignments', {
      virtual_server: seedIds.vs(3),
      certificate_profile: profile.id,
    });
    const vsName = fake.db.get('virtual-servers', seedIds.vs(3))?.name;

    const { queryClient } = renderDashboard();
    await settled(queryClient);
    const certificates = tile(/^Certificates expiring/);
    const within30 = within(certificates).getByRole('table', { name: 'Certificates within 30 days' });
    const row = within(within30).getByRole('link', { name: 'ten-days-left' }).closest('tr') as HTMLElement;
    expect(hrefOf(within(row).getByRole('link', { name: 'ten-days-left' }))).toBe(
      path(`/load-balancers/certificate-profiles/${profile.id}/`),
    );
    expect(hrefOf(within(row).getByRole('link', { name: String(vsName) }))).toBe(
      path(`/load-balancers/virtual-servers/${seedIds.vs(3)}/`),
    );
    expect(within(row).getByText('in 9 days')).toBeTruthy();
    // Seeded: 5, 12 and 27 days; with this one, four within 30 days.
    expect(hrefOf(within(certificates).getByRole('link', { name: /^4\s*Within 30 days$/ }))).toBe(
      path('/load-balancers/certificate-profiles/?expires=30'),
    );
    expect(within(certificates).queryByRole('table', { name: 'Certificates in 31–60 days' })).toBeTruthy();
  });

  it('keeps the last figures on screen with a banner while Nautobot is not answering, and drops it when it answers', async () => {
    const { queryClient } = renderDashboard(1_000);
    await settled(queryClient);
    const atRisk = within(tile(/^Pools at risk/)).getAllByRole('row').length;
    expect(screen.getByText(/^Updated \d\d:\d\d:\d\d$/)).toBeTruthy();

    server.use(http.all('*', () => HttpResponse.error()));
    const banner = await screen.findByText(
      /^Nautobot is not answering; showing data from \d\d:\d\d:\d\d\. Retrying…$/,
      {},
      { timeout: 5_000 },
    );
    expect(banner.closest('[role="status"]')).toBeTruthy();
    expect(within(tile(/^Pools at risk/)).getAllByRole('row')).toHaveLength(atRisk);
    expect(screen.getByRole('table', { name: 'Pool members by status', hidden: true })).toBeTruthy();
    expect(screen.queryByText(/^Couldn’t/)).toBeNull();

    server.resetHandlers();
    await waitFor(() => expect(screen.queryByText(/Nautobot is not answering/)).toBeNull(), {
      timeout: 5_000,
    });
  });

  it('links each tile to the list filtered the way its figure was counted', async () => {
    const { queryClient } = renderDashboard();
    await settled(queryClient);

    const members = tile(/^Members failed or in maintenance/);
    expect(
      hrefOf(within(members).getByRole('link', { name: /^Members failed or in maintenance · \d+$/ })),
    ).toBe(path('/load-balancers/load-balancer-pool-members/?status=Failed&status=Maintenance'));
    expect(hrefOf(within(members).getByRole('link', { name: /^Failed · \d+$/ }))).toBe(
      path('/load-balancers/load-balancer-pool-members/?status=Failed'),
    );

    const certificates = tile(/^Certificates expiring/);
    expect(hrefOf(within(certificates).getByRole('link', { name: /^2\s*Expired$/ }))).toBe(
      path('/load-balancers/certificate-profiles/?expires=expired'),
    );
    expect(hrefOf(within(certificates).getByRole('link', { name: /^5\s*Within 90 days$/ }))).toBe(
      path('/load-balancers/certificate-profiles/?expires=90'),
    );

    const protocols = tile('Virtual servers by protocol');
    await userEvent.click(within(protocols).getByRole('button', { name: 'Table' }));
    expect(hrefOf(within(protocols).getByRole('link', { name: 'HTTPS' }))).toBe(
      path('/load-balancers/virtual-servers/?protocol=https'),
    );
    const algorithms = tile('Pools by algorithm');
    await userEvent.click(within(algorithms).getByRole('button', { name: 'Table' }));
    expect(hrefOf(within(algorithms).getByRole('link', { name: 'Round Robin' }))).toBe(
      path('/load-balancers/load-balancer-pools/?load_balancing_algorithm=round_robin'),
    );
    const types = tile('Virtual servers by type');
    await userEvent.click(within(types).getByRole('button', { name: 'Table' }));
    expect(hrefOf(within(types).getByRole('link', { name: 'Layer 7' }))).toBe(
      path('/load-balancers/virtual-servers/?load_balancer_type=layer7'),
    );

    const tenants = tile('Objects per tenant');
    await userEvent.click(within(tenants).getByRole('button', { name: 'Table' }));
    expect(hrefOf(within(tenants).getByRole('link', { name: /^Virtual servers of Payments: \d+$/ }))).toBe(
      path(`/load-balancers/virtual-servers/?tenant=${seedIds.tenant(1)}`),
    );
  });
});
