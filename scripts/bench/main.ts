// The committed benchmark: the console against the same real Nautobot, in one run, on an estate of 10,000 pool
// members (BENCHMARKS.md explains each figure and the targets).
//
//   npm run bench                       # start the bench Nautobot (port 8081) and app (3300), seed, measure, stop
//   npm run bench -- --write            # … and update BENCHMARKS.md between its markers
//   npm run bench -- --reuse-nautobot   # use the bench Nautobot already running on 8081 (seeded if empty)
//
// Options: --only page|memory|dashboard measures that one figure and prints it (for working on it; never written);
// --runs N (default 3); --write-runs N for the bulk edit and CSV import (default: --runs), which each
// write 1,000 members and put them back, minutes a run on a small machine. BENCH_NAUTOBOT_PORT, BENCH_NAUTOBOT_DB, BENCH_APP_PORT move it elsewhere.
// Needs what `npm run nautobot:up` needs (Python, PostgreSQL, Redis) and Debian's /usr/bin/chromium.
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { createTransport } from '../../lib/api/transport';
import { appSession, launchBrowser } from './browser';
import { restoreEstate, saveEstate } from './estate-cache';
import { describeMachine } from './machine';
import { measureBulk } from './measure-bulk';
import { measureCsv } from './measure-csv';
import { measureDashboard } from './measure-dashboard';
import { measureMemory } from './measure-memory';
import { measurePage } from './measure-page';
import { renderResults, writeResults } from './report';
import { seedEstate } from './seed';
import {
  BENCH,
  buildAppIfMissing,
  nautobotUrl,
  startApp,
  startNautobot,
  stopApp,
  stopNautobot,
} from './servers';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'write-runs': { type: 'string' },
    write: { type: 'boolean', default: false },
    'reuse-nautobot': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const log = (message: string) => console.log(`[bench] ${message}`);
const nautobot = createTransport({
  baseUrl: nautobotUrl,
  headers: { Authorization: `Token ${BENCH.token}` },
  timeoutMs: 1_800_000,
});

async function nautobotVersion(): Promise<string> {
  const { data } = await nautobot.request('GET', 'status/');
  const version = (data as Record<string, unknown>)['nautobot-version'];
  return typeof version === 'string' ? version : 'unknown';
}

async function waitReady() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      await nautobotVersion();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  throw new Error(`Nautobot at ${nautobotUrl} did not come back`);
}

async function measureOne(browser: Browser, only: string, runs: number) {
  switch (only) {
    case 'page':
      return measurePage(browser, runs);
    case 'memory':
      return measureMemory(browser);
    case 'dashboard':
      return measureDashboard(browser, runs);
    default:
      throw new Error(`--only takes page, memory or dashboard, not ${only}`);
  }
}

async function main() {
  const runs = Math.max(1, Number(args.runs));
  const writeRuns = Math.max(1, Number(args['write-runs'] ?? runs));
  const ownNautobot = !args['reuse-nautobot'];
  let app: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    if (ownNautobot) {
      log(`starting Nautobot on ${nautobotUrl} (database ${BENCH.nautobotDb})`);
      startNautobot();
      if (await restoreEstate(waitReady)) log('restored the seeded estate from its cached dump');
    }
    const seeded = await seedEstate({ url: nautobotUrl, token: BENCH.token });
    if (seeded.seeded) {
      log(`seeded ${seeded.members} members in ${Math.round(seeded.seconds)} s; caching the database`);
      saveEstate();
    }
    if (buildAppIfMissing()) log('built the app');
    app = await startApp();
    browser = await launchBrowser();
    if (args.only) {
      console.log(JSON.stringify(await measureOne(browser, args.only, runs), null, 2));
      return;
    }

    log('dashboard');
    const dashboard = await measureDashboard(browser, runs);
    log('1,000-row page');
    const page = await measurePage(browser, runs);
    log('10,000 selected');
    const memory = await measureMemory(browser);
    log('bulk status change');
    const bulk = await measureBulk(browser, nautobot, writeRuns);
    log('CSV import');
    const session = await appSession(browser);
    const csv = await measureCsv(session.context, nautobot, writeRuns);
    await session.context.close();

    const block = renderResults({
      machine: describeMachine(browser, await nautobotVersion()),
      runs,
      writeRuns,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      page,
      bulk,
      csv,
      memory,
      dashboard,
    });
    console.log(block);
    if (args.write) {
      writeResults('BENCHMARKS.md', block);
      log('BENCHMARKS.md updated');
    }
  } finally {
    await browser?.close();
    if (app) stopApp(app);
    if (ownNautobot) stopNautobot();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
