import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { helperOf } from '@/components/test-utils/queries';
import { renderWithProviders } from '@/components/test-utils/render';
import { toCsv } from '@/lib/csv/write';
import { seedIds } from '@/mocks/seed/dataset';
import { spyOnDownloads } from './download-spy';
import { ImportScreen } from './import-screen';

vi.mock(
  'next/navigation',
  async () => (await import('@/components/test-utils/navigation-mock')).navigationMock,
);

const { fake, server, writes } = setupFakeNautobot();
const downloads = spyOnDownloads();
const MEMBERS = 'load-balancer-pool-members';
type Row = Record<string, unknown> & { id: string };

beforeEach(() => {
  window.sessionStorage.clear();
});

const members = () => fake.db.rows(MEMBERS) as Row[];
const renderImport = () => renderWithProviders(<ImportScreen resource={MEMBERS} />);

async function paste(lines: string[]) {
  await userEvent.click(screen.getByRole('textbox', { name: 'Or paste CSV text' }));
  await userEvent.paste(lines.join('\n'));
}

const next = (name: RegExp) => userEvent.click(screen.getByRole('button', { name }));

async function checkRows() {
  await next(/^Next: check rows/);
  return screen.findByRole('table', { name: 'Rows to import' }, { timeout: 8000 });
}

describe('CSV import', () => {
  it('catches bad rows on their cells before sending, imports the good one, and hands back the bad ones', async () => {
    const before = members().length;
    renderImport();
    await paste([
      'Pool,IP address,Port,Status,Label',
      'api-pool,10.20.1.13/32 (Global),7001,Active,good',
      'api-pool,10.20.1.14/32 (Global),70000,Active,bad-port',
      'no-such-pool,10.20.1.15/32 (Global),7001,Active,bad-pool',
    ]);
    await next(/^Next: map columns/);
    expect(await screen.findByRole('table', { name: 'Column mapping' })).toBeTruthy();
    const grid = await checkRows();

    expect(screen.getByText('3 rows: 1 to create · 0 to update · 0 unchanged · 2 with errors')).toBeTruthy();
    const port = within(grid).getByRole('cell', { name: /^70000/ });
    expect(port.getAttribute('aria-invalid')).toBe('true');
    expect(helperOf(port)).toBe('Enter a port from 0 to 65535.');
    const pool = within(grid).getByRole('cell', { name: /^no-such-pool/ });
    expect(pool.getAttribute('aria-invalid')).toBe('true');
    expect(helperOf(pool)).toBe('No pool named “no-such-pool”.');
    // The good row's cells are not marked.
    const good = within(grid).getByRole('row', { name: /^2 Create/ });
    expect(
      within(good)
        .getAllByRole('cell')
        .filter((c) => c.hasAttribute('aria-invalid')),
    ).toEqual([]);
    expect(writes()).toEqual([]);

    await userEvent.click(screen.getByRole('switch', { name: 'Only rows with errors (2)' }));
    expect(within(grid).queryByRole('cell', { name: 'good' })).toBeNull();

    await next(/^Import 1 row, leave out 2 with errors$/);
    const results = await screen.findByRole('table', { name: 'Import results' }, { timeout: 8000 });
    expect(
      screen.getByText('Import finished: 1 created · 0 updated · 0 unchanged · 2 not imported'),
    ).toBeTruthy();
    expect(members()).toHaveLength(before + 1);
    expect(members().filter((m) => m.label === 'good')).toHaveLength(1);
    expect(members().some((m) => m.label === 'bad-port' || m.label === 'bad-pool')).toBe(false);
    // Rows not imported are listed with their reason.
    const portRow = within(results).getByRole('row', { name: /^3 / });
    expect(within(portRow).getByText('Port: Enter a port from 0 to 65535.')).toBeTruthy();

    await next(/^Download rejected rows \(2\)$/);
    const file = await downloads.last();
    expect(file.name).toBe('load-balancer-pool-members-rejected.csv');
    expect(file.headers).toEqual(['error', 'Pool', 'IP address', 'Port', 'Status', 'Label']);
    expect(file.rows).toEqual([
      {
        error: 'Port: Enter a port from 0 to 65535.',
        Pool: 'api-pool',
        'IP address': '10.20.1.14/32 (Global)',
        Port: '70000',
        Status: 'Active',
        Label: 'bad-port',
      },
      {
        error: 'Pool: No pool named “no-such-pool”.',
        Pool: 'no-such-pool',
        'IP address': '10.20.1.15/32 (Global)',
        Port: '7001',
        Status: 'Active',
        Label: 'bad-pool',
      },
    ]);
  });

  it('lets the rejected rows be fixed on the page and imported, losing none', async () => {
    renderImport();
    await paste([
      'Pool,IP address,Port,Status,Label',
      'api-pool,10.20.1.13/32 (Global),7001,Active,good',
      'api-pool,10.20.1.14/32 (Global),70000,Active,fixed',
    ]);
    await next(/^Next: map columns/);
    await checkRows();
    await next(/^Import 1 row/);
    await screen.findByRole('table', { name: 'Import results' }, { timeout: 8000 });
    await next(/^Fix rejected rows here$/);

    const box = screen.getByRole('textbox', { name: 'Or paste CSV text' });
    expect((box as HTMLTextAreaElement).value).toContain('70000');
    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste(
      [
        'error,Pool,IP address,Port,Status,Label',
        'was wrong,api-pool,10.20.1.14/32 (Global),7002,Active,fixed',
      ].join('\n'),
    );
    await next(/^Next: map columns/);
    // The earlier error column is recognised and left out.
    expect(await screen.findByText('Messages from an earlier import are not imported.')).toBeTruthy();
    await checkRows();
    await next(/^Import 1 row$/);
    await screen.findByText('Import finished: 1 created · 0 updated · 0 unchanged', {}, { timeout: 8000 });
    expect(
      members()
        .filter((m) => m.label === 'fixed')
        .map((m) => m.port),
    ).toEqual([7002]);
  });

  it('maps headers automatically and lets a column be mapped by hand', async () => {
    renderImport();
    await paste(['Pool,Address,Port,Status', 'api-pool,10.20.1.13/32 (Global),7001,Active']);
    await next(/^Next: map columns/);
    const poolSelect = await screen.findByRole('combobox', { name: 'Field for column Pool' });
    expect((poolSelect as HTMLSelectElement).value).toBe('load_balancer_pool');
    const address = screen.getByRole('combobox', { name: 'Field for column Address' });
    expect((address as HTMLSelectElement).value).toBe('');
    expect(screen.getByText('“Address” matches no pool member field and is not imported.')).toBeTruthy();
    expect(screen.getByText(/^No column gives IP address/)).toBeTruthy();

    await userEvent.selectOptions(address, 'ip_address');
    expect(screen.queryByText(/^No column gives IP address/)).toBeNull();
    // A field moves to the column that takes it.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Field for column Port' }), 'label');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Field for column Port' }), 'port');
    await checkRows();
    expect(screen.getByText('1 row: 1 to create · 0 to update · 0 unchanged · 0 with errors')).toBeTruthy();
  });

  it('says when the delimiter is wrong, and when the header is missing', async () => {
    renderImport();
    await paste(['Pool;IP address;Port;Status', 'api-pool;10.20.1.13/32 (Global);7001;Active']);
    await userEvent.click(screen.getByRole('combobox', { name: 'Delimiter' }));
    await userEvent.click(screen.getByRole('option', { name: 'Comma' }));
    await next(/^Next: map columns/);
    expect(
      await screen.findByText(
        /^The header reads as one column, “Pool;IP address;Port;Status”, when split by comma: the file looks separated by semicolon/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Next: check rows/ }).hasAttribute('disabled')).toBe(true);
    // Detection reads it right.
    await userEvent.click(screen.getByRole('combobox', { name: 'Delimiter' }));
    await userEvent.click(screen.getByRole('option', { name: /^Detect/ }));
    expect(await screen.findByText(/4 columns separated by semicolon\.$/)).toBeTruthy();

    await next(/^Back$/);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Or paste CSV text' }));
    await paste(['api-pool,10.20.1.13/32 (Global),7001,Active']);
    await next(/^Next: map columns/);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Line 1 looks like data \(“7001”\), not column names: the first line must name the columns/,
    );
  });

  it('updates the object named in an id column, changing only what the file gives', async () => {
    const target = members().find((m) => m.load_balancer_pool === seedIds.pool(1)) as Row;
    renderImport();
    await paste(['id,Port', `${target.id},8181`]);
    await next(/^Next: map columns/);
    await checkRows();
    expect(screen.getByText('1 row: 0 to create · 1 to update · 0 unchanged · 0 with errors')).toBeTruthy();
    await next(/^Import 1 row$/);
    await screen.findByText('Import finished: 0 created · 1 updated · 0 unchanged', {}, { timeout: 8000 });
    const after = fake.db.get(MEMBERS, target.id) as Row;
    expect(after.port).toBe(8181);
    expect(after.status).toBe(target.status);
    expect(screen.getByRole('link', { name: 'Open the pool member of line 2' }).getAttribute('href')).toMatch(
      new RegExp(`/${target.id}/?$`),
    );
  });

  it('keeps the pasted text and the mapping across a reload', async () => {
    const first = renderImport();
    await paste(['Pool,Address,Port,Status', 'api-pool,10.20.1.13/32 (Global),7001,Active']);
    await next(/^Next: map columns/);
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Field for column Address' }),
      'ip_address',
    );
    first.unmount();

    renderImport();
    expect(
      screen.getByText(
        'The pasted text and your column choices were kept from before the page was reloaded.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Or paste CSV text' }).value).toContain(
      'api-pool,10.20.1.13/32 (Global)',
    );
    await next(/^Next: map columns/);
    expect(
      (await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Field for column Address' })).value,
    ).toBe('ip_address');
  });

  it('imports a spreadsheet of 500 new members, its three bad rows caught, fixed and imported after', async () => {
    const before = members().length;
    const address = (i: number) =>
      `${String(fake.db.get('ip-addresses', seedIds.serverIp(i % 100))?.address)} (Global)`;
    const row = (i: number) => {
      const port = i === 10 ? 70000 : 30000 + i;
      const pool = i === 200 ? 'no-such-pool' : 'api-pool';
      const status = i === 400 ? 'Bogus' : 'Active';
      return `${pool};${address(i)};${port};${status};bulk-${i}`;
    };
    const text = ['Pool;IP address;Port;Status;Label', ...Array.from({ length: 500 }, (_, i) => row(i))].join(
      '\r\n',
    );
    renderImport();
    await userEvent.upload(
      screen.getByLabelText('CSV file'),
      new File([text], 'members.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText(/^Loaded members\.csv/)).toBeTruthy();
    await next(/^Next: map columns/);
    expect(await screen.findByText('members.csv: 500 rows, 5 columns separated by semicolon.')).toBeTruthy();
    const grid = await checkRows();
    expect(
      screen.getByText('500 rows: 497 to create · 0 to update · 0 unchanged · 3 with errors'),
    ).toBeTruthy();
    // One page of the grid is in the DOM, not 500 rows.
    expect(within(grid).getAllByRole('row')).toHaveLength(51);

    await next(/^Import 497 rows, leave out 3 with errors$/);
    await screen.findByText(
      'Import finished: 497 created · 0 updated · 0 unchanged · 3 not imported',
      {},
      { timeout: 15000 },
    );
    expect(members()).toHaveLength(before + 497);
    await next(/^Download rejected rows \(3\)$/);
    const rejected = await downloads.last();
    expect(rejected.name).toBe('members-rejected.csv');
    expect(rejected.rows.map((r) => r.Label)).toEqual(['bulk-10', 'bulk-200', 'bulk-400']);

    // Fixed in the spreadsheet and loaded again: the error column is left out, the rows go in.
    const fixed = toCsv(
      [
        rejected.headers,
        ...rejected.rows.map((r) =>
          rejected.headers.map((h) =>
            h === 'Port' && r.Port === '70000'
              ? '30010'
              : h === 'Pool'
                ? 'api-pool'
                : h === 'Status'
                  ? 'Active'
                  : (r[h] ?? ''),
          ),
        ),
      ],
      { delimiter: ';' },
    );
    await next(/^Import another file$/);
    await userEvent.upload(screen.getByLabelText('CSV file'), new File([fixed], 'members-rejected.csv'));
    await next(/^Next: map columns/);
    await checkRows();
    expect(screen.getByText('3 rows: 3 to create · 0 to update · 0 unchanged · 0 with errors')).toBeTruthy();
    await next(/^Import 3 rows$/);
    await screen.findByText('Import finished: 3 created · 0 updated · 0 unchanged', {}, { timeout: 8000 });
    const labels = new Set(members().map((m) => m.label));
    expect(Array.from({ length: 500 }, (_, i) => `bulk-${i}`).filter((l) => !labels.has(l))).toEqual([]);
    expect(members()).toHaveLength(before + 500);
  }, 60_000);

  it('stops on Cancel and lists the rows whose fate is unknown, to check and import again', async () => {
    server.use(http.post(/\/load-balancer-pool-members\/$/, () => delay('infinite')));
    renderImport();
    await paste(['Pool,IP address,Port,Status,Label', 'api-pool,10.20.1.13/32 (Global),7001,Active,slow']);
    await next(/^Next: map columns/);
    await checkRows();
    await next(/^Import 1 row$/);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByText(
        'Import finished: 0 created · 0 updated · 0 unchanged · 1 not imported (stopped: Cancelled.)',
      ),
    ).toBeTruthy();
    await next(/^Download rejected rows \(1\)$/);
    expect((await downloads.last()).rows).toEqual([
      expect.objectContaining({
        error: 'Nautobot may or may not have saved this row: check before importing it again.',
        Label: 'slow',
      }),
    ]);
  });
});
