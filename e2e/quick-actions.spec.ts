import { expect, test, type Page } from '@playwright/test';
import { seedIds } from '../mocks/seed/dataset';
import { MEMBERS, openPoolMembers, rowOf, selectionBar, selectThisPage, watchWrites } from './support/bulk';
import { removeRunObjects } from './support/cleanup';
import { nautobot } from './support/nautobot';
import { expectSignedIn, signInWithToken } from './support/pages';
import { RUN, runPort } from './support/run';
import { createStatusEstate, expectStatusIcon, setMemberStatus, type StatusEstate } from './support/status';
import { e2eTarget } from './support/target';

/**
 * The F5 operator's one-click changes on this run's own estate (a virtual server in front of a monitored pool of
 * two members): drain a member from its row, mark a selection Failed and Active again, disable a virtual server
 * from its page, and edit a member's port in its cell.
 */

const MEMBER_FAILED = 'Offline (Enabled): Pool member is marked Failed';
const VS_DISABLED = 'Available (Disabled): Virtual server disabled';

let estate: StatusEstate;

test.beforeAll(async () => {
  estate = await createStatusEstate('quick', 400);
});

test.beforeEach(async ({ page }) => {
  await page.goto('/login/');
  await signInWithToken(page, e2eTarget.adminToken);
  await expectSignedIn(page);
});

// Each test starts from the estate as made, whatever the one before it left.
test.afterEach(async () => {
  for (const [i, m] of estate.members.entries()) {
    await setMemberStatus(m.id, 'Active');
    await nautobot.update(MEMBERS, m.id, { port: runPort(400 + i) });
  }
  await nautobot.update('virtual-servers', estate.vs.id, { enabled: true });
});

test.afterAll(async () => {
  await removeRunObjects();
});

const statusName = async (id: string) => (await nautobot.get(MEMBERS, id, { depth: 1 })).status.name;
const notice = (page: Page, text: string) => page.getByText(text, { exact: true }).first();

test('a member drained from its row: the menu, the status cell, Nautobot', async ({ page }) => {
  const [member] = estate.members;
  const table = await openPoolMembers(page, estate.pool.id, 2);
  const row = rowOf(table, member.display);
  await expect(row).toContainText('Active');

  await row.getByRole('button', { name: `Quick actions for ${member.display}` }).click();
  const menu = page.getByRole('menu');
  // Already Active: offered, but disabled.
  await expect(menu.getByRole('menuitem', { name: /^Set Active/ })).toBeDisabled();
  await menu.getByRole('menuitem', { name: /^Drain \(Maintenance\)/ }).click();

  await expect(notice(page, `${member.display} drained (Maintenance).`)).toBeVisible();
  await expect(row).toContainText('Maintenance');
  await expect(row).not.toContainText('Active');
  expect(await statusName(member.id)).toBe('Maintenance');
  // Nothing else moved, and the list stayed where it was.
  expect(await statusName(estate.members[1].id)).toBe('Active');
  await expect(page).toHaveURL(/\/load-balancer-pool-members\/\?load_balancer_pool=/);
});

test('selected members marked Failed after a confirmation, then set Active again', async ({ page }) => {
  const table = await openPoolMembers(page, estate.pool.id, 2);
  await selectThisPage(page, 2);

  await selectionBar(page).getByRole('button', { name: 'Mark Failed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark Failed: 2 pool members' });
  await expect(dialog).toContainText(
    'Mark Failed 2 pool members? The load balancer takes them out of service (forced offline).',
  );
  await dialog.getByRole('button', { name: 'Mark Failed', exact: true }).click();
  await expect(dialog.getByRole('table', { name: 'Mark Failed results' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Mark Failed: 2 applied · 0 failed');
  for (const m of estate.members) expect(await statusName(m.id)).toBe('Failed');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  for (const m of estate.members) {
    await expect(rowOf(table, m.display)).toContainText('Failed');
    await expectStatusIcon(rowOf(table, m.display), MEMBER_FAILED, 'red', 'diamond');
  }

  // Not disruptive: no confirmation, straight to the results.
  await selectionBar(page).getByRole('button', { name: 'Set Active', exact: true }).click();
  const again = page.getByRole('dialog', { name: 'Set Active: 2 pool members' });
  await expect(again.getByRole('status')).toHaveText('Set Active: 2 applied · 0 failed');
  for (const m of estate.members) expect(await statusName(m.id)).toBe('Active');
});

test('a virtual server disabled from its page turns black, and Enable brings it back', async ({ page }) => {
  const main = page.getByRole('main');
  await page.goto(`/load-balancers/virtual-servers/${estate.vs.id}/`);
  await expect(page.getByRole('heading', { level: 1, name: estate.vs.name, exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Enable', exact: true })).toHaveCount(0);

  await main.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(notice(page, `${estate.vs.name} disabled.`)).toBeVisible();
  const icon = await expectStatusIcon(main, VS_DISABLED, 'black', 'circle');
  await expect(icon).toHaveAccessibleName(/^\w+ \(Disabled\): /);
  expect((await nautobot.get('virtual-servers', estate.vs.id)).enabled).toBe(false);

  await main.getByRole('button', { name: 'Enable', exact: true }).click();
  await expect(notice(page, `${estate.vs.name} enabled.`)).toBeVisible();
  await expectStatusIcon(
    main,
    `Available (Enabled): Pool ${estate.pool.name}: All 2 members available`,
    'green',
    'circle',
  );
  expect((await nautobot.get('virtual-servers', estate.vs.id)).enabled).toBe(true);
});

test('a member’s port edited in its cell: saved; out of range refused before sending; refused by Nautobot and rolled back', async ({
  page,
}) => {
  const [member] = estate.members;
  const port = runPort(410);
  const renamed = member.display.replace(/:\d+$/, `:${port}`);
  const writes = watchWrites(page);
  const table = await openPoolMembers(page, estate.pool.id, 2);

  await table.getByRole('button', { name: `Edit port of ${member.display}` }).click();
  const first = table.getByRole('spinbutton', { name: `Port of ${member.display}` });
  await expect(first).toBeFocused();
  await first.fill(String(port));
  await first.press('Enter');
  await expect(notice(page, `Saved: port of ${member.display} is now ${port}.`)).toBeVisible();
  expect((await nautobot.get(MEMBERS, member.id)).port).toBe(port);
  const row = rowOf(table, renamed);
  const portCell = row
    .getByRole('cell')
    .filter({ has: page.getByRole('button', { name: `Edit port of ${renamed}` }) });
  await expect(portCell).toHaveText(String(port));

  // Out of range: the field says so and nothing goes to Nautobot.
  const sent = writes.count();
  await row.getByRole('button', { name: `Edit port of ${renamed}` }).click();
  const input = row.getByRole('spinbutton', { name: `Port of ${renamed}` });
  await input.fill('70000');
  await input.press('Enter');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription('Enter a port from 0 to 65535.');
  await input.press('Escape');
  expect(writes.count()).toBe(sent);
  expect((await nautobot.get(MEMBERS, member.id)).port).toBe(port);

  // Another member of the pool already has this address on the port asked for: Nautobot refuses.
  const taken = runPort(411);
  const blocker = await nautobot.create(MEMBERS, {
    ip_address: seedIds.serverIp(0),
    load_balancer_pool: estate.pool.id,
    port: taken,
    status: 'Active',
    label: `${RUN}-quick-blocker`,
  });
  try {
    await row.getByRole('button', { name: `Edit port of ${renamed}` }).click();
    await input.fill(String(taken));
    await input.press('Enter');
    const reason = 'The fields ip_address, port, load_balancer_pool must make a unique set.';
    await expect(portCell.getByRole('alert')).toHaveText(`Not saved: ${reason}`);
    await expect(portCell).toContainText(String(port));
    await expect(portCell).not.toContainText(String(taken));
    await expect(row.getByRole('button', { name: `Edit port of ${renamed}` })).toHaveAccessibleDescription(
      `Not saved: ${reason}`,
    );
    expect((await nautobot.get(MEMBERS, member.id)).port).toBe(port);
  } finally {
    await nautobot.remove(MEMBERS, blocker.id);
  }
});
