import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { renderWithProviders } from '@/components/test-utils/render';
import { setUrl } from '@/components/test-utils/navigation-mock';
import { ResourceListScreen } from '@/components/resources/resource-list-screen';
import type { Actor } from '@/mocks/fake/db';
import { seedIds } from '@/mocks/seed/dataset';
import { spyOnDownloads } from './download-spy';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake } = setupFakeNautobot();
const MEMBERS = 'load-balancer-pool-members';
type Row = Record<string, unknown> & { id: string };

const downloads = spyOnDownloads();
beforeEach(() => {
  window.localStorage.clear();
});
const downloaded = downloads.last;

const member = (id: string) => fake.db.get(MEMBERS, id) as Row;
const nameOf = (endpoint: string, id: unknown) => String((fake.db.get(endpoint, String(id)) as Row).name);

async function exportAs(menuItem: RegExp) {
  await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
  await userEvent.click(await screen.findByRole('menuitem', { name: menuItem }));
  const dialog = screen.getByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
  return { dialog, status: await within(dialog).findByText(/^Downloaded /, {}, { timeout: 5000 }) };
}

describe('CSV export from a list', () => {
  it('exports every row of the current filter with readable references, and says how many', async () => {
    const pool = seedIds.pool(1);
    const expected = (fake.db.rows(MEMBERS) as Row[]).filter((m) => m.load_balancer_pool === pool);
    setUrl(`/load-balancers/${MEMBERS}/?load_balancer_pool=${pool}&per_page=2`);
    renderWithProviders(<ResourceListScreen resource={MEMBERS} />);
    await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
    // Show the IP address column, so the export writes it too.
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(screen.getByRole('menuitemcheckbox', { name: 'IP address' }));
    await userEvent.keyboard('{Escape}');

    const { status } = await exportAs(new RegExp(`^All ${expected.length} matching$`));
    const file = await downloaded();
    expect(file.name).toMatch(/^load-balancer-pool-members-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(status.textContent).toBe(`Downloaded ${file.name}: ${expected.length} rows.`);
    expect(file.headers).toEqual([
      'id',
      'display',
      'status',
      'port',
      'load_balancer_pool',
      'ssl_offload',
      'ip_address',
    ]);
    // Every page, not just the two rows on screen.
    expect(file.rows.map((r) => r.id).sort()).toEqual(expected.map((m) => m.id).sort());
    for (const row of file.rows) {
      const stored = member(String(row.id));
      const ip = fake.db.get('ip-addresses', String(stored.ip_address)) as Row;
      expect(row).toMatchObject({
        status: nameOf('statuses', stored.status),
        port: String(stored.port),
        load_balancer_pool: `api-pool (${pool})`,
        ip_address: `${String(ip.address)} (Global)`,
      });
    }
  });

  it('exports the selection only, with the delimiter chosen', async () => {
    setUrl(`/load-balancers/${MEMBERS}/?load_balancer_pool=${seedIds.pool(1)}`);
    renderWithProviders(<ResourceListScreen resource={MEMBERS} />);
    const boxes = await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
    await userEvent.click(boxes[0] as HTMLElement);
    await userEvent.click(boxes[1] as HTMLElement);

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Selected (2)' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Delimiter' }));
    await userEvent.click(screen.getByRole('option', { name: 'Semicolon' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect((await within(dialog).findByText(/^Downloaded /)).textContent).toMatch(/: 2 rows\.$/);

    const file = await downloaded();
    expect(file.text.split('\r\n')[0]).toBe('id;display;status;port;load_balancer_pool;ssl_offload');
    const selected = boxes.slice(0, 2).map((b) => b.closest('tr')?.textContent ?? '');
    expect(file.rows).toHaveLength(2);
    for (const row of file.rows) expect(selected.some((t) => t.includes(String(row.display)))).toBe(true);
  });

  it('says which selected objects were no longer there', async () => {
    setUrl(`/load-balancers/${MEMBERS}/?load_balancer_pool=${seedIds.pool(1)}`);
    renderWithProviders(<ResourceListScreen resource={MEMBERS} />);
    const boxes = await screen.findAllByRole('checkbox', { name: /^Select (?!this page)/ });
    await userEvent.click(boxes[0] as HTMLElement);
    await userEvent.click(boxes[1] as HTMLElement);
    const gone = /[0-9a-f-]{36}/.exec(
      boxes[1]?.closest('tr')?.querySelector('a')?.getAttribute('href') ?? '',
    )?.[0];
    if (!gone) throw new Error('The row has no link to its object.');
    fake.db.deleteMany(MEMBERS, [gone], {
      user: fake.db.users[0] as Actor['user'],
      requestId: crypto.randomUUID(),
    });
    const { dialog, status } = await exportAs(/^Selected \(2\)$/);
    expect(status.textContent).toMatch(/: 1 row\.$/);
    expect(within(dialog).getByText(/^1 selected object was not found in Nautobot/).textContent).toContain(
      gone,
    );
    expect((await downloaded()).rows).toHaveLength(1);
  });

  it('links to the import screen', () => {
    setUrl(`/load-balancers/${MEMBERS}/`);
    renderWithProviders(<ResourceListScreen resource={MEMBERS} />);
    expect(screen.getByRole('link', { name: 'Import CSV' }).getAttribute('href')).toMatch(
      new RegExp(`^/load-balancers/${MEMBERS}/import/?$`),
    );
  });
});
