import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eTarget } from './target';

export async function signInWithPassword(page: Page, username = 'admin', password = 'admin') {
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page
    .getByRole('tabpanel', { name: 'Username and password' })
    .getByRole('button', { name: 'Sign in' })
    .click();
}

export async function signInWithToken(page: Page, token: string) {
  await page.getByRole('tab', { name: 'API token' }).click();
  const panel = page.getByRole('tabpanel', { name: 'API token' });
  await panel.getByLabel(/^API token/).fill(token);
  await panel.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'admin' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\/$/);
}

/** No axe violations on the page as it stands (WCAG 2.2 AA and best practices). */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Sign-in done: the browser is on the console's home page and that page has finished asking Nautobot for its
 * counts and version, so nothing in flight can race what the spec does next.
 */
export async function expectSignedIn(page: Page) {
  await expect(page).toHaveURL(`${e2eTarget.appUrl}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // The home page's counts are a dozen reads of a real Nautobot; on a loaded 2-core machine the last one has
  // taken longer than the default 15 s, failing a spec before it began.
  await expect(page.getByText('Counting…')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('contentinfo')).toContainText(/Nautobot API \d+\.\d+/);
}
