import type { Browser } from '@playwright/test';
import { appSession, heapUsed } from './browser';
import { TOTAL_MEMBERS } from './estate';
import { appUrl } from './servers';

export type MemoryResult = { before: number; after: number; selectMs: number };

/**
 * Browser memory with every member selected: the JS heap after a full garbage collection on the members list
 * (1,000 rows a page), then again once "Select all 10,000" has fetched every matching id.
 */
export async function measureMemory(browser: Browser): Promise<MemoryResult> {
  const { context, page } = await appSession(browser);
  await page.goto(`${appUrl}/load-balancers/load-balancer-pool-members/?per_page=1000`);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('main table tbody tr[data-href]').length >= 1000 &&
      !document.querySelector('main [aria-label="Loading status"]'),
    undefined,
    { timeout: 300_000 },
  );
  const before = await heapUsed(page);
  const all = TOTAL_MEMBERS.toLocaleString('en-US');
  await page.getByRole('checkbox', { name: 'Select this page' }).click();
  const started = performance.now();
  await page.getByRole('button', { name: `Select all ${all}` }).click();
  await page.getByText(`${all} selected`, { exact: true }).waitFor({ timeout: 300_000 });
  const selectMs = performance.now() - started;
  const after = await heapUsed(page);
  await context.close();
  return { before, after, selectMs };
}
