import { expect, test, type Page } from '@playwright/test';
import { NautobotError } from '../lib/api/errors';
import { seedIds } from '../mocks/seed/dataset';
import {
  createMemberPool,
  found,
  memberData,
  MEMBERS,
  membersMatching,
  openPoolMembers,
  selectionBar,
  selectThisPage,
  statusId,
  tableTexts,
} from './support/bulk';
import { removeRunObjects } from './support/cleanup';
import { pickReference, picker } from './support/forms';
import { nautobot } from './support/nautobot';
import { expectAccessible, expectSignedIn, signInWithToken } from './support/pages';
import { RUN, runPort } from './support/run';
import { e2eTarget } from './support/target';

/**
 * Bulk edit and bulk delete on this run's own pools and members, arranged through the API: a preview of each
 * change before → after, Nautobot refusing one object for its own reason, Undo putting every object back, select
 * all matching across pages, and a bulk delete that Nautobot's PROTECT stops for one pool.
 */

test.beforeEach(async ({ page }) => {
  await page.goto('/login/');
  await signInWithToken(page, e2eTarget.adminToken);
  await expectSignedIn(page);
});

test.afterAll(async () => {
  await removeRunObjects();
});

const radio = (page: Page, field: string, op: string) =>
  page.getByRole('dialog').getByRole('radiogroup', { name: field }).getByRole('radio', { name: op });

test('bulk edit: preview before → after, one member refused by Nautobot, the rest applied, then undone', async ({
  page,
}) => {
  const { pool, members } = await createMemberPool('edit', 4, 100);
  const target = runPort(110);
  // On m01's address and already on the target port: moving m01 there breaks Nautobot's (IP, port, pool) rule.
  const blocker = await nautobot.create(MEMBERS, {
    ip_address: seedIds.serverIp(0),
    load_balancer_pool: pool.id,
    port: target,
    status: 'Active',
    label: `${RUN}-edit-blocker`,
  });
  const all = [...members.map((m) => m.id), blocker.id];
  const before = new Map(await Promise.all(all.map(async (id) => [id, await memberData(id)] as const)));
  const [clashing, ...movable] = members as [(typeof members)[0], ...typeof members];

  await openPoolMembers(page, pool.id, 5);
  await selectThisPage(page, 5);
  await selectionBar(page).getByRole('button', { name: 'Bulk edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bulk edit 5 pool members' });
  await radio(page, 'Port', 'Set').check();
  await dialog.getByRole('textbox', { name: /^Port/ }).fill(String(target));
  await radio(page, 'Status', 'Set').check();
  await pickReference(page, picker(dialog, 'Status'), 'Mainten', 'Maintenance');
  await dialog.getByRole('button', { name: 'Preview' }).click();

  await expect(dialog.getByRole('status')).toHaveText('5 will change · 0 unchanged · 0 invalid');
  const preview = dialog.getByRole('table', { name: 'Planned changes' });
  const planned = await tableTexts(preview);
  for (const m of members) {
    const at = planned.findIndex((r) => r[0] === m.display);
    expect(planned.slice(at, at + 2)).toEqual([
      [m.display, 'Will change', 'Port', `${m.port} → ${target}`],
      ['Status', 'Active → Maintenance'],
    ]);
  }
  expect(planned).toContainEqual([blocker.display, 'Will change', 'Status', 'Active → Maintenance']);
  await expectAccessible(page);

  await dialog.getByRole('button', { name: 'Apply' }).click();
  const results = dialog.getByRole('table', { name: 'Bulk edit results' });
  await expect(dialog.getByRole('status')).toHaveText('Bulk edit: 4 applied · 1 failed');
  const failed = results.getByRole('row').filter({ hasText: clashing.display });
  await expect(failed.getByRole('cell').nth(0)).toHaveText('Failed');
  await expect(failed.getByRole('cell').nth(1)).toHaveText(
    'The fields ip_address, port, load_balancer_pool must make a unique set.',
  );
  await expect(results.getByRole('cell', { name: 'Applied', exact: true })).toHaveCount(4);
  await expectAccessible(page);

  const maintenance = await statusId('Maintenance');
  expect(await memberData(clashing.id)).toEqual(before.get(clashing.id));
  for (const m of movable)
    expect(await memberData(m.id)).toEqual({ ...before.get(m.id), port: target, status: maintenance });
  expect(await memberData(blocker.id)).toEqual({ ...before.get(blocker.id), status: maintenance });

  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Undo: 4 applied · 0 failed');
  await expect(dialog.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  for (const id of all) expect(await memberData(id)).toEqual(before.get(id));
});

test('select all matching across pages: as many as Nautobot counts, all of them edited, then put back', async ({
  page,
}) => {
  const { pool, members } = await createMemberPool('all', 30, 200);
  const counted = await membersMatching({ load_balancer_pool: pool.id });
  expect(counted).toBe(30);

  const table = await openPoolMembers(page, pool.id, 30, '&per_page=25');
  await expect(table.getByRole('checkbox', { name: /^Select (?!this page)/ })).toHaveCount(25);
  await selectThisPage(page, 25);
  await selectionBar(page)
    .getByRole('button', { name: `Select all ${counted} matching this filter`, exact: true })
    .click();
  await expect(selectionBar(page).getByText(`${counted} selected`, { exact: true })).toBeVisible();

  await selectionBar(page).getByRole('button', { name: 'Bulk edit' }).click();
  const dialog = page.getByRole('dialog', { name: `Bulk edit ${counted} pool members` });
  await radio(page, 'SSL offload', 'Set').check();
  await dialog.getByRole('checkbox', { name: /^SSL offload/ }).check();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`${counted} will change · 0 unchanged · 0 invalid`);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Bulk edit: ${counted} applied · 0 failed`);

  expect(await membersMatching({ load_balancer_pool: pool.id, ssl_offload: 'true' })).toBe(members.length);

  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Undo: ${counted} applied · 0 failed`);
  expect(await membersMatching({ load_balancer_pool: pool.id, ssl_offload: 'true' })).toBe(0);
});

test('bulk delete of eleven pools: the count typed to confirm, ten deleted, the one in use kept with what uses it', async ({
  page,
}) => {
  const pools = await nautobot.bulkCreate(
    'load-balancer-pools',
    Array.from({ length: 11 }, (_, i) => ({
      name: `${RUN}-del-${String(i).padStart(2, '0')}`,
      load_balancing_algorithm: 'round_robin',
    })),
  );
  const used = found(
    pools.find((p) => p.name === `${RUN}-del-10`),
    'pool 10',
  );
  const vs = await nautobot.create('virtual-servers', {
    name: `${RUN}-del-vs`,
    vip: seedIds.vip(5),
    protocol: 'tcp',
    port: runPort(300),
    enabled: true,
    load_balancer_pool: used.id,
  });

  await page.goto(`/load-balancers/load-balancer-pools/?q=${RUN}-del-`);
  await expect(page.getByRole('heading', { level: 1, name: 'Load balancer pools · 11' })).toBeVisible();
  await selectThisPage(page, 11);
  await selectionBar(page).getByRole('button', { name: 'Bulk delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 11 load balancer pools?' });
  const remove = confirm.getByRole('button', { name: 'Delete 11 load balancer pools', exact: true });
  await expect(confirm.getByRole('list', { name: 'Objects to delete' }).getByRole('listitem')).toHaveCount(
    11,
  );
  await expect(remove).toBeDisabled();
  await confirm.getByRole('textbox', { name: 'Type 11 to confirm' }).fill('11');
  await remove.click();

  const results = page.getByRole('dialog', { name: 'Bulk delete: 11 load balancer pools' });
  await expect(results.getByRole('status')).toHaveText(
    '11 load balancer pools: 10 deleted · 1 protected · 0 failed',
  );
  const isProtected = results.getByRole('list', { name: 'Protected objects' });
  await expect(isProtected.getByRole('link', { name: used.name, exact: true })).toHaveAttribute(
    'href',
    `/load-balancers/load-balancer-pools/${used.id}/`,
  );
  await expect(isProtected.getByRole('link', { name: vs.name, exact: true })).toHaveAttribute(
    'href',
    `/load-balancers/virtual-servers/${vs.id}/`,
  );
  await expect(results.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  await expectAccessible(page);

  for (const p of pools) {
    const state = await nautobot.get('load-balancer-pools', p.id).then(
      () => 'exists',
      (e: unknown) => (e instanceof NautobotError ? e.status : String(e)),
    );
    expect(state, p.name).toBe(p.id === used.id ? 'exists' : 404);
  }

  // The deleted pools leave the selection and the list.
  await results.getByRole('button', { name: 'Close' }).click();
  await expect(selectionBar(page).getByText('1 selected', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Load balancer pools · 1' })).toBeVisible();
});
