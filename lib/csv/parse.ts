/**
 * RFC 4180 CSV reading for imports: quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR, a UTF-8
 * BOM, and the delimiter Excel picked for the user's locale. It runs in the browser tab, so it gives the event
 * loop back every few thousand rows and stops at a row limit instead of exhausting memory.
 */

export type CsvDelimiter = ',' | ';' | '\t' | '|';

/** Tried in this order, so a tie (or a one-column file) reads as comma-separated. */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

export const DEFAULT_MAX_ROWS = 50_000;

/** One data row. `line` is the file line it starts on (1-based; a quoted line break moves later rows down). */
export type CsvRow = {
  line: number;
  cells: string[];
  /** Set when the row has more or fewer cells than the header: the row cannot be read column by column. */
  problem?: string;
};

export type ParsedCsv = {
  delimiter: CsvDelimiter;
  headers: string[];
  /** Data rows in file order; blank lines and rows of empty cells are left out. */
  rows: CsvRow[];
  /** The rows that carry a `problem`, for a summary above the preview. */
  problems: { line: number; message: string }[];
};

export type CsvProgress = { rows: number; bytes: number; totalBytes: number };

export type ParseOptions = {
  /** Forces a delimiter instead of detecting it from the header line. */
  delimiter?: CsvDelimiter;
  /** More data rows than this is an error (`too-many-rows`). */
  maxRows?: number;
  /** Rows between yields to the event loop (and progress reports). */
  chunkRows?: number;
  onProgress?: (progress: CsvProgress) => void;
  signal?: AbortSignal;
};

export type CsvErrorCode = 'empty' | 'missing-header' | 'unterminated-quote' | 'too-many-rows';

/** A file that cannot be read at all; `line` says where, when a line is to blame. */
export class CsvParseError extends Error {
  constructor(
    readonly code: CsvErrorCode,
    readonly line: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'CsvParseError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

type RawRecord = { line: number; cells: string[] };

/** Reads one record at a time from the text; keeps the line count across quoted line breaks. */
class RecordReader {
  private pos = 0;
  private line = 1;
  private readonly delim: number;

  constructor(
    private readonly text: string,
    delimiter: CsvDelimiter,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  get offset() {
    return this.pos;
  }

  next(): RawRecord | null {
    const { text } = this;
    const n = text.length;
    // Blank lines between records carry nothing; skipping them keeps a trailing newline from making a row.
    while (this.pos < n) {
      const c = text.charCodeAt(this.pos);
      if (c !== LF && c !== CR) break;
      this.pos += c === CR && text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
      this.line++;
    }
    if (this.pos >= n) return null;
    const line = this.line;
    const cells: string[] = [];
    for (;;) {
      cells.push(text.charCodeAt(this.pos) === QUOTE ? this.quoted() : this.plain());
      if (this.pos >= n) break;
      const c = text.charCodeAt(this.pos);
      this.pos += c === CR && text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
      if (c !== this.delim) {
        this.line++;
        break;
      }
    }
    return { line, cells };
  }

  /** Up to the next delimiter or line break. */
  private fieldEnd(from: number): number {
    const { text, delim } = this;
    let i = from;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === delim || c === LF || c === CR) break;
    }
    return i;
  }

  private plain(): string {
    const end = this.fieldEnd(this.pos);
    const value = this.text.slice(this.pos, end);
    this.pos = end;
    return value;
  }

  private quoted(): string {
    const { text } = this;
    const startLine = this.line;
    const start = this.pos + 1;
    let i = start;
    let value = '';
    for (;;) {
      const q = text.indexOf('"', i);
      if (q === -1) {
        throw new CsvParseError(
          'unterminated-quote',
          startLine,
          `Line ${startLine}: a quoted cell starts here but its closing quote (") is missing, so the rest of the file would be one cell.`,
        );
      }
      value += text.slice(i, q);
      if (text.charCodeAt(q + 1) === QUOTE) {
        value += '"';
        i = q + 2;
        continue;
      }
      i = q + 1;
      break;
    }
    this.line += countLineBreaks(text, start, i);
    // Text after the closing quote (`"a"b`) is not RFC 4180; Excel keeps it, and so does this.
    const end = this.fieldEnd(i);
    this.pos = end;
    return end > i ? value + text.slice(i, end) : value;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** The candidate seen most often outside quotes on the first line; comma when none is. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<number, number>(CSV_DELIMITERS.map((d) => [d.charCodeAt(0), 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) break;
    else if (!inQuotes && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const count = counts.get(d.charCodeAt(0)) ?? 0;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/;
const IPV6 = /^[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*(\/\d{1,3})?$/i;
const NUMBER = /^[-+]?\d+([.,]\d+)?$/;

/** Column names are words; a UUID, an IP address or a number in line 1 means the header row is missing. */
function valueLike(cell: string): boolean {
  const s = cell.trim();
  return UUID.test(s) || IPV4.test(s) || IPV6.test(s) || NUMBER.test(s);
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parses a whole CSV text into a header and rows. Throws CsvParseError for a file that cannot be read (empty, no
 * header, an unclosed quote, over the row limit); a row with the wrong number of cells is kept, with a `problem`.
 */
export async function parseCsv(input: string, options: ParseOptions = {}): Promise<ParsedCsv> {
  const { maxRows = DEFAULT_MAX_ROWS, chunkRows = 2000, onProgress, signal } = options;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') throw new CsvParseError('empty', null, 'The file is empty.');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const reader = new RecordReader(text, delimiter);

  let header = reader.next();
  while (header && isBlank(header.cells)) header = reader.next();
  if (!header) throw new CsvParseError('empty', null, 'The file is empty.');
  const looksLikeData = header.cells.find(valueLike);
  if (looksLikeData !== undefined) {
    throw new CsvParseError(
      'missing-header',
      header.line,
      `Line ${header.line} looks like data (“${looksLikeData.trim()}”), not column names: the first line must name the columns, as in an export.`,
    );
  }
  const headers = header.cells.map((h) => h.trim());

  const rows: CsvRow[] = [];
  const problems: ParsedCsv['problems'] = [];
  const report = () => onProgress?.({ rows: rows.length, bytes: reader.offset, totalBytes: text.length });
  for (let record = reader.next(); record; record = reader.next()) {
    if (isBlank(record.cells)) continue;
    if (rows.length >= maxRows) {
      throw new CsvParseError(
        'too-many-rows',
        record.line,
        `The file has more than ${maxRows.toLocaleString('en')} rows (the limit): split it and import the parts one after another.`,
      );
    }
    const row: CsvRow = { line: record.line, cells: record.cells };
    if (record.cells.length !== headers.length) {
      const message = `Line ${record.line} has ${record.cells.length} cells but the header has ${headers.length}: a delimiter is missing or extra, or a cell needs quotes.`;
      row.problem = message;
      problems.push({ line: record.line, message });
    }
    rows.push(row);
    if (rows.length % chunkRows === 0) {
      report();
      await nextTask();
      signal?.throwIfAborted();
    }
  }
  report();
  return { delimiter, headers, rows, problems };
}
