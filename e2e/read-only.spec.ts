import { expect, test, type Page } from '@playwright/test';
import { seedIds } from '../mocks/seed/dataset';
import { expectDashboardLoaded, expectMapLoaded, searchMap } from './support/dashboard';
import { nautobot } from './support/nautobot';
import { expectAccessible } from './support/pages';
import { createReadOnlyToken, removeReadOnlyToken } from './support/read-only';
import { e2eTarget } from './support/target';

/**
 * NAUTOBOT_READONLY_TOKEN (the second app under test, e2eTarget.readOnlyAppUrl): a signed-out browser sees the
 * dashboard and the map, read with a token that may not write, and nothing else; every write is refused.
 */
test.use({ baseURL: e2eTarget.readOnlyAppUrl });

test.beforeAll(createReadOnlyToken);

test.afterAll(removeReadOnlyToken);

const READ_ONLY_REFUSED = {
  detail: 'This is a read-only view. Sign in to make changes.',
  code: 'read_only',
};
const vsApi = '/api/nautobot/api/load-balancers/virtual-servers/';

/** Marked read-only in the app bar, with a way to sign in and no user menu. */
async function expectViewer(page: Page, next: string) {
  const bar = page.getByRole('banner');
  await expect(bar.getByText('Read-only view', { exact: true })).toBeVisible();
  await expect(bar.getByRole('link', { name: 'Sign in', exact: true })).toHaveAttribute('href', next);
  await expect(bar.getByRole('button', { name: 'admin' })).toHaveCount(0);
}

test('a signed-out browser sees the dashboard, read-only, and can sign in from it', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(`${e2eTarget.readOnlyAppUrl}/`);
  await expectDashboardLoaded(page);
  await expectViewer(page, '/login/');
  // Figures read through the read-only token: the seed's failed members are listed.
  await expect(
    page.getByRole('table', { name: 'Members failed or in maintenance' }).getByRole('row'),
  ).not.toHaveCount(0);
  await expect(page.getByRole('main').getByText(/^Couldn’t (count|load)/)).toHaveCount(0);
  await expectAccessible(page);

  // Nothing sent it to sign in behind its back; the link does.
  await expect(page).toHaveURL(`${e2eTarget.readOnlyAppUrl}/`);
  await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/login\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to LB Console' })).toBeVisible();
});

test('a signed-out browser sees the map, read-only, with its icons', async ({ page }) => {
  await page.goto('/load-balancers/map/');
  await expectMapLoaded(page);
  await expectViewer(page, '/login/?next=%2Fload-balancers%2Fmap%2F');
  await searchMap(page, 'vs-web-https');
  const row = page
    .getByRole('tree', { name: 'Network map' })
    .getByRole('treeitem', { name: /^Virtual server vs-web-https / });
  await expect(row.getByRole('img', { name: /^\w+ \((Enabled|Disabled)\): / })).toBeVisible();
  await expectAccessible(page);
  // Still the map, never sent to sign in; the search is kept in the URL.
  await expect(page).toHaveURL(`${e2eTarget.readOnlyAppUrl}/load-balancers/map/?q=vs-web-https`);
});

test('every other page still sends a signed-out browser to sign in', async ({ page }) => {
  for (const path of [
    '/load-balancers/virtual-servers/',
    `/load-balancers/virtual-servers/${seedIds.vs(0)}/`,
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(`${e2eTarget.readOnlyAppUrl}/login/?next=${encodeURIComponent(path)}`);
  }
  // The app without a read-only token keeps the dashboard behind sign-in, as before.
  await page.goto(`${e2eTarget.appUrl}/`);
  await expect(page).toHaveURL(`${e2eTarget.appUrl}/login/`);
});

test('writes through the proxy are refused with 403, reads of the load-balancer endpoints answer', async ({
  page,
}) => {
  const origin = { Origin: e2eTarget.readOnlyAppUrl };
  const id = seedIds.vs(0);
  const before = await nautobot.get('virtual-servers', id);

  const patch = await page.request.patch(`${vsApi}${id}/`, { headers: origin, data: { name: 'hacked' } });
  expect(patch.status()).toBe(403);
  expect(await patch.json()).toEqual(READ_ONLY_REFUSED);
  const post = await page.request.post(vsApi, { headers: origin, data: { name: 'hacked' } });
  expect(post.status()).toBe(403);
  const remove = await page.request.delete(`${vsApi}${id}/`, { headers: origin });
  expect(remove.status()).toBe(403);
  const mutation = await page.request.post('/api/nautobot/api/graphql/', {
    headers: origin,
    data: { query: 'mutation { virtual_servers { id } }' },
  });
  expect(mutation.status()).toBe(403);

  const after = await nautobot.get('virtual-servers', id);
  expect(after.name).toBe(before.name);
  expect(after.last_updated).toBe(before.last_updated);

  const read = await page.request.get(`${vsApi}${id}/`);
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ id, name: before.name });
  // Outside what the dashboard and map read, a session is needed; tokens are never handed out.
  expect((await page.request.get('/api/nautobot/api/dcim/devices/')).status()).toBe(401);
  expect((await page.request.get('/api/nautobot/api/users/tokens/')).status()).toBe(403);
});
