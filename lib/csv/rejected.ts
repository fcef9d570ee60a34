import type { CellError, ImportPlan } from './import-types';
import type { ImportResult, RowOutcome } from './import-run';
import { toCsv, type WriteOptions } from './write';

/** Outcomes whose rows still need importing. */
const NOT_DONE: ReadonlySet<RowOutcome> = new Set(['invalid', 'rejected', 'unknown', 'not-sent']);

const ERROR_HEADER = 'error';

function describe(errors: readonly CellError[], outcome: RowOutcome | null): string {
  const text = errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('; ');
  if (text) return text;
  return outcome === 'not-sent' ? 'Not sent: the import stopped before this row.' : '';
}

/**
 * The rows that did not make it, as a CSV to fix and import again: an `error` column first (so rows with a
 * missing or extra cell do not push it out of line), then the row's cells exactly as they were read, under the
 * original header. Without a result it lists the rows the plan found errors in. Rows that were saved but had a
 * follow-up problem (certificate profiles) are not included: importing them again would create them twice.
 * Returns null when there is nothing to list. An `error` column of an earlier round is replaced, not repeated.
 */
export function rejectedRowsCsv(
  plan: ImportPlan,
  result?: ImportResult,
  options: Pick<WriteOptions, 'bom'> = {},
): string | null {
  const previous = plan.headers.indexOf(ERROR_HEADER);
  const keep = (cells: readonly string[]) => cells.filter((_, i) => i !== previous);
  const rows = plan.rows.flatMap((row, i) => {
    const outcome = result?.rows[i]?.outcome ?? null;
    const failed = result ? outcome !== null && NOT_DONE.has(outcome) : row.errors.length > 0;
    if (!failed) return [];
    const errors = result?.rows[i]?.errors ?? row.errors;
    return [[describe(errors, outcome), ...keep(row.cells)]];
  });
  if (rows.length === 0) return null;
  return toCsv([[ERROR_HEADER, ...keep(plan.headers)], ...rows], {
    delimiter: plan.delimiter,
    bom: options.bom,
  });
}
