import type { BrowserContext } from '@playwright/test';
import { createNautobotClient } from '../../lib/api/client';
import { LB_PATH_CORE } from '../../lib/api/config';
import { createTransport, send, type Transport } from '../../lib/api/transport';
import { planImport } from '../../lib/csv/import-plan';
import { runImport } from '../../lib/csv/import-run';
import { parseCsv } from '../../lib/csv/parse';
import { toCsv } from '../../lib/csv/write';
import { cookieHeader } from './browser';
import { ESTATE, genId, IMPORT_PORT, poolName, SEED_SERVERS, serverAddress } from './estate';
import { appUrl, BENCH, nautobotUrl } from './servers';
import { repeat, series, type Series } from './stats';

const MEMBERS = 'load-balancers/load-balancer-pool-members/';
const ROWS = 1000;

type Row = { pool: number; server: number; label: string; status: string };

/** 1,000 new members, five to a bench pool, on a port no other member uses. */
const rows: Row[] = Array.from({ length: ROWS }, (_, k) => ({
  pool: Math.floor(k / ESTATE.membersPerPool),
  server: k % SEED_SERVERS,
  label: `csv-${k}`,
  status: k % 10 === 9 ? 'Planned' : 'Active',
}));

/** The file as the console's own export writes it: pools by name and id, addresses with their namespace. */
export const consoleCsv = () =>
  toCsv([
    ['load_balancer_pool', 'ip_address', 'port', 'status', 'label'],
    ...rows.map((r) => [
      `${poolName(r.pool)} (${genId.pool(r.pool)})`,
      `${serverAddress(r.server)}/32 (Global)`,
      String(IMPORT_PORT),
      r.status,
      r.label,
    ]),
  ]);

/** The same rows in Nautobot's own CSV columns (as its export names them: natural keys, the pool by pk). */
export const nautobotCsv = () =>
  toCsv([
    [
      'load_balancer_pool__pk',
      'ip_address__parent__namespace__name',
      'ip_address__host',
      'port',
      'status__name',
      'label',
    ],
    ...rows.map((r) => [
      genId.pool(r.pool),
      'Global',
      serverAddress(r.server),
      String(IMPORT_PORT),
      r.status,
      r.label,
    ]),
  ]);

async function removeImported(nautobot: Transport) {
  const { data } = await nautobot.request('GET', MEMBERS, {
    query: { port: IMPORT_PORT, limit: ROWS, depth: 0 },
  });
  const ids = (data as { results: { id: string }[] }).results.map((r) => ({ id: r.id }));
  if (ids.length) await nautobot.request('DELETE', MEMBERS, { body: ids });
}

export type CsvResult = { ours: Series; oursPlan: Series; nautobot: Series };

/**
 * CSV import of 1,000 new members. Ours: the console's import engine (parse, resolve references and check
 * duplicates, then bulk POSTs) run from Node through the console's /api proxy with a signed-in session, as its
 * screen runs it in the browser. Nautobot's: one POST of the file as text/csv to its REST list endpoint. The
 * imported members are deleted after each run.
 */
export async function measureCsv(
  context: BrowserContext,
  nautobot: Transport,
  runs: number,
): Promise<CsvResult> {
  await removeImported(nautobot);
  const proxy = createTransport({
    baseUrl: `${appUrl}/api/nautobot`,
    headers: { Cookie: await cookieHeader(context), Origin: appUrl },
    timeoutMs: 1_800_000,
  });
  const client = createNautobotClient(proxy, { lbPath: LB_PATH_CORE });
  const text = consoleCsv();
  const plans: number[] = [];
  const ours = await repeat(
    runs,
    async (run) => {
      const started = performance.now();
      const plan = await planImport(client, 'load-balancer-pool-members', await parseCsv(text));
      const planned = performance.now() - started;
      const result = await runImport(client, plan);
      const ms = performance.now() - started;
      if (result.counts.created !== ROWS)
        throw new Error(
          `console import created ${result.counts.created} of ${ROWS}: ${JSON.stringify(result.counts)}`,
        );
      await removeImported(nautobot);
      if (run > 0) plans.push(planned);
      return ms;
    },
    0,
  );

  const file = nautobotCsv();
  const native = await repeat(
    runs,
    async () => {
      const started = performance.now();
      // The client sends JSON; this one request carries the file as it is.
      const response = await send(
        `${nautobotUrl}/api/${MEMBERS}`,
        {
          method: 'POST',
          headers: {
            Authorization: `Token ${BENCH.token}`,
            'Content-Type': 'text/csv',
            Accept: 'application/json',
          },
          body: file,
        },
        1_800_000,
      );
      const data: unknown = await response.json();
      const ms = performance.now() - started;
      if (!Array.isArray(data) || data.length !== ROWS)
        throw new Error(
          `Nautobot’s CSV import answered ${response.status}: ${JSON.stringify(data).slice(0, 300)}`,
        );
      await removeImported(nautobot);
      return ms;
    },
    0,
  );
  return { ours, oursPlan: series(plans), nautobot: native };
}
