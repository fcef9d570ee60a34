import { describe, expect, it } from 'vitest';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { seedIds } from '@/mocks/seed/dataset';
import type { Actor } from '@/mocks/fake/db';
import { exportCsv } from './export';
import { planImport } from './import-plan';
import { parseCsv } from './parse';

const { fake, server, requests } = setupFakeNautobot();
const client = fakeClient();

const MEMBERS = 'load-balancer-pool-members';
const MEMBER_ASSIGNMENTS = 'load-balancer-pool-member-certificate-profile-assignments';
const actor = (): Actor => ({ user: fake.db.users[0] as Actor['user'], requestId: crypto.randomUUID() });

async function table(csv: string) {
  const parsed = await parseCsv(csv);
  return parsed.rows.map((r) => Object.fromEntries(parsed.headers.map((h, i) => [h, r.cells[i] ?? ''])));
}

function addMembers(count: number) {
  const result = fake.db.createMany(
    MEMBERS,
    Array.from({ length: count }, (_, i) => ({
      ip_address: seedIds.serverIp(i % 100),
      load_balancer_pool: seedIds.pool(5),
      port: 20000 + i,
      status: 'Active',
    })),
    actor(),
  );
  if ('errors' in result) throw new Error(JSON.stringify(result.errors.find(Boolean)));
}

describe('exportCsv: columns and cells', () => {
  it('writes the id first, then the visible columns, with references the import can read back', async () => {
    const member = seedIds.member(1, 0);
    // A second certificate profile on a member that has one, so the cell lists two.
    fake.db.createMany(
      MEMBER_ASSIGNMENTS,
      [{ load_balancer_pool_member: member, certificate_profile: seedIds.cert(4) }],
      actor(),
    );
    const result = await exportCsv(client, {
      resource: MEMBERS,
      columns: [
        'display',
        'status',
        'port',
        'load_balancer_pool',
        'ssl_offload',
        'ip_address',
        'certificate_profiles',
        'tenant',
        'health_check_monitor',
      ],
      filters: { load_balancer_pool: seedIds.pool(1) },
    });
    const rows = await table(result.csv);
    expect(result.csv.split('\r\n')[0]).toBe(
      'id,display,status,port,load_balancer_pool,ssl_offload,ip_address,certificate_profiles,tenant,health_check_monitor',
    );
    const row = rows.find((r) => r.id === member);
    const stored = fake.db.get(MEMBERS, member);
    expect(row).toMatchObject({
      display: `${String(fake.db.get('ip-addresses', stored?.ip_address)?.address).split('/')[0]}:443`,
      status: String(fake.db.get('statuses', stored?.status)?.name),
      port: '443',
      load_balancer_pool: `api-pool (${seedIds.pool(1)})`,
      ssl_offload: 'true',
      ip_address: `${String(fake.db.get('ip-addresses', stored?.ip_address)?.address)} (Global)`,
      tenant: 'Payments',
    });
    expect(row?.certificate_profiles?.split('|').sort()).toEqual(['wildcard-example-com', 'www-example-com']);
    // Nulls are empty cells.
    expect(rows.filter((r) => r.health_check_monitor === '').length).toBeGreaterThan(0);
  });

  it('writes IPs and prefixes with their namespace, which tells apart the same address in two', async () => {
    const rows = await table(
      (
        await exportCsv(client, {
          resource: 'virtual-servers',
          columns: ['name', 'vip', 'source_nat_pool', 'device', 'enabled'],
        })
      ).csv,
    );
    const vips = new Set(rows.map((r) => r.vip));
    expect(vips).toContain('10.10.0.10/32 (Global)');
    expect(vips).toContain('10.10.0.10/32 (DMZ)');
    expect(new Set(rows.map((r) => r.source_nat_pool))).toEqual(
      new Set(['', '172.16.0.0/24 (Global)', '172.16.1.0/24 (DMZ)']),
    );
    // Device names need not be unique in Nautobot, so the id comes along.
    expect(rows.find((r) => r.device)?.device).toMatch(/^lb-(east|west)-0\d \([0-9a-f-]{36}\)$/);
    expect(new Set(rows.map((r) => r.enabled))).toEqual(new Set(['true', 'false']));
  });

  it('writes a list name containing the separator as its id, and reads it back', async () => {
    const member = seedIds.member(1, 0);
    const cert = fake.db.get('certificate-profiles', seedIds.cert(0));
    if (cert) cert.name = 'www|legacy';
    const result = await exportCsv(client, {
      resource: MEMBERS,
      columns: ['certificate_profiles'],
      ids: [member],
    });
    expect((await table(result.csv))[0]?.certificate_profiles).toBe(seedIds.cert(0));
    const plan = await planImport(client, MEMBERS, await parseCsv(result.csv));
    expect(plan.rows[0]).toMatchObject({ action: 'unchanged', errors: [] });
  });

  it('skips unknown columns, never writes id twice, and can write a BOM and another delimiter', async () => {
    const result = await exportCsv(client, {
      resource: 'health-check-monitors',
      columns: ['id', 'name', 'bogus', 'port'],
      delimiter: ';',
      bom: true,
    });
    expect(result.skippedColumns).toEqual(['bogus']);
    expect(result.csv.startsWith('\uFEFFid;name;port\r\n')).toBe(true);
    expect(result.csv).toContain(`${seedIds.monitor(0)};http-80;80\r\n`);
  });
});

describe('exportCsv: the current filter, every page', () => {
  it('asks once per 1,000 rows with a stable sort, reports progress, and writes every object', async () => {
    addMembers(800);
    const progress: { done: number; total: number }[] = [];
    requests.length = 0;
    const result = await exportCsv(client, {
      resource: MEMBERS,
      columns: ['port'],
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({ rows: 1100, expected: 1100, countChanged: null, missingIds: [] });
    expect(new Set((await table(result.csv)).map((r) => r.id)).size).toBe(1100);
    expect(requests.map((r) => [r.url.searchParams.get('offset'), r.url.searchParams.get('sort')])).toEqual([
      [null, 'load_balancer_pool,ip_address,port,id'],
      ['1000', 'load_balancer_pool,ip_address,port,id'],
    ]);
    expect(requests.every((r) => r.url.searchParams.get('limit') === '1000')).toBe(true);
    expect(progress).toEqual([
      { done: 1000, total: 1100 },
      { done: 1100, total: 1100 },
    ]);
  });

  it('says so when the count changes while the pages are read, and writes no row twice', async () => {
    addMembers(800);
    // Someone adds a member while the first page is on its way.
    const addOne = ({ request }: { request: Request }) => {
      if (!request.url.includes(MEMBERS)) return;
      server.events.removeListener('response:mocked', addOne);
      fake.db.createMany(
        MEMBERS,
        [{ ip_address: seedIds.serverIp(0), load_balancer_pool: seedIds.pool(0), port: 1, status: 'Active' }],
        actor(),
      );
    };
    server.events.on('response:mocked', addOne);
    const result = await exportCsv(client, { resource: MEMBERS, columns: ['port'] });
    expect(result.countChanged).toMatchObject({ before: 1100, after: 1101 });
    expect(result.countChanged?.message).toContain(
      'Nautobot counted 1100 objects when the export began and 1101 at its end',
    );
    const ids = (await table(result.csv)).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes the list filter and search through', async () => {
    requests.length = 0;
    const result = await exportCsv(client, {
      resource: 'load-balancer-pools',
      columns: ['name'],
      filters: { load_balancing_algorithm: 'round_robin' },
      q: 'web',
    });
    expect((await table(result.csv)).map((r) => r.name)).toEqual(['web-pool']);
    expect(requests[0]?.url.searchParams.get('load_balancing_algorithm')).toBe('round_robin');
    expect(requests[0]?.url.searchParams.get('q')).toBe('web');
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      exportCsv(client, { resource: MEMBERS, columns: ['port'], signal: controller.signal }),
    ).rejects.toThrow(/abort/i);
  });
});

describe('exportCsv: chosen objects', () => {
  it('asks by repeated id filters and keeps the given order; ids Nautobot lacks are reported', async () => {
    const gone = '00000000-0000-4000-8000-000000000000';
    const ids = [seedIds.member(3, 2), seedIds.member(0, 1), gone, seedIds.member(0, 0)];
    requests.length = 0;
    const result = await exportCsv(client, { resource: MEMBERS, columns: ['port'], ids });
    expect((await table(result.csv)).map((r) => r.id)).toEqual([ids[0], ids[1], ids[3]]);
    expect(result).toMatchObject({ rows: 3, expected: 4, missingIds: [gone] });
    expect(requests[0]?.url.searchParams.getAll('id')).toEqual(expect.arrayContaining(ids));
  });

  it('splits many ids into requests short enough for Nautobot’s front server', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => seedIds.member(Math.floor(i / 10), i % 10));
    requests.length = 0;
    const result = await exportCsv(client, { resource: MEMBERS, columns: ['port'], ids });
    expect(result.rows).toBe(120);
    const memberReads = requests.filter((r) => r.url.pathname.endsWith(`${MEMBERS}/`));
    expect(memberReads.length).toBeGreaterThan(1);
    expect(memberReads.every((r) => r.url.search.length < 2000)).toBe(true);
  });
});
