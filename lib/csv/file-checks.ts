import { resources, type ResourceKey } from '../api/resources';
import type { MappingReport } from './header-map';
import { CSV_DELIMITERS, type CsvDelimiter, type ParsedCsv } from './parse';

/**
 * What is wrong with a file as a whole, said before any row is checked: the delimiter that does not split it, a
 * header that names no field, columns that will not be imported, rows whose cells do not line up. `blocking`
 * notices mean checking the rows would only repeat the same error on every one of them.
 */
export type FileNotice = { severity: 'error' | 'warning'; blocking: boolean; message: string };

export const DELIMITER_NAMES: Record<CsvDelimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe (|)',
};

/** The delimiter, other than the one used, that a cell holds most of: a sign the file was split on the wrong one. */
function otherDelimiterIn(cells: readonly string[], used: CsvDelimiter): CsvDelimiter | null {
  let best: CsvDelimiter | null = null;
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    if (d === used) continue;
    const count = cells.reduce((n, c) => n + c.split(d).length - 1, 0);
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

const listLines = (lines: readonly number[]) =>
  lines.length > 5 ? `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more` : lines.join(', ');

export function checkFile(resource: ResourceKey, csv: ParsedCsv, report: MappingReport): FileNotice[] {
  const notices: FileNotice[] = [];
  const used = DELIMITER_NAMES[csv.delimiter];
  const what = resources[resource].singular.toLowerCase();

  const headerHint = csv.headers.length === 1 ? otherDelimiterIn(csv.headers, csv.delimiter) : null;
  const misaligned = csv.rows.filter((r) => r.problem);
  const rowHint =
    misaligned.length > 0
      ? otherDelimiterIn(
          misaligned.slice(0, 50).flatMap((r) => r.cells),
          csv.delimiter,
        )
      : null;
  if (headerHint) {
    notices.push({
      severity: 'error',
      blocking: true,
      message: `The header reads as one column, “${csv.headers[0] ?? ''}”, when split by ${used}: the file looks separated by ${DELIMITER_NAMES[headerHint]}. Choose that delimiter.`,
    });
  } else if (misaligned.length > 0 && misaligned.length * 2 >= csv.rows.length) {
    const hint = rowHint
      ? ` The rows look separated by ${DELIMITER_NAMES[rowHint]}: choose that delimiter.`
      : '';
    notices.push({
      severity: 'error',
      blocking: true,
      message: `${misaligned.length.toLocaleString('en')} of ${csv.rows.length.toLocaleString('en')} rows do not have the header’s ${csv.headers.length} cells when split by ${used}.${hint || ' Check the delimiter, and that cells holding it are quoted.'}`,
    });
  } else if (misaligned.length > 0) {
    notices.push({
      severity: 'warning',
      blocking: false,
      message: `${misaligned.length === 1 ? 'Line' : 'Lines'} ${listLines(misaligned.map((r) => r.line))} ${misaligned.length === 1 ? 'does' : 'do'} not have the header’s ${csv.headers.length} cells (a missing or extra ${used}, or a cell that needs quotes): ${misaligned.length === 1 ? 'it is' : 'they are'} not imported.`,
    });
  }

  const mapped = Object.values(report.mapping).filter((t) => t !== null);
  if (!headerHint && mapped.length === 0) {
    notices.push({
      severity: 'error',
      blocking: true,
      message: `No column names a ${what} field (${csv.headers.map((h) => `“${h}”`).join(', ')}): the first line must name the columns, as in an export. Map the columns below, or check the file.`,
    });
  }
  if (headerHint) return notices;
  for (const ignored of report.ignored)
    notices.push({ severity: 'warning', blocking: false, message: ignored.message });
  for (const missing of report.missingRequired)
    notices.push({ severity: 'warning', blocking: false, message: missing.message });
  if (csv.rows.length === 0)
    notices.push({
      severity: 'error',
      blocking: true,
      message: 'The file has a header but no rows to import.',
    });
  return notices;
}
