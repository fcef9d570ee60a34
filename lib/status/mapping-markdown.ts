import { statusTitle } from './describe';
import { statusMappingTable, type StatusMappingRow } from './mapping-table';

export const TABLE_START = '<!-- status-table:start -->';
export const TABLE_END = '<!-- status-table:end -->';

const HEADER = ['Row', 'Object', 'When (Nautobot data)', 'Icon', 'Shown as', 'Reason (example)'] as const;

const cells = (row: StatusMappingRow): string[] => [
  row.id,
  row.object,
  row.when,
  row.icon,
  statusTitle(row),
  row.reason,
];

const escapeCell = (text: string): string => text.replaceAll('|', '\\|');

/**
 * The mapping table as Markdown, padded the way Prettier pads tables, so that formatting the README
 * leaves the generated table byte for byte as it was.
 */
export function statusTableMarkdown(rows: readonly StatusMappingRow[] = statusMappingTable): string {
  const body = rows.map((row) => cells(row).map(escapeCell));
  const widths = HEADER.map((title, i) => Math.max(3, title.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    `| ${widths.map((w, i) => (r[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The text between the README's markers, trimmed; null when a marker is missing. */
export function tableInReadme(readme: string): string | null {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + TABLE_START.length, end).trim();
}

/** The README with the text between its markers replaced by `table`. */
export function withTableInReadme(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
