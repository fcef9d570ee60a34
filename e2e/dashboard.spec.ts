import { expect, test, type Page } from '@playwright/test';
import { seedIds } from '../mocks/seed/dataset';
import { removeRunObjects } from './support/cleanup';
import { expectDashboardLoaded, expectMapLoaded, searchMap } from './support/dashboard';
import { tabTo } from './support/forms';
import { nautobot } from './support/nautobot';
import { expectAccessible, expectSignedIn, signInWithToken } from './support/pages';
import { RUN, runPort } from './support/run';
import { e2eTarget } from './support/target';

/** The overview dashboard and the network map: certificate expiry, staleness when Nautobot stops, axe. */

const DAY_MS = 86_400_000;

test.beforeEach(async ({ page }) => {
  await page.goto('/login/');
  await signInWithToken(page, e2eTarget.adminToken);
  await expectSignedIn(page);
});

test.afterAll(async () => {
  await removeRunObjects();
});

const main = (page: Page) => page.getByRole('main');

test('a certificate expiring in 10 days is listed within 30 days, with the virtual server it affects', async ({
  page,
}) => {
  const name = `${RUN}-soon-cert`;
  const profile = await nautobot.create('certificate-profiles', {
    name,
    certificate_type: 'server',
    // An hour past the tenth day, so "in 10 days" holds for the whole test.
    expiration_date: new Date(Date.now() + 10 * DAY_MS + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  const vs = await nautobot.create('virtual-servers', {
    name: `${RUN}-soon-vs`,
    vip: seedIds.vip(4),
    protocol: 'https',
    port: runPort(60),
  });
  const assignment = await nautobot.create('virtual-server-certificate-profile-assignments', {
    virtual_server: vs.id,
    certificate_profile: profile.id,
  });
  try {
    await page.goto('/');
    await expectDashboardLoaded(page);
    const soon = main(page).getByRole('table', { name: 'Certificates within 30 days' });
    const row = soon.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText('in 10 days');
    await expect(row.getByRole('link', { name: vs.name, exact: true })).toHaveAttribute(
      'href',
      `/load-balancers/virtual-servers/${vs.id}/`,
    );
    // Not in any other window.
    for (const other of ['Certificates expired', 'Certificates in 31–60 days', 'Certificates in 61–90 days'])
      await expect(main(page).getByRole('table', { name: other }).getByRole('link', { name })).toHaveCount(0);

    await row.getByRole('link', { name: vs.name, exact: true }).click();
    await expect(page).toHaveURL(`/load-balancers/virtual-servers/${vs.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: vs.name, exact: true })).toBeVisible();
  } finally {
    await nautobot.remove('virtual-server-certificate-profile-assignments', assignment.id);
    await nautobot.remove('virtual-servers', vs.id);
    await nautobot.remove('certificate-profiles', profile.id);
  }
});

test('when Nautobot stops answering, a banner says how old the figures are, which stay; it goes when Nautobot is back', async ({
  page,
}) => {
  // Two refreshes at the shortest period, each failing after the client's retries.
  test.setTimeout(120_000);
  await page.goto('/?refresh=10');
  await expectDashboardLoaded(page);
  const servers = main(page).getByRole('link', { name: /^Virtual servers [\d,]+$/ });
  const before = await servers.textContent();
  const updated = (
    await main(page)
      .getByText(/^Updated /)
      .textContent()
  )?.replace('Updated ', '');
  const banner = page.getByText(/^Nautobot is not answering; showing data from /);
  await expect(banner).toHaveCount(0);

  await page.route('**/api/nautobot/**', (route) => route.abort());
  await expect(banner).toHaveText(`Nautobot is not answering; showing data from ${updated}. Retrying…`, {
    timeout: 45_000,
  });
  await expect(page.getByRole('status').getByRole('alert')).toBeVisible();
  // What was read before stays on screen.
  await expect(servers).toHaveText(before ?? '');
  await expect(main(page).getByText(/^Couldn’t (count|load)/)).toHaveCount(0);
  await expect(main(page).getByRole('table', { name: 'Members failed or in maintenance' })).toBeVisible();

  await page.unroute('**/api/nautobot/**');
  await expect(banner).toHaveCount(0, { timeout: 45_000 });
  await expect(main(page).getByText(/^Updated \d{2}:\d{2}:\d{2}$/)).not.toHaveText(`Updated ${updated}`);
  await expect(servers).toHaveText(before ?? '');
});

test.describe('axe', () => {
  test('the dashboard passes, with the status legend open too', async ({ page }) => {
    await page.goto('/');
    await expectDashboardLoaded(page);
    await expectAccessible(page);

    await page.getByRole('banner').getByRole('button', { name: 'Status legend' }).click();
    const legend = page.getByRole('dialog', { name: 'Status legend' });
    await expect(legend.getByRole('table', { name: 'How each icon is derived' })).toBeVisible();
    await expect(legend.getByRole('img', { name: 'Offline (Enabled): Marked Failed' })).toBeVisible();
    await expectAccessible(page);
    await legend.getByRole('button', { name: 'Close' }).click();
    await expect(legend).toBeHidden();
  });

  test('the dashboard in kiosk mode passes, “Exit kiosk” first in the tab order', async ({ page }) => {
    await page.goto('/?kiosk=1');
    await expectDashboardLoaded(page);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expectAccessible(page);
    const exit = page.getByRole('link', { name: 'Exit kiosk' });
    await tabTo(page, exit, 1);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${e2eTarget.appUrl}/`);
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test('the map passes, searched and opened down to the members', async ({ page }) => {
    await page.goto('/load-balancers/map/');
    await expectMapLoaded(page);
    await expectAccessible(page);

    // Seed virtual server 0 (vs-web-https) in front of web-pool and its ten members.
    await searchMap(page, 'vs-web-https');
    const tree = page.getByRole('tree', { name: 'Network map' });
    const vsRow = tree.getByRole('treeitem', { name: /^Virtual server vs-web-https / });
    await expect(vsRow).toHaveAttribute('aria-expanded', 'false');
    await tree.focus();
    await page.keyboard.press('ArrowRight');
    await expect(vsRow).toHaveAttribute('aria-expanded', 'true');
    await expect(tree.getByRole('treeitem', { name: /^Member / })).toHaveCount(10);
    await expectAccessible(page);

    await page.getByRole('switch', { name: 'Problems only' }).check();
    await expectAccessible(page);
  });
});
