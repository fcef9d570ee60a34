import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { fakeClient, setupFakeNautobot, type SentRequest } from '@/components/test-utils/fake-nautobot';
import { seedIds } from '@/mocks/seed/dataset';
import type { Actor } from '@/mocks/fake/db';
import { planImport, type PlanOptions } from './import-plan';
import { runImport } from './import-run';
import { parseCsv } from './parse';
import { rejectedRowsCsv } from './rejected';

const { fake, server, writes } = setupFakeNautobot();
const client = fakeClient();

const MEMBERS = 'load-balancer-pool-members';
const ASSIGNMENTS = 'load-balancer-pool-member-certificate-profile-assignments';
const LIST_URL = /\/load-balancers\/load-balancer-pool-members\/$/;
const actor = (): Actor => ({ user: fake.db.users[0] as Actor['user'], requestId: crypto.randomUUID() });
const addressOf = (ipId: unknown) => String(fake.db.get('ip-addresses', ipId)?.address);
const ipOf = (i: number) => `${addressOf(seedIds.serverIp(i))} (Global)`;
const memberAt = (ipIndex: number, port: number) =>
  fake.db.rows(MEMBERS).find((m) => m.ip_address === seedIds.serverIp(ipIndex) && m.port === port);

async function plan(lines: string[], options?: PlanOptions) {
  return planImport(client, MEMBERS, await parseCsv(lines.join('\n')), options);
}
const summary = (list: SentRequest[]) =>
  list.map((r) => `${r.method} ${r.url.pathname.replace('/api/load-balancers/', '')}`);
const bodyOf = async (r: SentRequest | undefined) => JSON.parse(await (r?.body ?? 'null')) as unknown;

describe('runImport', () => {
  it('creates in one bulk POST, updates in one bulk PATCH of the changed fields, and leaves unchanged rows alone', async () => {
    const [a, b, c] = [seedIds.member(2, 0), seedIds.member(2, 1), seedIds.member(2, 2)];
    const labelOf = (id: string) => String(fake.db.get(MEMBERS, id)?.label);
    const portOf = (id: string) => Number(fake.db.get(MEMBERS, id)?.port);
    const statusOf = (id: string) => String(fake.db.get('statuses', fake.db.get(MEMBERS, id)?.status)?.name);
    const ipOfMember = (id: string) => `${addressOf(fake.db.get(MEMBERS, id)?.ip_address)} (Global)`;
    const p = await plan([
      'id,load_balancer_pool,ip_address,port,status,label',
      `${a},api-pool,${ipOf(0)},8081,${statusOf(a)},${labelOf(a)}`,
      `${b},auth-pool,${ipOfMember(b)},${portOf(b)},${statusOf(b)},renamed`,
      `${c},auth-pool,${ipOfMember(c)},${portOf(c)},${statusOf(c)},${labelOf(c)}`,
      `,api-pool,${ipOf(1)},7001,Active,new-1`,
      `,api-pool,${ipOf(2)},7001,Planned,new-2`,
    ]);
    expect(p.rows.map((r) => r.action)).toEqual(['update', 'update', 'unchanged', 'create', 'create']);
    writes().length = 0;
    const progress: number[] = [];
    const result = await runImport(client, p, { onProgress: (x) => progress.push(x.done) });

    expect(result.rows.map((r) => r.outcome)).toEqual([
      'updated',
      'updated',
      'unchanged',
      'created',
      'created',
    ]);
    expect(result.counts).toMatchObject({ created: 2, updated: 2, unchanged: 1, rejected: 0 });
    expect(result.stopped).toBeNull();
    expect(progress.at(-1)).toBe(4);
    expect(summary(writes())).toEqual([`POST ${MEMBERS}/`, `PATCH ${MEMBERS}/`]);
    expect(await bodyOf(writes()[1])).toEqual([
      { id: a, load_balancer_pool: seedIds.pool(1), ip_address: seedIds.serverIp(0), port: 8081 },
      { id: b, label: 'renamed' },
    ]);
    expect(fake.db.get(MEMBERS, b)?.label).toBe('renamed');
    const created = result.rows[3]?.id;
    expect(fake.db.get(MEMBERS, String(created))).toMatchObject({ port: 7001, label: 'new-1' });
  });

  it('sets aside the rows a bulk POST refuses (errors aligned with the input) and sends the rest again', async () => {
    const existing = fake.db.get(MEMBERS, seedIds.member(1, 0));
    const p = await plan(
      [
        'load_balancer_pool,ip_address,port,status',
        `api-pool,${ipOf(1)},7001,Active`,
        `api-pool,${addressOf(existing?.ip_address)} (Global),443,Active`,
        `api-pool,${ipOf(2)},7001,Active`,
      ],
      // Nautobot would be asked first; here it must be Nautobot that refuses.
      { checkExisting: false },
    );
    writes().length = 0;
    const result = await runImport(client, p);
    expect(result.rows.map((r) => r.outcome)).toEqual(['created', 'rejected', 'created']);
    expect(result.rows[1]?.errors).toEqual([
      {
        column: 'port',
        field: 'port',
        message: 'The fields ip_address, port, load_balancer_pool must make a unique set.',
      },
    ]);
    expect(summary(writes())).toEqual([`POST ${MEMBERS}/`, `POST ${MEMBERS}/`]);
    expect(((await bodyOf(writes()[1])) as unknown[]).length).toBe(2);
    expect(memberAt(1, 7001)).toBeTruthy();
    expect(memberAt(2, 7001)).toBeTruthy();
  });

  it('sends a refused bulk PATCH again row by row, to learn which row Nautobot objects to', async () => {
    const [a, b] = [seedIds.member(2, 0), seedIds.member(2, 1)];
    const p = await plan(['id,port,label', `${a},9001,`, `${b},9002,`]);
    // Between planning and running, someone takes a's new key.
    fake.db.createMany(
      MEMBERS,
      [
        {
          ip_address: fake.db.get(MEMBERS, a)?.ip_address,
          load_balancer_pool: seedIds.pool(2),
          port: 9001,
          status: 'Active',
        },
      ],
      actor(),
    );
    writes().length = 0;
    const result = await runImport(client, p);
    expect(result.rows.map((r) => r.outcome)).toEqual(['rejected', 'updated']);
    expect(result.rows[0]?.errors.map((e) => [e.column, e.message])).toEqual([
      ['port', 'The fields ip_address, port, load_balancer_pool must make a unique set.'],
    ]);
    // a is tried once more after b went through, in case b was in its way.
    expect(summary(writes())).toEqual([
      `PATCH ${MEMBERS}/`,
      `PATCH ${MEMBERS}/${a}/`,
      `PATCH ${MEMBERS}/${b}/`,
      `PATCH ${MEMBERS}/${a}/`,
    ]);
    expect(fake.db.get(MEMBERS, b)?.port).toBe(9002);
  });

  it('gets a chain of moves through, whichever order Nautobot takes them in', async () => {
    const [a, b] = [seedIds.member(1, 0), seedIds.member(1, 1)];
    const ipOfB = `${addressOf(fake.db.get(MEMBERS, b)?.ip_address)} (Global)`;
    // a takes b's key, b moves to a free port: a must wait for b.
    const p = await plan(['id,ip_address,port', `${a},${ipOfB},443`, `${b},${ipOfB},444`]);
    expect(p.rows.map((r) => r.errors)).toEqual([[], []]);
    const result = await runImport(client, p);
    expect(result.rows.map((r) => [r.outcome, r.errors])).toEqual([
      ['updated', []],
      ['updated', []],
    ]);
    expect(fake.db.get(MEMBERS, a)?.ip_address).toBe(fake.db.get(MEMBERS, b)?.ip_address);
    expect(fake.db.get(MEMBERS, b)?.port).toBe(444);
  });

  it('reports a row Nautobot skipped because its object went away', async () => {
    const [a, b] = [seedIds.member(2, 0), seedIds.member(2, 1)];
    const p = await plan(['id,label', `${a},x`, `${b},y`]);
    fake.db.deleteMany(MEMBERS, [a], actor());
    const result = await runImport(client, p);
    expect(result.rows.map((r) => r.outcome)).toEqual(['rejected', 'updated']);
    expect(result.rows[0]?.errors[0]?.message).toBe(
      'Nautobot did not change it: the object was deleted meanwhile, or you may not change it.',
    );
  });

  it('writes certificate profiles through their assignment endpoint, adding and removing', async () => {
    const member = seedIds.member(1, 0);
    const profilesOf = (id: string) =>
      fake.db
        .rows(ASSIGNMENTS)
        .filter((x) => x.load_balancer_pool_member === id)
        .map((x) => x.certificate_profile)
        .sort();
    expect(profilesOf(member)).toEqual([seedIds.cert(0)]);
    const update = await plan(['id,certificate_profiles', `${member},api-example-com|auth-example-com`]);
    const create = await plan([
      'load_balancer_pool,ip_address,port,status,certificate_profiles',
      `api-pool,${ipOf(3)},7443,Active,www-example-com`,
    ]);
    writes().length = 0;
    const updated = await runImport(client, update);
    // The member itself is not PATCHed: only its profiles changed.
    expect(summary(writes())).toEqual([`POST ${ASSIGNMENTS}/`, `DELETE ${ASSIGNMENTS}/`]);
    const created = await runImport(client, create);
    expect([...updated.rows, ...created.rows].map((r) => [r.outcome, r.errors])).toEqual([
      ['updated', []],
      ['created', []],
    ]);
    expect(profilesOf(member)).toEqual([seedIds.cert(1), seedIds.cert(2)].sort());
    expect(profilesOf(String(created.rows[0]?.id))).toEqual([seedIds.cert(0)]);
  });
});

describe('runImport: stopping early', () => {
  const threeNew = () =>
    plan([
      'load_balancer_pool,ip_address,port,status',
      `api-pool,${ipOf(1)},7001,Active`,
      `api-pool,${ipOf(2)},7001,Active`,
      `api-pool,${ipOf(3)},7001,Active`,
    ]);

  it('stops between requests when cancelled; the rows not sent say so', async () => {
    const p = await threeNew();
    const controller = new AbortController();
    const result = await runImport(client, p, {
      chunkSize: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.rows.map((r) => r.outcome)).toEqual(['created', 'not-sent', 'not-sent']);
    expect(result.stopped).toBe('Cancelled.');
    expect(memberAt(2, 7001)).toBeUndefined();
  });

  it('marks the rows of a request cut off by a cancel or a lost connection as unknown', async () => {
    const p = await threeNew();
    const controller = new AbortController();
    server.use(
      http.post(
        LIST_URL,
        () => {
          controller.abort();
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const cancelled = await runImport(client, p, { chunkSize: 2, signal: controller.signal });
    expect(cancelled.rows.map((r) => r.outcome)).toEqual(['unknown', 'unknown', 'not-sent']);
    expect(cancelled.rows[0]?.errors[0]?.message).toBe(
      'Nautobot may or may not have saved this row: check before importing it again.',
    );

    server.use(http.post(LIST_URL, () => HttpResponse.error(), { once: true }));
    const lost = await runImport(client, p, { chunkSize: 2 });
    expect(lost.rows.map((r) => r.outcome)).toEqual(['unknown', 'unknown', 'not-sent']);
    expect(lost.stopped).toMatch(/^Could not reach Nautobot/);
  });

  it('falls back to one request per row when a bulk POST fails without saying which row', async () => {
    const p = await threeNew();
    server.use(
      http.post(LIST_URL, () => HttpResponse.json({ detail: 'Server Error' }, { status: 500 }), {
        once: true,
      }),
    );
    writes().length = 0;
    const result = await runImport(client, p);
    expect(result.rows.map((r) => r.outcome)).toEqual(['created', 'created', 'created']);
    expect(summary(writes())).toEqual(Array(4).fill(`POST ${MEMBERS}/`));
  });
});

describe('rejectedRowsCsv', () => {
  const ip = (n: number) => addressOf(seedIds.serverIp(n));
  const lines = () => [
    'Pool,IP address,Port,Status,Label',
    `api-pool,${ip(10)} (Global),7001,Active,new-01`,
    `api-pool,${ip(11)},70000,Active,"new, 02"`,
    `no-such-pool,${ip(12)},7001,Active,new-03`,
    `api-pool,${ip(13)},7001,Planned,new-04`,
    `api-pool,${ip(10)},7001,Active,new-05`,
  ];

  it('lists the rows that failed with their original cells and an error column, ready to fix and import again', async () => {
    const p = await plan(lines());
    const result = await runImport(client, p);
    expect(result.counts).toMatchObject({ created: 1, invalid: 4 });
    const csv = rejectedRowsCsv(p, result);
    const back = await parseCsv(csv ?? '');
    expect(back.headers).toEqual(['error', 'Pool', 'IP address', 'Port', 'Status', 'Label']);
    expect(back.rows.map((r) => r.cells)).toEqual([
      [
        'Port: Line 6 has the same IP address, port and pool.',
        'api-pool',
        `${ip(10)} (Global)`,
        '7001',
        'Active',
        'new-01',
      ],
      ['Port: Enter a port from 0 to 65535.', 'api-pool', ip(11), '70000', 'Active', 'new, 02'],
      ['Pool: No pool named “no-such-pool”.', 'no-such-pool', ip(12), '7001', 'Active', 'new-03'],
      [
        'Port: Line 2 has the same IP address, port and pool.',
        'api-pool',
        ip(10),
        '7001',
        'Active',
        'new-05',
      ],
    ]);

    // Fixed by hand and imported again: the error column is not read, and is replaced (not repeated) next round.
    const fixed = (csv ?? '').replace(',70000,', ',7002,').replace('no-such-pool,', 'api-pool,');
    const again = await planImport(client, MEMBERS, await parseCsv(fixed));
    expect(again.mapping.ignored.map((i) => i.column)).toEqual(['error']);
    expect(again.rows.map((r) => r.errors.map((e) => e.message))).toEqual([
      ['Line 5 has the same IP address, port and pool.'],
      [],
      [],
      ['Line 2 has the same IP address, port and pool.'],
    ]);
    const round2 = rejectedRowsCsv(again, await runImport(client, again));
    expect(memberAt(11, 7002)).toBeTruthy();
    expect(round2?.split('\r\n')).toEqual([
      'error,Pool,IP address,Port,Status,Label',
      `"Port: Line 5 has the same IP address, port and pool.",api-pool,${ip(10)} (Global),7001,Active,new-01`,
      `"Port: Line 2 has the same IP address, port and pool.",api-pool,${ip(10)},7001,Active,new-05`,
      '',
    ]);
  });

  it('without a result lists the rows the plan refused; null when there are none', async () => {
    const p = await plan(lines());
    expect(rejectedRowsCsv(p)?.trimEnd().split('\r\n')).toHaveLength(5);
    const clean = await plan([
      'load_balancer_pool,ip_address,port,status',
      `api-pool,${ipOf(20)},7001,Active`,
    ]);
    expect(rejectedRowsCsv(clean)).toBeNull();
    expect(rejectedRowsCsv(clean, await runImport(client, clean))).toBeNull();
  });

  it('keeps a row with a missing cell whole, and writes a BOM when asked', async () => {
    const p = await plan(['load_balancer_pool,ip_address,port,status', 'api-pool,10.20.1.10,80']);
    const csv = rejectedRowsCsv(p, undefined, { bom: true }) ?? '';
    expect(csv.startsWith('\uFEFFerror,load_balancer_pool')).toBe(true);
    expect(csv).toContain(
      '"Line 2 has 3 cells but the header has 4: a delimiter is missing or extra, or a cell needs quotes.",api-pool,10.20.1.10,80\r\n',
    );
  });
});
