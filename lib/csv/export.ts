import { MAX_PAGE_SIZE, type NautobotClient } from '../api/client';
import { resources, type ResourceKey } from '../api/resources';
import type { Query } from '../api/transport';
import type { FormField } from '../forms/definition';
import { allFields, formDefs } from '../forms/registry';
import { fetchByIds } from '../api/batched-list';
import { withReadRetries } from '../bulk/retry';
import { exportCell } from './cells';
import { ID_COLUMN } from './header-map';
import { NamespaceBook } from './namespaces';
import type { CsvDelimiter } from './parse';
import { toCsv } from './write';

/** The only column besides form fields that an export writes (read-only: the import ignores it). */
const DISPLAY = 'display';

export type ExportOptions = {
  resource: ResourceKey;
  /**
   * The visible columns, by key: form field names (the list columns use the same keys) and `display`. The `id`
   * column is always written first, so the file re-imports as updates. Unknown keys are skipped and reported.
   */
  columns: readonly string[];
  /** Either the list's current filter… */
  filters?: Query;
  q?: string;
  /** Nautobot sort keys; `id` is added to break ties, so pages neither repeat nor skip rows. */
  sort?: string;
  /** …or the objects to export, in this order. */
  ids?: readonly string[];
  delimiter?: CsvDelimiter;
  /** Write a UTF-8 BOM, for Excel. */
  bom?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
};

export type ExportResult = {
  csv: string;
  /** Data rows written. */
  rows: number;
  /** How many objects Nautobot counted when the export began (or ids asked for). */
  expected: number;
  /** Set when Nautobot's count moved while the pages were read: objects were added or removed meanwhile. */
  countChanged: { before: number; after: number; message: string } | null;
  /** Ids asked for that Nautobot did not return (deleted, or not visible to this user). */
  missingIds: string[];
  /** Column keys that are not exportable, left out. */
  skippedColumns: string[];
};

type Row = Record<string, unknown> & { id: string; display?: string };

/** The columns an export can write for this model: `id`, `display`, then every form field. */
export function exportableColumns(resource: ResourceKey): string[] {
  return [ID_COLUMN, DISPLAY, ...allFields(formDefs[resource]).map((f) => f.name)];
}

async function readFiltered(client: NautobotClient, options: ExportOptions, m2m: boolean) {
  const { resource, filters, q, signal, onProgress } = options;
  const sort = options.sort || resources[resource].defaultSort;
  const rows: Row[] = [];
  const seen = new Set<string>();
  let before: number | null = null;
  let after = 0;
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    signal?.throwIfAborted();
    const page = await client.list(
      resource,
      { filters, q, sort, limit: MAX_PAGE_SIZE, offset, depth: 1, excludeM2m: m2m ? false : undefined },
      { signal },
    );
    before ??= page.count;
    after = page.count;
    // A row added before the current offset shifts the rest forward: one may come again on the next page.
    for (const row of page.results as unknown as Row[]) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
    onProgress?.({ done: rows.length, total: Math.max(before, rows.length) });
    if (!page.next || page.results.length === 0) break;
  }
  const expected = before ?? 0;
  const countChanged =
    expected !== after || rows.length !== expected
      ? {
          before: expected,
          after,
          message: `Nautobot counted ${expected} objects when the export began and ${after} at its end, and ${rows.length} were written: objects were added or removed meanwhile, so some may be missing. Export again for an exact copy.`,
        }
      : null;
  return { rows, expected, countChanged };
}

async function readIds(client: NautobotClient, options: ExportOptions, m2m: boolean) {
  const { resource, ids = [], signal, onProgress } = options;
  onProgress?.({ done: 0, total: ids.length });
  const found = (await fetchByIds(client, resource, ids, {
    depth: 1,
    excludeM2m: m2m ? false : undefined,
    signal,
  })) as unknown as Map<string, Row>;
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const rows = unique.flatMap((id) => found.get(id) ?? []);
  onProgress?.({ done: rows.length, total: ids.length });
  return { rows, expected: unique.length, missingIds: unique.filter((id) => !found.has(id)) };
}

/**
 * The current list (every page, however many: no silent cap) or the given objects as CSV: one row per object, the
 * `id` first, references written so that the import reads them back to the same objects (see ref-format.ts).
 */
export async function exportCsv(api: NautobotClient, options: ExportOptions): Promise<ExportResult> {
  const { resource, signal } = options;
  const client = withReadRetries(api);
  const fields = new Map(allFields(formDefs[resource]).map((f) => [f.name, f]));
  const keys = [...new Set(options.columns)].filter((k) => k !== ID_COLUMN);
  const skippedColumns = keys.filter((k) => k !== DISPLAY && !fields.has(k));
  const columns = keys.filter((k) => k === DISPLAY || fields.has(k));
  const chosen = columns.flatMap((k) => fields.get(k) ?? []);
  const m2m = chosen.some((f) => f.kind === 'references' && f.name !== 'tags');

  const read: {
    rows: Row[];
    expected: number;
    missingIds: string[];
    countChanged: ExportResult['countChanged'];
  } = options.ids
    ? { ...(await readIds(client, options, m2m)), countChanged: null }
    : { ...(await readFiltered(client, options, m2m)), missingIds: [] };

  const namespaces = new NamespaceBook(client, signal);
  const ipFields = chosen.filter((f) => 'endpoint' in f && f.endpoint === 'ip-addresses');
  const nsFields = chosen.filter(
    (f) => 'endpoint' in f && (f.endpoint === 'ip-addresses' || f.endpoint === 'prefixes'),
  );
  if (nsFields.length) {
    const ips = read.rows.flatMap((r) => ipFields.map((f) => r[f.name]).filter(Boolean)) as {
      parent?: { id: string };
    }[];
    await namespaces.prepare(ips);
  }

  const cell = (field: FormField | undefined, key: string, row: Row) =>
    field ? exportCell(field, row, namespaces) : key === DISPLAY ? String(row.display ?? '') : '';
  const table = [
    [ID_COLUMN, ...columns],
    ...read.rows.map((row) => [row.id, ...columns.map((k) => cell(fields.get(k), k, row))]),
  ];
  return {
    csv: toCsv(table, { delimiter: options.delimiter, bom: options.bom }),
    rows: read.rows.length,
    expected: read.expected,
    countChanged: read.countChanged,
    missingIds: read.missingIds,
    skippedColumns,
  };
}
