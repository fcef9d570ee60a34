import type { CsvDelimiter } from './parse';

export type WriteOptions = {
  delimiter?: CsvDelimiter;
  /** A UTF-8 byte order mark, without which Excel reads the file in the machine's legacy code page. */
  bom?: boolean;
};

/**
 * One cell as RFC 4180 wants it: quoted when it holds the delimiter, a quote or a line break, and also when it
 * starts or ends with a space, which some readers trim from unquoted cells.
 */
export function csvCell(value: string, delimiter: CsvDelimiter = ','): string {
  const needsQuotes =
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value !== value.trim();
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows (the header first) as CSV text with CRLF line ends, RFC 4180's and Excel's. */
export function toCsv(rows: readonly (readonly string[])[], options: WriteOptions = {}): string {
  const { delimiter = ',', bom = false } = options;
  const body = rows.map((cells) => cells.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n');
  return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}
