import { expect, test, type Page } from '@playwright/test';
import { seedIds } from '../mocks/seed/dataset';
import {
  createMemberPool,
  found,
  MEMBERS,
  memberData,
  membersMatching,
  openPoolMembers,
  statusId,
  watchWrites,
} from './support/bulk';
import { removeRunObjects } from './support/cleanup';
import { download, loadAndCheck, readCsv, writeCsv, type CsvFile } from './support/csv';
import { nautobot } from './support/nautobot';
import { expectAccessible, expectSignedIn, signInWithToken } from './support/pages';
import { RUN, runPort } from './support/run';
import { e2eTarget } from './support/target';

/**
 * CSV out of a filtered list and back in: the same file reads back unchanged, a copy into another pool creates
 * members identical field by field, and a file with bad rows shows each error on its cell, imports the rest and
 * hands back the bad rows to fix and import.
 */

test.beforeEach(async ({ page }) => {
  await page.goto('/login/');
  await signInWithToken(page, e2eTarget.adminToken);
  await expectSignedIn(page);
});

test.afterAll(async () => {
  await removeRunObjects();
});

const IMPORT_PATH = '/load-balancers/load-balancer-pool-members/import/';
const summary = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

async function showColumns(page: Page, labels: string[]) {
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  for (const label of labels) {
    const item = page.getByRole('menuitemcheckbox', { name: label, exact: true });
    await item.click();
    await expect(item).toHaveAttribute('aria-checked', 'true');
  }
  await page.keyboard.press('Escape');
}

test('members exported from a filtered list read back unchanged, and imported as copies into another pool are identical', async ({
  page,
}) => {
  const { pool, members } = await createMemberPool('rt', 4, 500);
  // Some variety, so "identical" covers more than the defaults.
  const [m1, m2, m3] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];
  await nautobot.update(MEMBERS, m1.id, { status: 'Maintenance', ssl_offload: true });
  await nautobot.update(MEMBERS, m2.id, {
    health_check_monitor: seedIds.monitor(1),
    tenant: seedIds.tenant(2),
  });
  await nautobot.update(MEMBERS, m3.id, { status: 'Failed' });
  const copy = await nautobot.create('load-balancer-pools', {
    name: `${RUN}-rt-copy`,
    load_balancing_algorithm: 'round_robin',
  });
  const before = new Map(
    await Promise.all(members.map(async (m) => [m.id, await memberData(m.id)] as const)),
  );

  await openPoolMembers(page, pool.id, 4);
  await showColumns(page, ['Label', 'IP address', 'Health monitor', 'Tenant']);
  await page.getByRole('button', { name: 'Export CSV', exact: true }).click();
  await page.getByRole('menuitem', { name: 'All 4 matching', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export all 4 matching pool members' });
  const exported = await download(page, () =>
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  await expect(dialog.getByRole('status')).toHaveText(`Downloaded ${exported.name}: 4 rows.`);
  const file = await readCsv(exported.text);
  expect(file.headers).toEqual(
    expect.arrayContaining(['id', 'load_balancer_pool', 'ip_address', 'port', 'status', 'label']),
  );
  expect(file.rows.map((r) => r.id).sort()).toEqual(members.map((m) => m.id).sort());
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // The same file, straight back: every row unchanged, nothing to send.
  const writes = watchWrites(page);
  await page.getByRole('link', { name: 'Import CSV', exact: true }).click();
  await expect(page).toHaveURL(IMPORT_PATH);
  await loadAndCheck(page, exported.name, exported.text);
  await expect(summary(page, /^4 rows:/)).toHaveText(
    '4 rows: 0 to create · 0 to update · 4 unchanged · 0 with errors',
  );
  await expect(page.getByRole('button', { name: 'Nothing to import', exact: true })).toBeDisabled();
  expect(writes.count()).toBe(0);
  for (const m of members) expect(await memberData(m.id)).toEqual(before.get(m.id));

  // Copies: no id, another pool, new ports and labels; everything else as exported.
  const port = (i: number) => runPort(520 + i);
  const label = (i: number) => `${RUN}-rt-copy-m${i + 1}`;
  const copies: CsvFile = {
    headers: file.headers.filter((h) => h !== 'id'),
    rows: file.rows.map((r, i) => ({
      ...r,
      load_balancer_pool: `${copy.name} (${copy.id})`,
      port: String(port(i)),
      label: label(i),
    })),
  };
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await loadAndCheck(page, 'copies.csv', writeCsv(copies));
  await expect(summary(page, /^4 rows:/)).toHaveText(
    '4 rows: 4 to create · 0 to update · 0 unchanged · 0 with errors',
  );
  await page.getByRole('button', { name: 'Import 4 rows', exact: true }).click();
  await expect(summary(page, /^Import finished/)).toHaveText(
    'Import finished: 4 created · 0 updated · 0 unchanged',
  );

  const made = await nautobot.list(MEMBERS, {
    filters: { load_balancer_pool: copy.id },
    limit: 10,
    depth: 0,
  });
  expect(made.count).toBe(4);
  for (const [i, row] of file.rows.entries()) {
    const original = found(before.get(row.id ?? ''), `the original of line ${i + 2}`);
    const twin = found(
      made.results.find((m) => m.label === label(i)),
      `the copy of line ${i + 2}`,
    );
    expect(await memberData(twin.id)).toEqual({
      ...original,
      load_balancer_pool: copy.id,
      port: port(i),
      label: label(i),
    });
  }
  // The originals are as they were.
  for (const m of members) expect(await memberData(m.id)).toEqual(before.get(m.id));
});

test('a file of twenty new members with three bad rows: errors on their cells, the rest imported, the bad ones fixed and imported', async ({
  page,
}) => {
  const pool = await nautobot.create('load-balancer-pools', {
    name: `${RUN}-bad-pool`,
    load_balancing_algorithm: 'round_robin',
  });
  const missingPool = `${RUN}-no-such-pool`;
  // Seed server address i is 10.20.1.(10 + i) in Global, for i below 50.
  const address = (i: number) => `10.20.1.${10 + i}/32 (Global)`;
  const port = (i: number) => runPort(600 + i);
  const label = (i: number) => `${RUN}-bad-m${String(i + 1).padStart(2, '0')}`;
  const good = (i: number) => ({
    Pool: pool.name,
    'IP address': address(i),
    Port: String(port(i)),
    Status: 'Active',
    Label: label(i),
  });
  const rows = Array.from({ length: 20 }, (_, i) => good(i));
  // Line 6: a port out of range; line 11: a pool that does not exist; line 17 repeats line 16's address and port.
  rows[4] = { ...good(4), Port: '70000' };
  rows[9] = { ...good(9), Pool: missingPool };
  rows[15] = { ...good(15), 'IP address': address(14), Port: String(port(14)) };
  const headers = ['Pool', 'IP address', 'Port', 'Status', 'Label'];

  await page.goto(IMPORT_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Import pool members from CSV' })).toBeVisible();
  const grid = await loadAndCheck(page, 'new-members.csv', writeCsv({ headers, rows }));
  await expect(summary(page, /^20 rows:/)).toHaveText(
    '20 rows: 16 to create · 0 to update · 0 unchanged · 4 with errors',
  );
  const line = (n: number) =>
    grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
  // Cells after the line number: Action, Pool, IP address, Port, Status, Label, Row problems.
  const cell = (n: number, column: number) => line(n).getByRole('cell').nth(column);
  const expectError = async (n: number, column: number, message: string | RegExp) => {
    await expect(cell(n, column)).toHaveAttribute('aria-invalid', 'true');
    await expect(cell(n, column)).toHaveAccessibleDescription(message);
  };
  await expectError(6, 3, 'Enter a port from 0 to 65535.');
  await expectError(11, 1, `No pool named “${missingPool}”.`);
  await expectError(16, 3, /^Line 17 has the same /);
  await expectError(17, 3, /^Line 16 has the same /);
  await expect(line(2).locator('[aria-invalid]')).toHaveCount(0);
  await expect(line(6).getByRole('cell').first()).toHaveText('Error');
  await expect(line(2).getByRole('cell').first()).toHaveText('Create');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Import 16 rows, leave out 4 with errors', exact: true }).click();
  await expect(summary(page, /^Import finished/)).toHaveText(
    'Import finished: 16 created · 0 updated · 0 unchanged · 4 not imported',
  );
  expect(await membersMatching({ load_balancer_pool: pool.id })).toBe(16);

  const rejected = await download(page, () =>
    page.getByRole('button', { name: 'Download rejected rows (4)', exact: true }).click(),
  );
  expect(rejected.name).toBe('new-members-rejected.csv');
  const bad = await readCsv(rejected.text);
  expect(bad.headers).toEqual(['error', ...headers]);
  expect(bad.rows.map((r) => r.Label)).toEqual([label(4), label(9), label(14), label(15)]);
  expect(bad.rows[0]?.error).toBe('Port: Enter a port from 0 to 65535.');
  expect(bad.rows[1]?.error).toBe(`Pool: No pool named “${missingPool}”.`);

  // Fixed as someone would in a spreadsheet: the right port, the right pool, line 17's own address and port.
  const fixed: CsvFile = {
    headers: bad.headers,
    rows: bad.rows.map((r) => {
      const i = rows.findIndex((x) => x.Label === r.Label);
      return { ...r, ...good(i) };
    }),
  };
  await page.getByRole('button', { name: 'Import another file', exact: true }).click();
  await loadAndCheck(page, rejected.name, writeCsv(fixed));
  await expect(summary(page, /^4 rows:/)).toHaveText(
    '4 rows: 4 to create · 0 to update · 0 unchanged · 0 with errors',
  );
  await page.getByRole('button', { name: 'Import 4 rows', exact: true }).click();
  await expect(summary(page, /^Import finished/)).toHaveText(
    'Import finished: 4 created · 0 updated · 0 unchanged',
  );

  const made = await nautobot.list(MEMBERS, {
    filters: { load_balancer_pool: pool.id },
    limit: 50,
    depth: 0,
  });
  expect(made.count).toBe(20);
  const active = await statusId('Active');
  for (let i = 0; i < 20; i++) {
    const member = found(
      made.results.find((m) => m.label === label(i)),
      label(i),
    );
    expect(await memberData(member.id)).toMatchObject({
      ip_address: seedIds.serverIp(i),
      load_balancer_pool: pool.id,
      port: port(i),
      status: active,
      label: label(i),
    });
  }
});
