import type { ResourceKey } from '../api/resources';
import type { MappingReport } from './header-map';
import type { CsvDelimiter } from './parse';

/**
 * A message about one cell: `column` is the CSV header as written in the file (null when the problem belongs to
 * the row, or to a field no column fills), `field` the form field concerned.
 */
export type CellError = { column: string | null; field: string | null; message: string };

export type RowAction = 'create' | 'update' | 'unchanged';

export type PlannedRow = {
  /** The file line the row starts on. */
  line: number;
  /** The row's cells as read, for the preview grid and for rejectedRowsCsv. */
  cells: readonly string[];
  action: RowAction;
  /** The object an update changes; null for a create. */
  id: string | null;
  /** A create's full POST body, or an update's changed fields only. Empty when the row has errors. */
  body: Record<string, unknown>;
  /** Certificate-profile ids the object must end up with, when they need writing; null to leave them alone. */
  certificateProfiles: string[] | null;
  /** Blocking: a row with errors is not sent. */
  errors: CellError[];
  /** Advice that does not block (SSL offload without a certificate profile). */
  warnings: CellError[];
};

export type ImportPlan = {
  resource: ResourceKey;
  headers: readonly string[];
  delimiter: CsvDelimiter;
  mapping: MappingReport;
  /** Form field → the header of the column that fills it, to put Nautobot's field errors on the right cell. */
  fieldColumns: Readonly<Record<string, string>>;
  rows: PlannedRow[];
  counts: { create: number; update: number; unchanged: number; invalid: number };
};
