import type { Browser, Page } from '@playwright/test';
import type { Transport } from '../../lib/api/transport';
import { appSession } from './browser';
import { BULK_PORT, BULK_SIZE } from './estate';
import { appUrl } from './servers';
import { repeat, series, type Series } from './stats';

const MEMBERS = 'load-balancers/load-balancer-pool-members/';
/** A status no bench member starts with, so all 1,000 change. */
const TARGET = 'Decommissioning';
/** A bulk write of 1,000 takes minutes on a small, busy machine. */
const WRITE_TIMEOUT = 1_800_000;

export type BulkResult = { ours: Series; preview: Series; patchRequests: number; floor: Series };

/** The statuses the estate gave the bulk-edit members (estate.ts), to put back after each run. */
async function originalStatuses(nautobot: Transport): Promise<{ id: string; status: string }[]> {
  const { data } = await nautobot.request('GET', MEMBERS, {
    query: { port: BULK_PORT, limit: BULK_SIZE, depth: 1, exclude_m2m: true },
  });
  const rows = (data as { results: { id: string; status: { name: string } }[] }).results;
  if (rows.length !== BULK_SIZE) throw new Error(`expected ${BULK_SIZE} members on port ${BULK_PORT}`);
  if (rows.some((r) => r.status.name === TARGET)) throw new Error(`a bench member is already ${TARGET}`);
  return rows.map((r) => ({ id: r.id, status: r.status.name }));
}

async function restore(nautobot: Transport, original: { id: string; status: string }[]) {
  await nautobot.request('PATCH', MEMBERS, { body: original });
}

/** Through the console as a user: select all 1,000 matching the filter, bulk edit Status, Preview, Apply. */
async function throughTheUi(page: Page, onPatch: () => void) {
  await page.goto(`${appUrl}/load-balancers/load-balancer-pool-members/?port=${BULK_PORT}`);
  await page.getByRole('checkbox', { name: 'Select this page' }).click({ timeout: 120_000 });
  await page
    .getByRole('button', { name: `Select all ${BULK_SIZE.toLocaleString('en-US')} matching this filter` })
    .click();
  await page.getByText(`${BULK_SIZE.toLocaleString('en-US')} selected`).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Bulk edit' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radiogroup', { name: 'Status' }).getByRole('radio', { name: 'Set' }).check();
  await dialog.getByRole('combobox', { name: 'Status' }).fill(TARGET.slice(0, 6));
  await page.getByRole('option', { name: new RegExp(TARGET) }).click();
  const previewStarted = performance.now();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog
    .getByText(new RegExp(`^${BULK_SIZE.toLocaleString('en-US')} will change`))
    .waitFor({ timeout: WRITE_TIMEOUT });
  const preview = performance.now() - previewStarted;
  const countPatches = (request: { method(): string; url(): string }) => {
    if (request.method() === 'PATCH' && request.url().includes(`/api/nautobot/api/${MEMBERS}`)) onPatch();
  };
  page.on('request', countPatches);
  const started = performance.now();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await dialog.getByRole('table', { name: 'Bulk edit results' }).waitFor({ timeout: WRITE_TIMEOUT });
  const applied = performance.now() - started;
  page.off('request', countPatches);
  const failures = await dialog.getByText('Failed', { exact: true }).count();
  if (failures) throw new Error(`bulk edit reported ${failures} failures`);
  return { applied, preview };
}

/**
 * A bulk status change of 1,000 members: through the console's bulk edit (time from Apply to the results table,
 * the plan having been read at Preview) against one raw bulk PATCH of the same 1,000 straight to Nautobot.
 * Statuses are put back after every run.
 */
export async function measureBulk(browser: Browser, nautobot: Transport, runs: number): Promise<BulkResult> {
  const original = await originalStatuses(nautobot);
  const app = await appSession(browser);
  const previews: number[] = [];
  let patchRequests = 0;
  const ours = await repeat(
    runs,
    async (run) => {
      let sent = 0;
      const { applied, preview } = await throughTheUi(app.page, () => (sent += 1));
      await restore(nautobot, original);
      if (run > 0) {
        previews.push(preview);
        patchRequests = sent;
      }
      return applied;
    },
    0,
  );
  await app.context.close();

  const floor = await repeat(
    runs,
    async () => {
      const started = performance.now();
      await nautobot.request('PATCH', MEMBERS, { body: original.map(({ id }) => ({ id, status: TARGET })) });
      const ms = performance.now() - started;
      await restore(nautobot, original);
      return ms;
    },
    0,
  );
  return { ours, preview: series(previews), patchRequests, floor };
}
