import { expect, test } from '@playwright/test';
import { consoleTokenCount, issueToken, nautobot } from './support/nautobot';
import {
  expectAccessible,
  signInWithPassword,
  signInWithToken,
  signOut,
  expectSignedIn,
} from './support/pages';

test('signs in, comes back to the page asked for, shows the list, and signs out revoking its token', async ({
  page,
}) => {
  const before = await consoleTokenCount();
  await page.goto('/load-balancers/virtual-servers/');
  await expect(page).toHaveURL(/\/login\/\?next=%2Fload-balancers%2Fvirtual-servers%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to LB Console' })).toBeVisible();
  await expectAccessible(page);

  await signInWithPassword(page);
  await expect(page).toHaveURL(/\/load-balancers\/virtual-servers\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual servers · 25' })).toBeVisible();
  const table = page.getByRole('table', { name: /Virtual servers/ });
  await expect(table.getByRole('link', { name: 'vs-api-http', exact: true })).toBeVisible();
  expect(await consoleTokenCount()).toBe(before + 1);
  await expectAccessible(page);

  await signOut(page);
  expect(await consoleTokenCount()).toBe(before);
  await page.goto('/load-balancers/virtual-servers/');
  await expect(page).toHaveURL(/\/login\//);
});

test('a wrong password gets a clear message on the password field, keeping the username', async ({
  page,
}) => {
  await page.goto('/login/');
  await signInWithPassword(page, 'admin', 'not-the-password');
  const password = page.getByLabel(/^Password/);
  await expect(page.getByText('Wrong username or password.')).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Username' })).toHaveValue('admin');
  await expect(page).toHaveURL(/\/login\/$/);
  await expectAccessible(page);
});

test('a pasted API token signs in, and no page script, storage or response can read it', async ({ page }) => {
  const token = await issueToken('e2e pasted token');
  const bodies: string[] = [];
  page.on('response', (response) => {
    void response.text().then(
      (text) => bodies.push(text),
      () => undefined,
    );
  });
  await page.goto('/login/');
  await signInWithToken(page, token.key);
  await expectSignedIn(page);
  await page.goto('/load-balancers/virtual-servers/');
  await expect(page.getByRole('heading', { level: 1, name: 'Virtual servers · 25' })).toBeVisible();

  const seen = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    html: document.documentElement.outerHTML,
  }));
  expect(seen.cookie).not.toContain('lbui_session');
  for (const text of Object.values(seen)) expect(text).not.toContain(token.key);
  expect(bodies.length).toBeGreaterThan(3);
  for (const body of bodies) expect(body).not.toContain(token.key);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'lbui_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await nautobot.remove('tokens', token.id);
});

test('a session Nautobot stops accepting sends the user to sign in, then back where they were', async ({
  page,
}) => {
  const token = await issueToken('e2e expiring token');
  await page.goto('/login/');
  await signInWithToken(page, token.key);
  await expectSignedIn(page);
  await nautobot.remove('tokens', token.id);

  await page.goto('/load-balancers/load-balancer-pools/?q=web');
  await expect(page).toHaveURL(/\/login\/\?next=%2Fload-balancers%2Fload-balancer-pools%2F%3Fq%3Dweb$/);
  await signInWithPassword(page);
  await expect(page).toHaveURL(/\/load-balancers\/load-balancer-pools\/\?q=web$/);
  await expect(
    page
      .getByRole('table', { name: /Load balancer pools/ })
      .getByRole('link', { name: 'web-pool' })
      .first(),
  ).toBeVisible();
  await signOut(page);
});
