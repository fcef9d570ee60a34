// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  statusTableMarkdown,
  TABLE_END,
  TABLE_START,
  tableInReadme,
  withTableInReadme,
} from './mapping-markdown';
import { statusMappingTable } from './mapping-table';

describe('the README status table', () => {
  it('is the table generated from the mapping rows (run: npx tsx scripts/status-table.ts --write)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(tableInReadme(readme)).toBe(statusTableMarkdown());
  });

  it('has a line per row after the header and the separator', () => {
    const lines = statusTableMarkdown().split('\n');
    expect(lines).toHaveLength(statusMappingTable.length + 2);
    expect(lines[2]).toMatch(/^\| M1 +\| member +\|/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });

  it('escapes a pipe inside a cell', () => {
    const [row] = statusMappingTable;
    expect(statusTableMarkdown([{ ...row, reason: 'a | b' }])).toContain('a \\| b');
  });

  it('replaces only what lies between the markers', () => {
    const readme = `# Title\n\n${TABLE_START}\nold\n${TABLE_END}\n\nAfter\n`;
    const updated = withTableInReadme(readme, '| new |');
    expect(updated).toBe(`# Title\n\n${TABLE_START}\n\n| new |\n\n${TABLE_END}\n\nAfter\n`);
    expect(tableInReadme(updated)).toBe('| new |');
    expect(tableInReadme('# no markers')).toBeNull();
    expect(() => withTableInReadme('# no markers', '| new |')).toThrow(/markers/);
  });
});
