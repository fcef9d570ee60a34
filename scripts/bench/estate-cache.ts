import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { benchEstate } from './estate';
import { BENCH } from './servers';

/**
 * Seeding 10,000 members through the REST API takes many minutes, so the seeded database is kept as a pg_dump
 * next to the harness's own (keyed by the estate's content and the Nautobot version) and restored on later runs.
 */
const version = readFileSync('scripts/nautobot/version', 'utf8').trim();
const cacheDir = join(process.env.LBUI_CACHE ?? join(homedir(), '.cache', 'lb-ui'), `nautobot-${version}`);
const key = createHash('sha1')
  .update(JSON.stringify(benchEstate()))
  .update(readFileSync('mocks/seed/dataset.ts'))
  .digest('hex')
  .slice(0, 12);
export const estateDump = join(cacheDir, `bench-estate-${key}.dump`);

const pgEnv = () => ({
  ...process.env,
  PGHOST: process.env.NAUTOBOT_DB_HOST ?? '127.0.0.1',
  PGPORT: process.env.NAUTOBOT_DB_PORT ?? '5432',
  PGUSER: process.env.NAUTOBOT_DB_USER ?? 'postgres',
});

function pg(command: string, args: string[]) {
  const result = spawnSync(command, args, { env: pgEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

export function saveEstate() {
  pg('pg_dump', ['--format', 'custom', '--no-owner', '--file', `${estateDump}.tmp`, BENCH.nautobotDb]);
  renameSync(`${estateDump}.tmp`, estateDump);
}

/**
 * Puts the seeded database back under the running bench Nautobot, then has uWSGI start its workers afresh (they
 * held connections to the database just replaced) and empties Nautobot's cache. False when there is no dump yet.
 */
export async function restoreEstate(waitReady: () => Promise<void>): Promise<boolean> {
  if (!existsSync(estateDump)) return false;
  const db = BENCH.nautobotDb;
  pg('dropdb', ['--if-exists', '--force', db]);
  pg('createdb', ['--encoding', 'UTF8', '--template', 'template0', db]);
  pg('pg_restore', ['--no-owner', '--exit-on-error', '--jobs', '4', '-d', db, estateDump]);
  // uWSGI's own reload (SIGHUP) re-executes a bare Python without the venv; killed workers are respawned by
  // the master instead, each with fresh database connections.
  const master = readFileSync(join(cacheDir, `server-${BENCH.nautobotPort}.pid`), 'utf8').trim();
  const children = readFileSync(`/proc/${master}/task/${master}/children`, 'utf8').trim().split(/\s+/);
  for (const pid of children.filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
  spawnSync('redis-cli', ['-h', process.env.NAUTOBOT_REDIS_HOST ?? '127.0.0.1', '-n', '1', 'flushdb'], {
    stdio: 'ignore',
  });
  await waitReady();
  return true;
}
