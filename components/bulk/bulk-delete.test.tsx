import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders, TEST_NAUTOBOT } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';
import { BulkDeleteButton } from './bulk-delete-button';

// These screens read and write hundreds of objects through the fake; a loaded machine needs the headroom.
configure({ asyncUtilTimeout: 5000 });

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server, requests } = setupFakeNautobot();
const client = fakeClient();
const MONITORS = 'health-check-monitors';
const MONITORS_URL = `${TEST_NAUTOBOT}/api/load-balancers/${MONITORS}/`;

beforeEach(() => {
  window.localStorage.clear();
});

/** Monitors nothing uses, named so Nautobot sorts them as made. */
async function spareMonitors(n: number): Promise<string[]> {
  const made = await client.bulkCreate(
    MONITORS,
    Array.from({ length: n }, (_, i) => ({ name: `spare-${String(i).padStart(3, '0')}` })),
  );
  requests.length = 0;
  return made.map((m) => m.id);
}

const exists = (table: string, id: string) => fake.db.get(table, id) !== undefined;

async function openDialog(ids: readonly string[], onDeleted = vi.fn()) {
  renderWithProviders(<BulkDeleteButton resource={MONITORS} ids={new Set(ids)} onDeleted={onDeleted} />);
  await userEvent.click(screen.getByRole('button', { name: 'Bulk delete' }));
  return { dialog: screen.getByRole('dialog'), onDeleted };
}

describe('bulk delete', () => {
  it('lists the selection, deletes what it can and names what protects the rest, then leaves the selection', async () => {
    const pools = await client.bulkCreate(
      'load-balancer-pools',
      ['spare-pool-a', 'spare-pool-b', 'spare-pool-used'].map((name) => ({
        name,
        load_balancing_algorithm: 'round_robin',
      })),
    );
    const [a, b, used] = pools.map((p) => p.id) as [string, string, string];
    const vs = fake.db.rows('virtual-servers')[0];
    if (!vs) throw new Error('The seed has no virtual server.');
    await client.update('virtual-servers', vs.id, { load_balancer_pool: used });
    const vsName = fake.db.display('virtual-servers', vs);

    setUrl('/load-balancers/load-balancer-pools/?q=spare-pool');
    renderWithProviders(<ResourceListScreen resource="load-balancer-pools" />);
    await screen.findByRole('checkbox', { name: 'Select spare-pool-used' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select this page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Bulk delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete 3 load balancer pools?' });
    expect(within(dialog).getByText('This cannot be undone.')).toBeTruthy();
    const preview = within(dialog).getByRole('list', { name: 'Objects to delete' });
    await vi.waitFor(() =>
      expect(
        within(preview)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['spare-pool-a', 'spare-pool-b', 'spare-pool-used']),
    );
    expect(exists('load-balancer-pools', a)).toBe(true);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 3 load balancer pools' }));
    expect(
      await within(dialog).findByText('3 load balancer pools: 2 deleted · 1 protected · 0 failed'),
    ).toBeTruthy();
    expect(exists('load-balancer-pools', a) || exists('load-balancer-pools', b)).toBe(false);
    expect(exists('load-balancer-pools', used)).toBe(true);

    const isProtected = within(dialog).getByRole('list', { name: 'Protected objects' });
    const pool = await within(isProtected).findByRole('link', { name: 'spare-pool-used' });
    expect(pool.getAttribute('href')).toMatch(`/load-balancers/load-balancer-pools/${used}`);
    const blocker = await within(isProtected).findByRole('link', { name: vsName });
    expect(blocker.getAttribute('href')).toMatch(`/load-balancers/virtual-servers/${vs.id}`);
    expect(within(dialog).queryByRole('button', { name: /Retry/ })).toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    // The deleted pools leave the selection and, re-read, the list.
    expect(within(screen.getByRole('region', { name: 'Selection' })).getByText('1 selected')).toBeTruthy();
    await vi.waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Select spare-pool-a' })).toBeNull(),
    );
    expect(screen.getByRole('checkbox', { name: 'Select spare-pool-used' })).toBeTruthy();
  });

  it('asks for the count to be typed, pages the preview, and stops between batches when cancelled', async () => {
    const ids = await spareMonitors(150);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.delete(
        MONITORS_URL,
        async () => {
          await held;
          return undefined;
        },
        { once: true },
      ),
    );
    const { dialog, onDeleted } = await openDialog(ids);
    const preview = within(dialog).getByRole('list', { name: 'Objects to delete' });
    await within(preview).findByText('spare-000');
    expect(within(preview).getAllByRole('listitem')).toHaveLength(40);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go to next page: Objects to delete' }));
    expect(await within(preview).findByText('spare-040')).toBeTruthy();

    const remove = within(dialog).getByRole('button', { name: 'Delete 150 health check monitors' });
    expect(remove.hasAttribute('disabled')).toBe(true);
    const confirm = within(dialog).getByRole('textbox', { name: 'Type 150 to confirm' });
    await userEvent.type(confirm, '149');
    expect(remove.hasAttribute('disabled')).toBe(true);
    await userEvent.clear(confirm);
    await userEvent.type(confirm, '150');
    await userEvent.click(remove);

    expect(await within(dialog).findByText(/Deleting… 0 of 150/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).getByRole('status').textContent).toMatch(/^Stopping after the batch/);
    release();
    expect(
      await within(dialog).findByText(
        '150 health check monitors: 100 deleted · 0 protected · 0 failed · 50 not attempted (cancelled)',
      ),
    ).toBeTruthy();
    expect(ids.filter((id) => exists(MONITORS, id))).toEqual(ids.slice(100));
    expect(onDeleted).toHaveBeenCalledWith(ids.slice(0, 100));
    const rest = within(dialog).getByRole('list', { name: 'Objects not attempted' });
    expect(await within(rest).findByRole('link', { name: 'spare-100' })).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete the 50 not attempted' }));
    expect(
      await within(dialog).findByText('150 health check monitors: 150 deleted · 0 protected · 0 failed'),
    ).toBeTruthy();
    expect(ids.some((id) => exists(MONITORS, id))).toBe(false);
    expect(onDeleted).toHaveBeenLastCalledWith(ids.slice(100));
  }, 60_000);

  it('gives each failure Nautobot’s reason and retries the failed ones', async () => {
    const ids = await spareMonitors(3);
    server.use(
      http.delete(
        MONITORS_URL,
        () =>
          HttpResponse.json(
            { detail: 'You do not have permission to perform this action.' },
            { status: 403 },
          ),
        { once: true },
      ),
    );
    const { dialog } = await openDialog(ids);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 3 health check monitors' }));
    expect(
      await within(dialog).findByText('3 health check monitors: 0 deleted · 0 protected · 3 failed'),
    ).toBeTruthy();
    const failed = within(dialog).getByRole('list', { name: 'Failed objects' });
    await within(failed).findByRole('link', { name: 'spare-001' });
    expect(within(failed).getAllByText(/You do not have permission to perform this action\./)).toHaveLength(
      3,
    );
    expect(ids.every((id) => exists(MONITORS, id))).toBe(true);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 3 failed' }));
    expect(
      await within(dialog).findByText('3 health check monitors: 3 deleted · 0 protected · 0 failed'),
    ).toBeTruthy();
    expect(ids.some((id) => exists(MONITORS, id))).toBe(false);
    expect(within(dialog).queryByRole('button', { name: /Retry/ })).toBeNull();
  });
});
