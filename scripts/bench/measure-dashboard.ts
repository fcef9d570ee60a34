import type { Browser } from '@playwright/test';
import { appSession, timeUntil } from './browser';
import { appUrl } from './servers';
import { repeat, type Series } from './stats';

export type DashboardResult = { load: Series; requests: number[] };

/** What e2e/support/dashboard.ts waits for: every tile's figures in, the refresh time shown. */
const LOADED = `(() => {
  const main = document.querySelector('main');
  if (!main) return false;
  const text = main.innerText;
  return /Updated \\d{2}:\\d{2}:\\d{2}/.test(text) && !/(^|\\n)\\s*(Counting|Loading [a-z ]+)…/m.test(text);
})()`;

/**
 * The dashboard in the browser against the whole estate: how many requests the page sends to the console's
 * /api proxy in one load (counted until nothing more is sent for two seconds), and the time from navigation
 * until every tile shows its figures.
 */
export async function measureDashboard(browser: Browser, runs: number): Promise<DashboardResult> {
  const { context, page } = await appSession(browser);
  const requests: number[] = [];
  const load = await repeat(runs, async (run) => {
    let sent = 0;
    let last = performance.now();
    const count = (request: { url(): string }) => {
      if (new URL(request.url()).pathname.startsWith('/api/nautobot/')) {
        sent += 1;
        last = performance.now();
      }
    };
    page.on('request', count);
    await page.goto(`${appUrl}/`, { waitUntil: 'commit' });
    const ms = await timeUntil(page, LOADED);
    while (performance.now() - last < 2000) await page.waitForTimeout(250);
    page.off('request', count);
    if (run > 0) requests.push(sent);
    return ms;
  });
  await context.close();
  return { load, requests };
}
