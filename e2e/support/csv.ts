import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { parseCsv } from '../../lib/csv/parse';
import { toCsv } from '../../lib/csv/write';

/** A CSV file as the specs handle it: its header, and each row keyed by header. */
export type CsvFile = { headers: string[]; rows: Record<string, string>[] };

/** Clicks what starts a download and returns the file's name and text. */
export async function download(page: Page, start: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Read with the console's own parser, so the spec sees the cells exactly as the import will. */
export async function readCsv(text: string): Promise<CsvFile> {
  const csv = await parseCsv(text);
  return {
    headers: csv.headers,
    rows: csv.rows.map((r) => Object.fromEntries(csv.headers.map((h, i) => [h, r.cells[i] ?? '']))),
  };
}

export const writeCsv = ({ headers, rows }: CsvFile) =>
  toCsv([headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))]);

/**
 * On the import page: loads `text` as the file `name` (as if chosen in the file dialog), accepts the automatic
 * column mapping and checks the rows. Returns the preview grid.
 */
export async function loadAndCheck(page: Page, name: string, text: string) {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: `Loaded ${name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Next: map columns' }).click();
  await expect(page.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  await page.getByRole('button', { name: /^Next: check rows/ }).click();
  const grid = page.getByRole('table', { name: 'Rows to import' });
  await expect(grid).toBeVisible();
  return grid;
}
