import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { helperOf } from '@/components/test-utils/queries';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server } = setupFakeNautobot();

type Row = Record<string, unknown> & { id: string };
const members = () => fake.db.rows('load-balancer-pool-members') as Row[];
const statusId = (name: string) => (fake.db.rows('statuses') as Row[]).find((s) => s.name === name)?.id;
const statusName = (id: unknown) => (fake.db.rows('statuses') as Row[]).find((s) => s.id === id)?.name;

/** The pool with the most Active members (and none in Maintenance), so the change shows on each of them. */
function activePool() {
  const active = statusId('Active');
  const maintenance = statusId('Maintenance');
  const pools = [...new Set(members().map((m) => String(m.load_balancer_pool)))].map((pool) =>
    members().filter((m) => m.load_balancer_pool === pool),
  );
  const fits = pools.filter((of) => of.length >= 2 && of.every((m) => m.status !== maintenance));
  const best = fits.sort(
    (a, b) => b.filter((m) => m.status === active).length - a.filter((m) => m.status === active).length,
  )[0];
  if (!best) throw new Error('The seed has no pool of two or more members outside Maintenance.');
  const of = best;
  return {
    pool: String(of[0]?.load_balancer_pool),
    of,
    active: of.filter((m) => m.status === active).length,
    before: new Map(of.map((m) => [m.id, statusName(m.status)])),
  };
}

beforeEach(() => {
  window.localStorage.clear();
});

async function openBulkEdit(pool: string) {
  setUrl(`/load-balancers/load-balancer-pool-members/?load_balancer_pool=${pool}`);
  renderWithProviders(<ResourceListScreen resource="load-balancer-pool-members" />);
  await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
  await userEvent.click(screen.getByRole('checkbox', { name: 'Select this page' }));
  await userEvent.click(screen.getByRole('button', { name: 'Bulk edit' }));
  return screen.getByRole('dialog');
}

async function setStatus(dialog: HTMLElement, name: string) {
  await userEvent.click(
    within(within(dialog).getByRole('radiogroup', { name: 'Status' })).getByRole('radio', { name: 'Set' }),
  );
  await userEvent.type(within(dialog).getByRole('combobox', { name: 'Status' }), name.slice(0, 5));
  await userEvent.click(await screen.findByRole('option', { name: new RegExp(name) }, { timeout: 3000 }));
}

describe('bulk edit', () => {
  it('previews before → after, applies, and undoes', async () => {
    const { pool, of, active, before } = activePool();
    const dialog = await openBulkEdit(pool);
    await setStatus(dialog, 'Maintenance');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const preview = await within(dialog).findByRole('table', { name: 'Planned changes' });
    expect(within(preview).getAllByText('Active → Maintenance')).toHaveLength(active);
    expect(within(dialog).getByText(`${of.length} will change · 0 unchanged · 0 invalid`)).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const results = await within(dialog).findByRole('table', { name: 'Bulk edit results' });
    expect(within(results).getAllByText('Applied')).toHaveLength(of.length);
    for (const m of of)
      expect(statusName(fake.db.get('load-balancer-pool-members', m.id)?.status)).toBe('Maintenance');
    // The list behind the dialog re-reads the new values.
    await vi.waitFor(() =>
      expect(screen.getAllByText('Maintenance').length).toBeGreaterThanOrEqual(of.length),
    );

    await userEvent.click(within(dialog).getByRole('button', { name: 'Undo' }));
    await within(dialog).findByRole('table', { name: 'Undo results' });
    for (const m of of)
      expect(statusName(fake.db.get('load-balancer-pool-members', m.id)?.status)).toBe(before.get(m.id));
    expect(within(dialog).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows the form’s message at the field for a bad value, and plans nothing', async () => {
    const { pool } = activePool();
    const dialog = await openBulkEdit(pool);
    await userEvent.click(
      within(within(dialog).getByRole('radiogroup', { name: 'Port' })).getByRole('radio', { name: 'Set' }),
    );
    const port = within(dialog).getByRole('textbox', { name: /^Port/ });
    await userEvent.type(port, '70000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await vi.waitFor(() =>
      expect(helperOf(within(dialog).getByRole('textbox', { name: /^Port/ }))).toBe(
        'Enter a port from 0 to 65535.',
      ),
    );
    expect(within(dialog).queryByRole('table', { name: 'Planned changes' })).toBeNull();
  });

  it('lists the object Nautobot refused with its reason, and applies the rest', async () => {
    const { pool, of } = activePool();
    const bad = of[0] as Row;
    server.use(
      http.patch(/\/load-balancer-pool-members\/$/, async ({ request }) => {
        const body = (await request.clone().json()) as { id: string }[];
        if (!body.some((o) => o.id === bad.id)) return undefined;
        return HttpResponse.json(
          body.map((o) => (o.id === bad.id ? { status: ['This member is locked.'] } : {})),
          { status: 400 },
        );
      }),
    );
    const dialog = await openBulkEdit(pool);
    await setStatus(dialog, 'Maintenance');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByRole('table', { name: 'Planned changes' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    const results = await within(dialog).findByRole('table', { name: 'Bulk edit results' });
    const failed = within(results).getByRole('row', {
      name: new RegExp(
        `^${fake.db.display('load-balancer-pool-members', bad).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    });
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(within(failed).getByText('Status: This member is locked.')).toBeTruthy();
    expect(within(results).getAllByText('Applied')).toHaveLength(of.length - 1);
    expect(fake.db.get('load-balancer-pool-members', bad.id)?.status).toBe(bad.status);
    expect(within(dialog).getByRole('button', { name: 'Retry failed' })).toBeTruthy();
  });
});
