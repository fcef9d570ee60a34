import { expect, test, type Page } from '@playwright/test';
import { removeRunObjects } from './support/cleanup';
import { searchMap } from './support/dashboard';
import { picker, pickReference, resourceForm } from './support/forms';
import { nautobot } from './support/nautobot';
import { expectSignedIn, signInWithToken } from './support/pages';
import {
  createStatusEstate,
  expectStatusIcon,
  rowWithLink,
  setMemberStatus,
  statusIcon,
  type StatusEstate,
} from './support/status';
import { e2eTarget } from './support/target';

/**
 * F5 status icons follow what Nautobot says: a member marked Failed, its pool and virtual server rolling up,
 * a virtual server disabled, on lists, detail pages, the map and the dashboard. The estate is this run's own
 * (a virtual server in front of a monitored pool of two members), so every roll-up is known in advance.
 */

const MEMBER_FAILED = 'Offline (Enabled): Pool member is marked Failed';
const MEMBER_ACTIVE = 'Available (Enabled): Pool member is Active, monitored by pool monitor http-80';

let estate: StatusEstate;

test.beforeAll(async () => {
  estate = await createStatusEstate('status', 40);
});

test.beforeEach(async ({ page }) => {
  await page.goto('/login/');
  await signInWithToken(page, e2eTarget.adminToken);
  await expectSignedIn(page);
});

test.afterAll(async () => {
  await removeRunObjects();
});

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const main = (page: Page) => page.getByRole('main');

/** The list filtered by Nautobot's own filters, its rows loaded. */
async function openList(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(h1(page, heading)).toBeVisible();
}

/** A detail page: the heading, then the large icon and its reason written out under it. */
async function expectDetail(
  page: Page,
  path: string,
  heading: string,
  name: string,
  colour: Parameters<typeof expectStatusIcon>[2],
  shape: Parameters<typeof expectStatusIcon>[3],
) {
  await page.goto(path);
  await expect(h1(page, heading)).toBeVisible();
  await expectStatusIcon(main(page), name, colour, shape);
  await expect(main(page).getByText(name, { exact: true })).toBeVisible();
}

/** The map searched for the virtual server and opened: its row, its pool's and its members'. */
async function openOnMap(page: Page, vsName: string) {
  await page.goto('/load-balancers/map/');
  await searchMap(page, vsName);
  const tree = page.getByRole('tree', { name: 'Network map' });
  const vsRow = tree.getByRole('treeitem', { name: new RegExp(`^Virtual server ${vsName} `) });
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  await expect(vsRow).toHaveAttribute('aria-expanded', 'false');
  // The search leaves only this server: the tree's first row is the active one, and Right opens it.
  await tree.focus();
  await page.keyboard.press('ArrowRight');
  await expect(vsRow).toHaveAttribute('aria-expanded', 'true');
  return {
    vsRow,
    poolRow: tree.getByRole('treeitem', { name: new RegExp(`^Pool ${estate.pool.name} — `) }),
    memberRow: (display: string) =>
      tree.getByRole('treeitem', { name: new RegExp(`^Member ${display.replace(/\./g, '\\.')} — `) }),
  };
}

test.describe('a member marked Failed', () => {
  test.afterEach(async () => {
    for (const m of estate.members) await setMemberStatus(m.id, 'Active');
  });

  test('through its edit form: a red diamond on the member, loss of redundancy on its pool and virtual server, on the map and the dashboard', async ({
    page,
  }) => {
    const [failed, other] = estate.members;
    const poolReason = '1/2 members available: loss of redundancy';
    const poolName = `Available (Enabled): ${poolReason}`;
    const vsName = `Available (Enabled): Pool ${estate.pool.name}: ${poolReason}`;

    // Before: everything in service and monitored.
    await openList(
      page,
      `/load-balancers/load-balancer-pools/?q=${estate.pool.name}`,
      'Load balancer pools · 1',
    );
    await expectStatusIcon(main(page), 'Available (Enabled): All 2 members available', 'green', 'circle');

    await page.goto(`/load-balancers/load-balancer-pool-members/${failed.id}/edit/`);
    const form = resourceForm(page, 'Edit pool member');
    await pickReference(page, picker(form, 'Status'), 'Failed', 'Failed');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(`/load-balancers/load-balancer-pool-members/${failed.id}/`);
    await expect(h1(page, failed.display)).toBeVisible();
    await expectStatusIcon(main(page), MEMBER_FAILED, 'red', 'diamond');
    await expect(main(page).getByText(MEMBER_FAILED, { exact: true })).toBeVisible();
    expect((await nautobot.get('load-balancer-pool-members', failed.id, { depth: 1 })).status.name).toBe(
      'Failed',
    );

    // The member list, filtered to the pool: the failed member red, the other still green.
    await openList(
      page,
      `/load-balancers/load-balancer-pool-members/?load_balancer_pool=${estate.pool.id}`,
      'Pool members · 2',
    );
    const members = page.getByRole('table', { name: /^Pool members/ });
    await expectStatusIcon(rowWithLink(members, failed.display), MEMBER_FAILED, 'red', 'diamond');
    await expectStatusIcon(rowWithLink(members, other.display), MEMBER_ACTIVE, 'green', 'circle');

    // The pool: still green, one member carrying it, and the Available column says so with a warning sign.
    await openList(
      page,
      `/load-balancers/load-balancer-pools/?q=${estate.pool.name}`,
      'Load balancer pools · 1',
    );
    const poolRow = rowWithLink(page.getByRole('table', { name: /^Load balancer pools/ }), estate.pool.name);
    await expectStatusIcon(poolRow, poolName, 'green', 'circle');
    await expect(poolRow.getByRole('img', { name: 'Loss of redundancy', exact: true })).toBeVisible();
    await expect(poolRow).toContainText('1 of 2 members available');
    await expectDetail(
      page,
      `/load-balancers/load-balancer-pools/${estate.pool.id}/`,
      estate.pool.name,
      poolName,
      'green',
      'circle',
    );

    // Its virtual server says which pool decided.
    await openList(page, `/load-balancers/virtual-servers/?q=${estate.vs.name}`, 'Virtual servers · 1');
    const vsRow = rowWithLink(page.getByRole('table', { name: /^Virtual servers/ }), estate.vs.name);
    await expectStatusIcon(vsRow, vsName, 'green', 'circle');
    await expectDetail(
      page,
      `/load-balancers/virtual-servers/${estate.vs.id}/`,
      estate.vs.name,
      vsName,
      'green',
      'circle',
    );

    const map = await openOnMap(page, estate.vs.name);
    await expectStatusIcon(map.vsRow, vsName, 'green', 'circle');
    await expectStatusIcon(map.poolRow, poolName, 'green', 'circle');
    await expect(map.poolRow).toContainText('Loss of redundancy');
    await expectStatusIcon(map.memberRow(failed.display), MEMBER_FAILED, 'red', 'diamond');
    await expectStatusIcon(map.memberRow(other.display), MEMBER_ACTIVE, 'green', 'circle');

    // The dashboard lists it first among the members out of service: it changed last.
    await page.goto('/');
    const problems = page.getByRole('table', { name: 'Members failed or in maintenance' });
    const problemRow = problems.getByRole('row').nth(1);
    await expect(problemRow.getByRole('link', { name: `${failed.label} (${failed.display})` })).toBeVisible();
    await expect(problemRow.getByRole('link', { name: estate.pool.name, exact: true })).toBeVisible();
    await expectStatusIcon(problemRow, MEMBER_FAILED, 'red', 'diamond');
    await expect(problemRow.getByRole('cell').last()).toHaveText('Failed');
  });

  test('both members Failed: the pool and its virtual server turn into red diamonds', async ({ page }) => {
    for (const m of estate.members) await setMemberStatus(m.id, 'Failed');
    const poolName = 'Offline (Enabled): All 2 members offline';
    const vsName = `Offline (Enabled): Pool ${estate.pool.name}: All 2 members offline`;

    await openList(
      page,
      `/load-balancers/load-balancer-pools/?q=${estate.pool.name}`,
      'Load balancer pools · 1',
    );
    const poolRow = rowWithLink(page.getByRole('table', { name: /^Load balancer pools/ }), estate.pool.name);
    await expectStatusIcon(poolRow, poolName, 'red', 'diamond');
    await expect(poolRow).toContainText('0 of 2 members available');
    await expect(poolRow.getByRole('img', { name: 'Loss of redundancy', exact: true })).toHaveCount(0);
    await expectDetail(
      page,
      `/load-balancers/load-balancer-pools/${estate.pool.id}/`,
      estate.pool.name,
      poolName,
      'red',
      'diamond',
    );

    await openList(page, `/load-balancers/virtual-servers/?q=${estate.vs.name}`, 'Virtual servers · 1');
    const vsRow = rowWithLink(page.getByRole('table', { name: /^Virtual servers/ }), estate.vs.name);
    await expectStatusIcon(vsRow, vsName, 'red', 'diamond');
    await expectDetail(
      page,
      `/load-balancers/virtual-servers/${estate.vs.id}/`,
      estate.vs.name,
      vsName,
      'red',
      'diamond',
    );

    const map = await openOnMap(page, estate.vs.name);
    await expectStatusIcon(map.vsRow, vsName, 'red', 'diamond');
    await expectStatusIcon(map.poolRow, poolName, 'red', 'diamond');
    for (const m of estate.members)
      await expectStatusIcon(map.memberRow(m.display), MEMBER_FAILED, 'red', 'diamond');

    await page.goto('/');
    const problems = page.getByRole('table', { name: 'Members failed or in maintenance' });
    for (const m of estate.members) {
      const row = rowWithLink(problems, `${m.label} (${m.display})`);
      await expectStatusIcon(row, MEMBER_FAILED, 'red', 'diamond');
    }
  });
});

test('a disabled virtual server is black on its list row, its page and the map, and green again once enabled', async ({
  page,
}) => {
  // Its pool is fully available, so the shape stays a circle: only the colour says "disabled".
  const disabled = 'Available (Disabled): Virtual server disabled';
  await nautobot.update('virtual-servers', estate.vs.id, { enabled: false });
  try {
    await openList(page, `/load-balancers/virtual-servers/?q=${estate.vs.name}`, 'Virtual servers · 1');
    const vsRow = rowWithLink(page.getByRole('table', { name: /^Virtual servers/ }), estate.vs.name);
    const icon = await expectStatusIcon(vsRow, disabled, 'black', 'circle');
    await expect(icon).toHaveAccessibleName(/^\w+ \(Disabled\): /);
    await expectDetail(
      page,
      `/load-balancers/virtual-servers/${estate.vs.id}/`,
      estate.vs.name,
      disabled,
      'black',
      'circle',
    );
    const map = await openOnMap(page, estate.vs.name);
    await expectStatusIcon(map.vsRow, disabled, 'black', 'circle');
    // Disabling the virtual server leaves its pool and members as they were.
    await expectStatusIcon(map.poolRow, 'Available (Enabled): All 2 members available', 'green', 'circle');
  } finally {
    await nautobot.update('virtual-servers', estate.vs.id, { enabled: true });
  }

  const again = await openOnMap(page, estate.vs.name);
  await expect(statusIcon(again.vsRow, disabled)).toHaveCount(0);
  await expectStatusIcon(
    again.vsRow,
    `Available (Enabled): Pool ${estate.pool.name}: All 2 members available`,
    'green',
    'circle',
  );
});
