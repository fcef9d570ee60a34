import type { Browser } from '@playwright/test';
import { appSession, nautobotSession, timeUntil } from './browser';
import { appUrl, nautobotUrl } from './servers';
import { repeat, series, type Series } from './stats';

const LIST = '/load-balancers/load-balancer-pool-members/?per_page=1000';
const ROWS = 1000;
/** Nautobot 3 sends the list page with an empty table and fetches the rows into it (htmx) once it has loaded. */
const NAUTOBOT_ROWS = '#object_table tbody tr';

export type PageResult = { ours: Series; oursIcons: Series; nautobot: Series; nautobotRows: number };

/**
 * A 1,000-row page of pool members, each side loaded afresh in a signed-in tab. Ours: until the 1,000th row is in
 * the table (and, reported apart, until every row's status icon is in). Nautobot's: until the 1,000th row is in
 * its table. Both as performance.now() in the page, from the navigation's start.
 */
export async function measurePage(browser: Browser, runs: number): Promise<PageResult> {
  const app = await appSession(browser);
  const iconsAt: number[] = [];
  const ours = await repeat(runs, async (run) => {
    await app.page.goto(`${appUrl}${LIST}`, { waitUntil: 'commit' });
    const rows = await timeUntil(
      app.page,
      `document.querySelectorAll('main table tbody tr[data-href]').length >= ${ROWS}`,
    );
    const icons = await timeUntil(
      app.page,
      `document.querySelectorAll('main table tbody tr[data-href]').length >= ${ROWS} && ` +
        `!document.querySelector('main [aria-label="Loading status"]')`,
    );
    if (run > 0) iconsAt.push(icons);
    return rows;
  });
  await app.context.close();

  const nb = await nautobotSession(browser);
  let nautobotRows = 0;
  const nautobot = await repeat(runs, async () => {
    await nb.page.goto(`${nautobotUrl}${LIST}`, { waitUntil: 'commit' });
    const ms = await timeUntil(nb.page, `document.querySelectorAll('${NAUTOBOT_ROWS}').length >= ${ROWS}`);
    nautobotRows = await nb.page.locator(NAUTOBOT_ROWS).count();
    return ms;
  });
  await nb.context.close();
  return { ours, oursIcons: series(iconsAt), nautobot, nautobotRows };
}
