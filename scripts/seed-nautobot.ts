// Loads the demo/test estate (mocks/seed/dataset.ts) into a real Nautobot through its REST API, in
// dependency order, as bulk POSTs with the seed's fixed ids: the same data the embedded fake starts with.
//
//   NAUTOBOT_URL=http://127.0.0.1:8080 NAUTOBOT_TOKEN=... tsx scripts/seed-nautobot.ts
//
// Run it on a fresh database (scripts/nautobot/up.sh gives one); objects that already exist are refused.
import { NautobotError } from '../lib/api/errors';
import { createTransport } from '../lib/api/transport';
import { buildSeed } from '../mocks/seed/dataset';
import { DEMO_TOKEN, REAL_PORT } from '../mocks/seed/constants';

const baseUrl = process.env.NAUTOBOT_URL ?? `http://127.0.0.1:${REAL_PORT}`;
const token = process.env.NAUTOBOT_TOKEN ?? DEMO_TOKEN;
const transport = createTransport({
  baseUrl,
  headers: { Authorization: `Token ${token}` },
  timeoutMs: 120_000,
});

// Big enough to keep the request count low, small enough for one uWSGI worker to answer promptly.
const CHUNK = 100;

async function main() {
  const started = Date.now();
  let total = 0;
  for (const step of buildSeed()) {
    for (let i = 0; i < step.objects.length; i += CHUNK) {
      const chunk = step.objects.slice(i, i + CHUNK);
      try {
        await transport.request('POST', step.path, { body: chunk });
      } catch (e) {
        if (e instanceof NautobotError) {
          const first = e.itemErrors?.findIndex(Boolean) ?? -1;
          const detail =
            first >= 0 ? `item ${i + first}: ${JSON.stringify(e.itemErrors?.[first])}` : e.message;
          throw new Error(`seeding ${step.table} failed (HTTP ${e.status}) at ${detail}`);
        }
        throw e;
      }
      total += chunk.length;
    }
  }
  console.log(
    `[seed] ${total} objects loaded into ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();
