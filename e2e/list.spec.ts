import { expect, test } from '@playwright/test';
import { e2eTarget } from './support/target';
import { expectAccessible, signInWithToken, expectSignedIn } from './support/pages';

test.beforeEach(async ({ page }) => {
  await page.goto('/login/');
  await signInWithToken(page, e2eTarget.adminToken);
  await expectSignedIn(page);
});

test('the shell navigates to each of the five models at Nautobot’s URLs', async ({ page }) => {
  const nav = page.getByRole('navigation');
  for (const [name, path, heading] of [
    ['Virtual servers', 'virtual-servers', 'Virtual servers · 25'],
    ['Pools', 'load-balancer-pools', 'Load balancer pools · 30'],
    ['Pool members', 'load-balancer-pool-members', 'Pool members · 300'],
    ['Health monitors', 'health-check-monitors', 'Health check monitors · 8'],
    ['Certificate profiles', 'certificate-profiles', 'Certificate profiles · 10'],
  ] as const) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`/load-balancers/${path}/$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});

test('searches and sorts on the server, keeping both in the URL, with a no-match state', async ({ page }) => {
  await page.goto('/load-balancers/virtual-servers/');
  const table = page.getByRole('table', { name: /Virtual servers/ });
  await table.getByRole('button', { name: 'Port', exact: true }).click();
  await expect(page).toHaveURL(/sort=port/);
  await expect(table.getByRole('row').nth(1)).toContainText('53');

  await page.getByRole('searchbox', { name: 'Search virtual servers' }).fill('no-such-server');
  await expect(page.getByText('No virtual servers match “no-such-server”')).toBeVisible();
  await expect(page).toHaveURL(/q=no-such-server/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clear search' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual servers · 25' })).toBeVisible();
});

test('shows an error with Retry when Nautobot fails, and recovers', async ({ page }) => {
  // A full page load reads its first page on our server (early-read.ts), out of the browser's reach; the
  // reads the browser makes itself (a search, another page) go through the proxy, which this makes fail.
  await page.goto('/load-balancers/virtual-servers/');
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual servers · 25' })).toBeVisible();
  await page.route('**/api/nautobot/api/load-balancers/virtual-servers/**', (route) =>
    route.fulfill({
      status: 502,
      contentType: 'application/json',
      body: JSON.stringify({ detail: 'Nautobot is unreachable from this server.' }),
    }),
  );
  await page.getByRole('searchbox', { name: 'Search virtual servers' }).fill('vs-api');
  const alert = page.getByRole('alert').filter({ hasText: 'Couldn’t load virtual servers' });
  await expect(alert).toContainText('Couldn’t load virtual servers', { timeout: 30_000 });
  await expectAccessible(page);

  await page.unroute('**/api/nautobot/api/load-balancers/virtual-servers/**');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(
    page
      .getByRole('table', { name: /Virtual servers/ })
      .getByRole('link', { name: 'vs-api-http', exact: true }),
  ).toBeVisible();
});

test('the theme switch changes the colour scheme and keeps it', async ({ page }) => {
  await page.goto('/load-balancers/virtual-servers/');
  await page.getByRole('button', { name: /dark/i }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectAccessible(page);
});
