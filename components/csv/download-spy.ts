import { beforeEach, vi } from 'vitest';
import { parseCsv } from '@/lib/csv/parse';

/**
 * For tests: catches the files a screen hands to the browser (object URL + link click, see download.ts) so the
 * test can read them. Call at the top of a test file.
 */
export function spyOnDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  beforeEach(() => {
    files.length = 0;
    let pending: Blob | null = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      pending = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (pending) files.push({ name: this.download, blob: pending });
    });
  });

  /** The last file downloaded: its name, raw text, and rows keyed by header. */
  async function last() {
    const file = files.at(-1);
    if (!file) throw new Error('Nothing was downloaded.');
    const text = await file.blob.text();
    const csv = await parseCsv(text);
    return {
      name: file.name,
      text,
      headers: csv.headers,
      rows: csv.rows.map((r) => Object.fromEntries(csv.headers.map((h, i) => [h, r.cells[i] ?? '']))),
    };
  }
  return { files, last };
}
