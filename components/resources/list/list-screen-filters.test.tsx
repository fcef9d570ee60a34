import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedId } from '@/mocks/seed/ids';
import type { ResourceKey } from '@/lib/api/resources';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { SessionUserProvider } from '@/components/providers/session-user';
import { ResourceListScreen } from '../resource-list-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, urls } = setupFakeNautobot();
beforeEach(() => {
  window.localStorage.clear();
});

function renderList(resource: ResourceKey, url: string) {
  setUrl(url);
  return renderWithProviders(
    <SessionUserProvider username="alice">
      <ResourceListScreen resource={resource} />
    </SessionUserProvider>,
  );
}

/** The last list request for a model, as Nautobot received it. */
const lastList = (path: string) =>
  urls()
    .filter((u) => u.pathname.endsWith(`/${path}/`))
    .at(-1);
const urlParams = () => new URLSearchParams(window.location.search);

const POOL_0 = seedId('pool', 0);
const statusId = (name: string) => fake.db.rows('statuses').find((s) => s.name === name)?.id;
const membersWithStatus = (name: string) =>
  fake.db.rows('load-balancer-pool-members').filter((m) => m.status === statusId(name)).length;

describe('list filters', () => {
  it('sends a filter from the URL to Nautobot, shows it as a chip with the object’s name, and ignores unknown ones', async () => {
    renderList(
      'load-balancer-pool-members',
      `/load-balancers/load-balancer-pool-members/?load_balancer_pool=${POOL_0}&utm_source=mail`,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Pool members · 10' })).toBeTruthy();
    const sent = lastList('load-balancer-pool-members');
    expect(sent?.searchParams.getAll('load_balancer_pool')).toEqual([POOL_0]);
    expect(sent?.searchParams.has('utm_source')).toBe(false);
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(await within(chips).findByRole('button', { name: 'Remove filter Pool: web-pool' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Filters\W+1 active$/ })).toBeTruthy();
    // The visible text starts the accessible name (WCAG 2.5.3), so voice control can say "Filters".
    expect(screen.getByRole('button', { name: /^Filters/ }).getAttribute('aria-label')).toBeNull();
  });

  it('applies a filter chosen in the panel to the URL and the rows, and the back button undoes it', async () => {
    renderList('load-balancer-pool-members', '/load-balancers/load-balancer-pool-members/?page=2');
    await screen.findByRole('heading', { name: 'Pool members · 300' });
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const panel = screen.getByRole('group', { name: 'Filters' });
    await userEvent.click(within(panel).getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Failed' }));

    const failed = membersWithStatus('Failed');
    expect(failed).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { name: `Pool members · ${failed}` })).toBeTruthy();
    expect(urlParams().getAll('status')).toEqual(['Failed']);
    expect(urlParams().get('page')).toBeNull();
    expect(lastList('load-balancer-pool-members')?.searchParams.getAll('status')).toEqual(['Failed']);
    const table = screen.getByRole('table', { name: /Pool members/ });
    const statuses = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(new Set(statuses)).toEqual(new Set(['Failed']));

    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'SSL offload' }), 'Yes');
    expect(urlParams().getAll('ssl_offload')).toEqual(['true']);
    await waitFor(() =>
      expect(lastList('load-balancer-pool-members')?.searchParams.get('ssl_offload')).toBe('true'),
    );

    window.history.back();
    await waitFor(() => expect(urlParams().has('ssl_offload')).toBe(false));
    expect(urlParams().getAll('status')).toEqual(['Failed']);
    expect(await screen.findByRole('heading', { name: `Pool members · ${failed}` })).toBeTruthy();
  });

  it('ORs repeated values, removes one chip at a time, and Clear all restores the whole list', async () => {
    renderList(
      'load-balancer-pool-members',
      '/load-balancers/load-balancer-pool-members/?status=Failed&status=Maintenance',
    );
    const both = membersWithStatus('Failed') + membersWithStatus('Maintenance');
    expect(await screen.findByRole('heading', { name: `Pool members · ${both}` })).toBeTruthy();
    expect(lastList('load-balancer-pool-members')?.searchParams.getAll('status')).toEqual([
      'Failed',
      'Maintenance',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Status: Maintenance' }));
    expect(urlParams().getAll('status')).toEqual(['Failed']);
    expect(
      await screen.findByRole('heading', { name: `Pool members · ${membersWithStatus('Failed')}` }),
    ).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(window.location.search).toBe('');
    expect(await screen.findByRole('heading', { name: 'Pool members · 300' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('says when nothing matches the filters, and clears them', async () => {
    renderList(
      'certificate-profiles',
      '/load-balancers/certificate-profiles/?expires=expired&certificate_type=mutual_tls',
    );
    const message = await screen.findByText('No certificate profiles match these filters');
    await userEvent.click(
      within(message.parentElement ?? document.body).getByRole('button', { name: 'Clear filters' }),
    );
    expect(await screen.findByRole('heading', { name: 'Certificate profiles · 10' })).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('turns the expiry window into expiration_date filters counted from now', async () => {
    renderList('certificate-profiles', '/load-balancers/certificate-profiles/');
    await screen.findByRole('heading', { name: 'Certificate profiles · 10' });
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const expiry = screen.getByRole('combobox', { name: 'Expiry' });

    const before = Date.now();
    await userEvent.selectOptions(expiry, 'Expires within 30 days');
    expect(urlParams().get('expires')).toBe('30');
    // The seed has certificates expiring in 5, 12 and 27 days.
    expect(await screen.findByRole('heading', { name: 'Certificate profiles · 3' })).toBeTruthy();
    const sent = lastList('certificate-profiles')?.searchParams;
    const from = Date.parse(sent?.get('expiration_date__gte') ?? '');
    const to = Date.parse(sent?.get('expiration_date__lt') ?? '');
    expect(Math.abs(from - before)).toBeLessThan(60_000);
    expect(to - from).toBe(30 * 86_400_000);
    expect(screen.getByRole('button', { name: 'Remove filter Expiry: Expires within 30 days' })).toBeTruthy();

    await userEvent.selectOptions(expiry, 'Expired');
    expect(await screen.findByRole('heading', { name: 'Certificate profiles · 2' })).toBeTruthy();
    const expired = lastList('certificate-profiles')?.searchParams;
    expect(expired?.has('expiration_date__gte')).toBe(false);
    expect(Math.abs(Date.parse(expired?.get('expiration_date__lt') ?? '') - before)).toBeLessThan(60_000);
    expect(expired?.has('expires')).toBe(false);
  });

  it('sends choice filters by value and shows their labels', async () => {
    renderList(
      'virtual-servers',
      '/load-balancers/virtual-servers/?protocol=grpc&protocol=udp&enabled=false',
    );
    await screen.findByRole('heading', { name: /^Virtual servers · \d+$/ });
    const sent = lastList('virtual-servers')?.searchParams;
    expect(sent?.getAll('protocol')).toEqual(['grpc', 'udp']);
    expect(sent?.get('enabled')).toBe('false');
    expect(screen.getByRole('button', { name: 'Remove filter Protocol: gRPC' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove filter Enabled: No' })).toBeTruthy();
  });

  it('picks a reference filter by searching Nautobot, and keeps its id in the URL', async () => {
    renderList('load-balancer-pools', '/load-balancers/load-balancer-pools/');
    await screen.findByRole('heading', { name: 'Load balancer pools · 30' });
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const monitor = within(screen.getByRole('group', { name: 'Filters' })).getByRole('combobox', {
      name: 'Health monitor',
    });
    await userEvent.type(monitor, 'dns');
    await userEvent.click(await screen.findByRole('option', { name: /dns-53/ }));
    const dns = fake.db.rows('health-check-monitors').find((m) => m.name === 'dns-53')?.id;
    expect(urlParams().getAll('health_check_monitor')).toEqual([dns]);
    const pools = fake.db.rows('load-balancer-pools').filter((p) => p.health_check_monitor === dns).length;
    expect(await screen.findByRole('heading', { name: `Load balancer pools · ${pools}` })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove filter Health monitor: dns-53' })).toBeTruthy();
  });
});
