// What the dashboard costs Nautobot: how many requests one load makes, and how long it takes. It asks exactly
// what the page asks (the same query plan, lib/dashboard/dashboard-plan.ts), in the same two rounds: the
// independent queries, then those that need their answers (users of the certificates shown).
//
//   NAUTOBOT_URL=https://nautobot.example.com NAUTOBOT_TOKEN=... npm run bench:dashboard
//   npm run bench:dashboard -- --fake --generate 2000x5     # an in-process fake: the seed plus 2,000 VS × 5
//
// Options: --runs N (default 3), --concurrency N (default 6: what a browser opens to one host over HTTP/1.1).
// NAUTOBOT_LB_API_PATH as for the app (the older app on Nautobot 2.x: /api/plugins/load-balancer-models/).
import { parseArgs } from 'node:util';
import { QueryClient } from '@tanstack/react-query';
import { setupServer } from 'msw/node';
import { createNautobotClient } from '../lib/api/client';
import { LB_PATH_CORE, normaliseLbPath } from '../lib/api/config';
import { createTransport, type Transport } from '../lib/api/transport';
import { certificateUsersPlan, dashboardPlan, independentQueries } from '../lib/dashboard/dashboard-plan';
import { createNautobotQueries } from '../lib/query/nautobot-queries';
import { createFakeNautobot } from '../mocks/fake';
import { DEMO_TOKEN, FAKE_PORT } from '../mocks/seed/constants';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '6' },
    fake: { type: 'boolean', default: false },
    generate: { type: 'string' },
  },
});

type Sent = { method: string; path: string; ms: number };

/** A transport that queues beyond `concurrency` requests in flight, as a browser does, and logs each one. */
function measured(inner: Transport, concurrency: number) {
  const sent: Sent[] = [];
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = () =>
    new Promise<void>((resolve) => {
      if (active < concurrency) {
        active += 1;
        resolve();
      } else waiting.push(resolve);
    });
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  const transport: Transport = {
    async request(method, path, options) {
      await acquire();
      const started = performance.now();
      try {
        return await inner.request(method, path, options);
      } finally {
        sent.push({ method, path, ms: performance.now() - started });
        release();
      }
    },
  };
  return { transport, sent };
}

function fakeBackend(generate: string | undefined) {
  const size = generate ? /^(\d+)x(\d+)$/.exec(generate) : null;
  if (generate && !size)
    throw new Error('--generate takes <virtual servers>x<members per pool>, e.g. 2000x5');
  const fake = createFakeNautobot(
    size ? { generate: { virtualServers: Number(size[1]), membersPerPool: Number(size[2]) } } : {},
  );
  const server = setupServer(...fake.handlers);
  server.listen({ onUnhandledFrame: 'error' });
  return { baseUrl: 'http://nautobot.bench', token: DEMO_TOKEN, close: () => server.close() };
}

async function loadOnce(transport: Transport, lbPath: string) {
  const client = createNautobotClient(transport, { lbPath });
  const queries = createNautobotQueries(client);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const plan = dashboardPlan(queries);
  const started = performance.now();
  await Promise.all([
    ...plan.totals.map((t) => queryClient.fetchQuery(t.options)),
    ...plan.breakdowns.flatMap((b) => b.counts.map((c) => queryClient.fetchQuery(c.options))),
    ...plan.certificates.map((c) => queryClient.fetchQuery(c.options)),
    queryClient.fetchQuery(plan.problemMembers),
    queryClient.fetchQuery(plan.estate),
  ]);
  const firstRound = performance.now() - started;
  // The page runs independentQueries(plan); a query added there and not above would go unmeasured.
  const missed = independentQueries(plan).filter((o) => !queryClient.getQueryState(o.queryKey));
  if (missed.length) throw new Error(`bench-dashboard does not run ${missed.length} of the page's queries`);

  const profileIds = plan.certificates.flatMap(
    (c) => queryClient.getQueryData(c.options.queryKey)?.results.map((p) => p.id) ?? [],
  );
  const users = certificateUsersPlan(queries, profileIds);
  // As on the page: no certificate shown, nobody to look up.
  if (profileIds.length) {
    await Promise.all([queryClient.fetchQuery(users.virtualServers), queryClient.fetchQuery(users.members)]);
  }
  const estate = queryClient.getQueryData(plan.estate.queryKey);
  queryClient.clear();
  return {
    ms: performance.now() - started,
    firstRound,
    estate: estate && {
      virtualServers: estate.virtual_servers.length,
      pools: estate.load_balancer_pools.length,
      members: estate.load_balancer_pool_members.length,
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number) => `${Math.round(x)} ms`;

async function main() {
  const runs = Math.max(1, Number(args.runs));
  const concurrency = Math.max(1, Number(args.concurrency));
  const backend = args.fake
    ? fakeBackend(args.generate)
    : {
        baseUrl: process.env.NAUTOBOT_URL ?? `http://127.0.0.1:${FAKE_PORT}`,
        token: process.env.NAUTOBOT_TOKEN ?? DEMO_TOKEN,
        close: () => undefined,
      };
  const lbPath = normaliseLbPath(process.env.NAUTOBOT_LB_API_PATH ?? LB_PATH_CORE);
  const inner = createTransport({
    baseUrl: backend.baseUrl,
    headers: { Authorization: `Token ${backend.token}` },
    timeoutMs: 120_000,
  });
  try {
    const times: number[] = [];
    const counts: number[] = [];
    let slowest: Sent[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const { transport, sent } = measured(inner, concurrency);
      const result = await loadOnce(transport, lbPath);
      if (run === 1 && result.estate)
        console.log(
          `Dashboard against ${args.fake ? 'the in-process fake' : backend.baseUrl}: ` +
            `${result.estate.virtualServers} virtual servers, ${result.estate.pools} pools, ` +
            `${result.estate.members} members; ${concurrency} requests at a time`,
        );
      console.log(
        `run ${run}: ${sent.length} requests in ${ms(result.ms)} ` +
          `(first round ${ms(result.firstRound)}, dependent round ${ms(result.ms - result.firstRound)})`,
      );
      times.push(result.ms);
      counts.push(sent.length);
      slowest = [...sent].sort((a, b) => b.ms - a.ms).slice(0, 5);
    }
    const same = counts.every((c) => c === counts[0]);
    console.log(
      `median load ${ms(median(times))}; ${counts[0]} requests per load${same ? '' : ` (varied: ${counts.join(', ')})`}`,
    );
    console.log('slowest requests of the last run:');
    for (const s of slowest) console.log(`  ${ms(s.ms).padStart(8)}  ${s.method} /api/${s.path}`);
  } finally {
    backend.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
