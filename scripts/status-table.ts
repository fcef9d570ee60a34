/**
 * Prints the status mapping table (lib/status/mapping-table.ts) as Markdown: `npx tsx scripts/status-table.ts`.
 * With `--write`, puts it between the status-table markers in README.md instead; a unit test fails until it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusTableMarkdown, withTableInReadme } from '../lib/status/mapping-markdown';

const table = statusTableMarkdown();
if (process.argv.includes('--write')) {
  const readme = join(import.meta.dirname, '..', 'README.md');
  writeFileSync(readme, withTableInReadme(readFileSync(readme, 'utf8'), table));
} else {
  console.log(table);
}
