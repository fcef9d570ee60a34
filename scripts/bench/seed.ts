import { spawnSync } from 'node:child_process';
import { NautobotError } from '../../lib/api/errors';
import { createTransport, type Transport } from '../../lib/api/transport';
import { chunks, mapLimit } from '../../lib/api/batched-list';
import type { SeedStep } from '../../mocks/seed/dataset';
import { benchEstate, ESTATE, TOTAL_MEMBERS } from './estate';

/** As scripts/seed-nautobot.ts: small enough for one uWSGI worker to answer promptly. */
const CHUNK = 100;
/** Two requests in flight keep Nautobot busy while each waits on PostgreSQL; more only queue. */
const PARALLEL = 2;
const STALLED_MS = 120_000;

async function memberCount(nautobot: Transport): Promise<number> {
  const { data } = await nautobot.request('GET', 'load-balancers/load-balancer-pool-members/', {
    query: { limit: 1 },
  });
  return (data as { count: number }).count;
}

/** Whether Nautobot holds the object: a bulk POST is one transaction, so one id tells for the whole batch. */
async function exists(nautobot: Transport, path: string, id: unknown): Promise<boolean> {
  try {
    await nautobot.request('GET', `${path}${String(id)}/`);
    return true;
  } catch (e) {
    if (e instanceof NautobotError && e.status === 404) return false;
    throw e;
  }
}

/**
 * One bulk POST. A dropped connection, or an answer that never comes (seen on a loaded machine: the uWSGI
 * router sits on a finished request), is retried only once the batch is known not to have landed.
 */
async function postOnce(nautobot: Transport, step: SeedStep, batch: SeedStep['objects']): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await nautobot.request('POST', step.path, { body: batch });
      return;
    } catch (e) {
      if (!(e instanceof NautobotError)) throw e;
      if ((e.kind === 'network' || e.kind === 'timeout') && attempt < 4) {
        await new Promise((resolve) => setTimeout(resolve, 5000));
        if (await exists(nautobot, step.path, batch[0]?.id)) return;
        continue;
      }
      const item = e.itemErrors?.find(Boolean);
      throw new Error(
        `seeding ${step.table} failed (HTTP ${e.status}): ${item ? JSON.stringify(item) : e.message}`,
      );
    }
  }
}

/**
 * The demo seed (scripts/seed-nautobot.ts, run as is) and then the benchmark's estate, as parallel bulk POSTs.
 * Skipped when Nautobot already holds exactly the estate's members (a reused bench instance).
 */
export async function seedEstate(env: { url: string; token: string }) {
  const nautobot = createTransport({
    baseUrl: env.url,
    headers: { Authorization: `Token ${env.token}` },
    timeoutMs: STALLED_MS,
  });
  const before = await memberCount(nautobot);
  if (before === TOTAL_MEMBERS) return { seeded: false, members: before, seconds: 0 };
  if (before !== 0 && before !== ESTATE.seedMembers)
    throw new Error(
      `Nautobot at ${env.url} holds ${before} pool members, neither none nor the benchmark's ${TOTAL_MEMBERS}: ` +
        'start a fresh bench instance (without --reuse-nautobot).',
    );
  const started = Date.now();
  // A run stopped during the estate leaves the demo seed in place.
  if (before === 0) {
    const demo = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed-nautobot.ts'], {
      env: { ...process.env, NAUTOBOT_URL: env.url, NAUTOBOT_TOKEN: env.token },
      stdio: 'inherit',
    });
    if (demo.status !== 0) throw new Error('seeding the demo data failed');
  }
  for (const step of benchEstate()) {
    await mapLimit(chunks(step.objects, CHUNK), (batch) => postOnce(nautobot, step, batch), PARALLEL);
    console.log(`[bench] seeded ${step.objects.length} ${step.table}`);
  }
  const members = await memberCount(nautobot);
  if (members !== TOTAL_MEMBERS)
    throw new Error(`expected ${TOTAL_MEMBERS} members, Nautobot holds ${members}`);
  return { seeded: true, members, seconds: (Date.now() - started) / 1000 };
}
