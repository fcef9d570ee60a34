import { readFileSync, writeFileSync } from 'node:fs';
import type { BulkResult } from './measure-bulk';
import type { CsvResult } from './measure-csv';
import type { DashboardResult } from './measure-dashboard';
import type { MemoryResult } from './measure-memory';
import type { PageResult } from './measure-page';
import type { Machine } from './machine';
import { ESTATE, TOTAL_MEMBERS } from './estate';
import { ratio, seconds, type Series } from './stats';

export type Results = {
  machine: Machine;
  runs: number;
  writeRuns: number;
  date: string;
  page: PageResult;
  bulk: BulkResult;
  csv: CsvResult;
  memory: MemoryResult;
  dashboard: DashboardResult;
};

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const runsOf = (s: Series) => s.runs.map((ms) => seconds(ms)).join(', ');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The results as the markdown block BENCHMARKS.md keeps between its markers. */
export function renderResults(r: Results): string {
  const { machine: m, page, bulk, csv, memory, dashboard } = r;
  const pageRatio = page.ours.median / page.nautobot.median;
  const bulkRatio = bulk.ours.median / bulk.floor.median;
  const vs = ESTATE.virtualServers + 25;
  return [
    START,
    '',
    `Measured ${r.date} by \`npm run bench\`: medians of ${r.runs} runs (page loads and the dashboard, after one`,
    `unrecorded warm-up run) and of ${r.writeRuns} (bulk edit, CSV import); single runs in brackets. Estate: ${TOTAL_MEMBERS.toLocaleString('en-US')} pool members,`,
    `${(ESTATE.virtualServers + 30).toLocaleString('en-US')} pools, ${vs.toLocaleString('en-US')} virtual servers.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}; load average at the end ${m.load}.`,
    `Versions: Nautobot ${m.nautobot}, Node ${m.node}, Chromium ${m.chromium}, Next.js ${m.next} (production build).`,
    '',
    '| measurement | console | Nautobot | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    `| 1,000-row page of pool members, shown | ${seconds(page.ours.median)} (${runsOf(page.ours)}) | ` +
      `${seconds(page.nautobot.median)} (${runsOf(page.nautobot)}), its own \`per_page=1000\` page, 1,000th row in | ` +
      `${ratio(page.ours.median, page.nautobot.median)} | ≤ 0.5×: ${verdict(pageRatio <= 0.5)} |`,
    `| … with every row's status icon in | ${seconds(page.oursIcons.median)} (${runsOf(page.oursIcons)}) | — | ` +
      `${ratio(page.oursIcons.median, page.nautobot.median)} | |`,
    `| bulk status change of 1,000 members, Apply → results | ${seconds(bulk.ours.median)} (${runsOf(bulk.ours)}), ` +
      `${bulk.patchRequests} bulk PATCHes | ${seconds(bulk.floor.median)} (${runsOf(bulk.floor)}), one raw bulk PATCH (the floor) | ` +
      `${ratio(bulk.ours.median, bulk.floor.median)} | ≤ 1.2×: ${verdict(bulkRatio <= 1.2)} |`,
    `| … reading the 1,000 for the preview (before Apply) | ${seconds(bulk.preview.median)} (${runsOf(bulk.preview)}) | — | | |`,
    `| CSV import of 1,000 new members | ${seconds(csv.ours.median)} (${runsOf(csv.ours)}); of which checking ` +
      `${seconds(csv.oursPlan.median)} | ${seconds(csv.nautobot.median)} (${runsOf(csv.nautobot)}), one \`text/csv\` POST | ` +
      `${ratio(csv.ours.median, csv.nautobot.median)} | |`,
    `| browser memory, ${TOTAL_MEMBERS.toLocaleString('en-US')} selected | JS heap ${mib(memory.before)} → ` +
      `${mib(memory.after)} (+${mib(memory.after - memory.before)}); selecting took ${seconds(memory.selectMs)} | — | | |`,
    `| dashboard, one load | ${seconds(dashboard.load.median)} (${runsOf(dashboard.load)}) until every tile shows; ` +
      `${dashboard.requests.join(', ')} requests to the /api proxy | — | | bounded |`,
    '',
    END,
  ].join('\n');
}

/** Replaces the block between the markers in BENCHMARKS.md (appends it when the markers are missing). */
export function writeResults(path: string, block: string) {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = '# Benchmarks\n';
  }
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${block}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
