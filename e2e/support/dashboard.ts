import { expect, type Page } from '@playwright/test';

/** The dashboard with every tile's figures in: no "Counting…" or "Loading …" left anywhere in it. */
export async function expectDashboardLoaded(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText(/^Updated \d{2}:\d{2}:\d{2}$/)).toBeVisible();
  // One load is ~60 requests; a real Nautobot answers the first of the day slowly.
  await expect(main.getByText(/^(Counting|Loading [a-z ]+)…$/)).toHaveCount(0, { timeout: 45_000 });
  await expect(main.getByRole('table', { name: 'Members failed or in maintenance' })).toBeVisible();
}

/** The network map with its tree drawn. */
export async function expectMapLoaded(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Network map' })).toBeVisible();
  await expect(page.getByRole('tree', { name: 'Network map' }).getByRole('treeitem').first()).toBeVisible();
}

/** Searches the map and waits until the tree shows only what matched (the search is debounced). */
export async function searchMap(page: Page, term: string) {
  await page.getByRole('searchbox', { name: 'Search the map' }).fill(term);
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of / })).toBeVisible();
}
