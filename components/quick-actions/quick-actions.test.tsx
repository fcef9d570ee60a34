import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { seedId } from '@/mocks/seed/ids';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { router, setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';
import { ResourceDetailScreen } from '@/components/resources/resource-detail-screen';

configure({ asyncUtilTimeout: 5000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server } = setupFakeNautobot();
beforeEach(() => {
  window.localStorage.clear();
  router.push.mockClear();
});

type Row = Record<string, unknown> & { id: string };
const MEMBERS = 'load-balancer-pool-members';
const members = () => fake.db.rows(MEMBERS) as Row[];
const statusId = (name: string) => (fake.db.rows('statuses') as Row[]).find((s) => s.name === name)?.id;
const statusOf = (id: string) =>
  (fake.db.rows('statuses') as Row[]).find((s) => s.id === fake.db.get(MEMBERS, id)?.status)?.name;
const displayOf = (row: Row) => fake.db.display(MEMBERS, row);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pool of three or more members, two of them Active, Active ones first; with each member's status. */
function activePool() {
  const active = statusId('Active');
  const pools = [...new Set(members().map((m) => String(m.load_balancer_pool)))].map((pool) =>
    members().filter((m) => m.load_balancer_pool === pool),
  );
  const found = pools.find((list) => list.length >= 3 && list.filter((m) => m.status === active).length >= 2);
  if (!found) throw new Error('The seed has no pool of three members, two Active.');
  const of = [...found].sort((a, b) => Number(b.status === active) - Number(a.status === active));
  return {
    pool: String(of[0]?.load_balancer_pool),
    of,
    before: new Map(of.map((m) => [m.id, statusOf(m.id)])),
  };
}

async function renderPoolMembers(pool: string) {
  setUrl(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${pool}`);
  renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
  await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
}

describe('quick actions', () => {
  it('drains a member from its row without opening it, and offers Undo', async () => {
    const { pool, of } = activePool();
    const member = of[0] as Row;
    const name = displayOf(member);
    await renderPoolMembers(pool);

    await userEvent.click(screen.getByRole('button', { name: `Quick actions for ${name}` }));
    const menu = await screen.findByRole('menu');
    // Already Active: that one is offered disabled, with the reason.
    expect(
      within(menu)
        .getByRole('menuitem', { name: /Set Active/ })
        .getAttribute('aria-disabled'),
    ).toBe('true');
    await userEvent.click(within(menu).getByRole('menuitem', { name: /Drain \(Maintenance\)/ }));

    expect(await screen.findByText(`${name} drained (Maintenance).`)).toBeTruthy();
    expect(statusOf(member.id)).toBe('Maintenance');
    expect(router.push).not.toHaveBeenCalled();
    const row = screen.getByRole('button', { name: `Quick actions for ${name}` }).closest('tr');
    if (!row) throw new Error('no row');
    expect(await within(row).findByText('Maintenance')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(`Undone: ${name} restored.`)).toBeTruthy();
    expect(statusOf(member.id)).toBe('Active');
  });

  it('drains a selection after confirming, reports the member Nautobot refused, and undoes the rest', async () => {
    const { pool, of, before } = activePool();
    const bad = of[1] as Row;
    server.use(
      http.patch(/\/load-balancer-pool-members\/$/, async ({ request }) => {
        const body = (await request.clone().json()) as { id: string; status?: string }[];
        // Only the drain is refused; the undo (back to Active) goes through.
        if (!body.some((o) => o.id === bad.id && o.status === statusId('Maintenance'))) return undefined;
        return HttpResponse.json(
          body.map((o) => (o.id === bad.id ? { status: ['This member is locked.'] } : {})),
          { status: 400 },
        );
      }),
    );
    await renderPoolMembers(pool);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select this page' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    await userEvent.click(await within(bar).findByRole('button', { name: 'Drain (Maintenance)' }));

    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText(new RegExp(`^Drain \\(Maintenance\\) ${of.length} pool members\\?`)),
    ).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Drain (Maintenance)' }));

    const results = await within(dialog).findByRole('table', { name: 'Drain (Maintenance) results' });
    const failed = within(results).getByRole('row', { name: new RegExp(`^${escape(displayOf(bad))}`) });
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(within(failed).getByText('Status: This member is locked.')).toBeTruthy();
    const draining = of.filter((m) => before.get(m.id) !== 'Maintenance').length;
    expect(within(results).getAllByText('Applied')).toHaveLength(draining - 1);
    for (const m of of) expect(statusOf(m.id)).toBe(m.id === bad.id ? before.get(m.id) : 'Maintenance');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    const undone = await within(dialog).findByRole('table', { name: 'Undo results' });
    expect(within(undone).getAllByText('Applied')).toHaveLength(draining - 1);
    for (const m of of) expect(statusOf(m.id)).toBe(before.get(m.id));
  });

  it('disables a virtual server from its detail page, and Undo enables it again', async () => {
    const vs = (fake.db.rows('virtual-servers') as Row[]).find((v) => v.enabled === true);
    if (!vs) throw new Error('The seed has no enabled virtual server.');
    setUrl(`/load-balancers/virtual-servers/${vs.id}/`);
    renderWithProviders(<ResourceDetailScreen resource="virtual-servers" id={vs.id} />);
    await screen.findByRole('heading', { level: 1, name: String(vs.name) });
    // An enabled server offers Disable, not Enable.
    expect(screen.queryByRole('button', { name: 'Enable' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: 'Disable' }));

    expect(await screen.findByText(`${String(vs.name)} disabled.`)).toBeTruthy();
    expect(fake.db.get('virtual-servers', vs.id)?.enabled).toBe(false);
    // The page re-reads the server: the button turns into Enable.
    expect(await screen.findByRole('button', { name: 'Enable' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(`Undone: ${String(vs.name)} restored.`)).toBeTruthy();
    expect(fake.db.get('virtual-servers', vs.id)?.enabled).toBe(true);
  });

  it('disables a member action whose status this Nautobot does not have for members', async () => {
    server.use(
      http.get(/\/extras\/statuses\/$/, () =>
        HttpResponse.json({
          count: 1,
          next: null,
          previous: null,
          results: [
            {
              id: seedId('status', 'Active'),
              object_type: 'extras.status',
              display: 'Active',
              url: 'http://nautobot.test/api/extras/statuses/x/',
              name: 'Active',
              color: '4caf50',
            },
          ],
        }),
      ),
    );
    const { pool, of } = activePool();
    await renderPoolMembers(pool);
    await userEvent.click(
      screen.getByRole('button', { name: `Quick actions for ${displayOf(of[0] as Row)}` }),
    );
    const item = await screen.findByRole('menuitem', { name: /Mark Failed/ });
    expect(item.getAttribute('aria-disabled')).toBe('true');
    expect(within(item).getByText('This Nautobot has no “Failed” status for pool members.')).toBeTruthy();
  });
});
