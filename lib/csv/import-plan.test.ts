import { describe, expect, it } from 'vitest';
import { fakeClient, setupFakeNautobot } from '@/components/test-utils/fake-nautobot';
import { seedIds } from '@/mocks/seed/dataset';
import { seedId } from '@/mocks/seed/ids';
import type { ResourceKey } from '../api/resources';
import { exportCsv } from './export';
import { planImport, type PlanOptions } from './import-plan';
import type { PlannedRow } from './import-types';
import { parseCsv } from './parse';

const { fake, requests } = setupFakeNautobot();
const client = fakeClient();

const MEMBERS = 'load-balancer-pool-members';
const WEB_POOL_A = seedIds.pool(0);
const WEB_POOL_B = seedIds.pool(29);

async function plan(resource: ResourceKey, lines: string[], options?: PlanOptions) {
  return planImport(client, resource, await parseCsv(lines.join('\n')), options);
}
/** Each row's errors as `column: message`, the shape a preview grid shows. */
const errorsOf = (row: PlannedRow | undefined) =>
  (row?.errors ?? []).map((e) => `${e.column ?? '(row)'}: ${e.message}`);
const addressOf = (ipId: string) => String(fake.db.get('ip-addresses', ipId)?.address);

describe('planImport: a file of new pool members with three bad rows', () => {
  it('puts each error on the cell that causes it and plans the good rows as creates', async () => {
    const result = await plan(MEMBERS, [
      'Pool,IP address,Port,Status,Label',
      'api-pool,10.20.1.10/32 (Global),7001,Active,new-01',
      'api-pool,10.20.1.11/32 (Global),70000,Active,new-02',
      'no-such-pool,10.20.1.12/32 (Global),7001,Active,new-03',
      'api-pool,10.20.1.13/32 (Global),7001,Planned,new-04',
      'api-pool,10.20.1.10,7001,Active,new-05',
    ]);
    expect(result.rows.map(errorsOf)).toEqual([
      ['Port: Line 6 has the same IP address, port and pool.'],
      ['Port: Enter a port from 0 to 65535.'],
      ['Pool: No pool named “no-such-pool”.'],
      [],
      ['Port: Line 2 has the same IP address, port and pool.'],
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(result.counts).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 4 });
    const good = result.rows[3];
    expect(good?.action).toBe('create');
    expect(good?.body).toEqual({
      tags: [],
      load_balancer_pool: seedIds.pool(1),
      ip_address: seedIds.serverIp(3),
      port: 7001,
      status: fake.db.rows('statuses').find((s) => s.name === 'Planned')?.id,
      label: 'new-04',
      tenant: null,
      health_check_monitor: null,
      ssl_offload: false,
    });
    expect(result.rows[2]?.body).toEqual({});
    expect(result.fieldColumns).toMatchObject({ load_balancer_pool: 'Pool', port: 'Port' });
  });
});

describe('planImport: references by name, address or id', () => {
  it('says why a reference cannot be read, on its cell', async () => {
    const result = await plan(MEMBERS, [
      'load_balancer_pool,ip_address,port,status,tenant,certificate_profiles',
      `web-pool,10.20.1.10 (Global),9001,Active,,`,
      `api-pool,10.9.9.9 (Global),9001,Active,,`,
      `api-pool,10.10.0.10,9001,Active,,`,
      `api-pool,10.20.1.10/32 (DMZ),9001,Active,,`,
      `api-pool,10.20.1.10/32 (Nowhere),9001,Active,,`,
      `api-pool,10.20.1.10,9001,Reserved,Nobody,`,
      `api-pool (${WEB_POOL_B}),10.20.1.20,9001,Active,,www-example-com|nope`,
      `00000000-0000-4000-8000-000000000000,10.20.1.21,9001,Active,,`,
    ]);
    expect(result.rows.map(errorsOf)).toEqual([
      ['load_balancer_pool: 2 pools are named “web-pool”: use its id, written “web-pool (<id>)”.'],
      ['ip_address: IP 10.9.9.9 not found in namespace Global.'],
      [
        'ip_address: IP 10.10.0.10 is in 2 namespaces (DMZ, Global): name the namespace, as in “10.10.0.10/32 (Global)”.',
      ],
      ['ip_address: IP 10.20.1.10 not found in namespace DMZ (it is in Global).'],
      ['ip_address: No namespace named “Nowhere”.'],
      ['status: No status named “Reserved” for pool members.', 'tenant: No tenant named “Nobody”.'],
      [
        `load_balancer_pool: The pool with id ${WEB_POOL_B} is “web-pool”, not “api-pool”: correct the name or the id.`,
        'certificate_profiles: No certificate profile named “nope”.',
      ],
      ['load_balancer_pool: No pool with id 00000000-0000-4000-8000-000000000000.'],
    ]);
  });

  it('reads a same-named pool by `name (id)` or its bare id, and an IP by host when one namespace has it', async () => {
    const result = await plan(MEMBERS, [
      'load_balancer_pool,ip_address,port,status',
      `web-pool (${WEB_POOL_B}),10.20.1.10,9001,Active`,
      `${WEB_POOL_A},10.10.0.10/32 (DMZ),9001,active`,
    ]);
    expect(result.rows.map(errorsOf)).toEqual([[], ['status: No status named “active” for pool members.']]);
    expect(result.rows[0]?.body).toMatchObject({
      load_balancer_pool: WEB_POOL_B,
      ip_address: seedIds.serverIp(0),
    });
    expect(addressOf(seedIds.vip(12))).toBe('10.10.0.10/32');
  });

  it('asks each model once per batch of distinct values, however many rows name them', async () => {
    const lines = ['load_balancer_pool,ip_address,port,status,tenant'];
    for (let i = 0; i < 200; i++)
      lines.push(`api-pool,${addressOf(seedIds.serverIp(i % 120))} (Global),${10000 + i},Active,Payments`);
    requests.length = 0;
    const result = await plan(MEMBERS, lines);
    expect(result.counts).toEqual({ create: 200, update: 0, unchanged: 0, invalid: 0 });
    const paths = requests.map((r) => r.url.pathname.replace(/^\/api\//, ''));
    expect(paths.filter((p) => p.startsWith('load-balancers/load-balancer-pools/'))).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith('tenancy/tenants/'))).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith('extras/statuses/'))).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith('ipam/ip-addresses/')).length).toBeLessThanOrEqual(3);
    // The duplicate check asks by IP, in batches too.
    expect(
      paths.filter((p) => p.startsWith('load-balancers/load-balancer-pool-members/')).length,
    ).toBeLessThanOrEqual(5);
    expect(requests.length).toBeLessThanOrEqual(14);
  });
});

describe('planImport: updates', () => {
  async function exported(ids: string[], columns: string[]) {
    return (await exportCsv(client, { resource: MEMBERS, columns, ids })).csv.trimEnd().split('\r\n');
  }

  it('sends only the changed fields, compared with the object as it is now', async () => {
    const ids = [seedIds.member(2, 0), seedIds.member(2, 1), seedIds.member(2, 2)];
    const [header = '', a = '', b = '', c = ''] = await exported(ids, ['port', 'label', 'tenant']);
    const result = await plan(MEMBERS, [
      header,
      a.replace(/,8080,/, ',8081,'),
      b.replace(/,Online Store$/, ','),
      c,
    ]);
    expect(result.rows.map((r) => [r.action, r.id, r.body])).toEqual([
      ['update', ids[0], { port: 8081 }],
      ['update', ids[1], { tenant: null }],
      ['unchanged', ids[2], {}],
    ]);
    expect(result.counts).toEqual({ create: 0, update: 2, unchanged: 1, invalid: 0 });
  });

  it('leaves fields without a column alone, and plans certificate profiles as a set', async () => {
    const member = seedIds.member(1, 0);
    const result = await plan(MEMBERS, [
      'id,certificate_profiles',
      `${member},www-example-com|api-example-com`,
    ]);
    expect(result.rows[0]).toMatchObject({ action: 'update', body: {}, errors: [] });
    expect(result.rows[0]?.certificateProfiles).toEqual([seedIds.cert(0), seedIds.cert(1)].sort());
    const same = await plan(MEMBERS, ['id,certificate_profiles', `${member},www-example-com`]);
    expect(same.rows[0]).toMatchObject({ action: 'unchanged', certificateProfiles: null });
  });

  it('flags ids that are not ids, that Nautobot does not have, and that appear twice', async () => {
    const member = seedIds.member(2, 0);
    const result = await plan(MEMBERS, [
      'id,label',
      'abc,x',
      '00000000-0000-4000-8000-000000000000,x',
      `${member},y`,
      `${member.toUpperCase()},z`,
    ]);
    expect(result.rows.map(errorsOf)).toEqual([
      ['id: “abc” is not a Nautobot id: leave it empty to create an object.'],
      [
        'id: No pool member with id 00000000-0000-4000-8000-000000000000: it was deleted, or you may not see it.',
      ],
      [],
      ['id: Line 4 already changes this object.'],
    ]);
    expect(result.rows.map((r) => r.action)).toEqual(['update', 'update', 'update', 'update']);
  });
});

describe('planImport: uniqueness against Nautobot', () => {
  it('flags a new row that repeats an existing object, naming it, unless asked not to look', async () => {
    const existing = fake.db.get(MEMBERS, seedIds.member(1, 0));
    const ip = addressOf(String(existing?.ip_address));
    const lines = ['load_balancer_pool,ip_address,port,status', `api-pool,${ip} (Global),443,Active`];
    const result = await plan(MEMBERS, lines);
    expect(result.rows.map(errorsOf)).toEqual([
      [`port: Member “${ip.split('/')[0]}:443” already has this IP address and port in this pool.`],
    ]);
    const unchecked = await plan(MEMBERS, lines, { checkExisting: false });
    expect(unchecked.rows[0]?.errors).toEqual([]);
  });

  it('flags an update that moves an object onto another’s key, on a key column the file has', async () => {
    const [a, b] = [seedIds.member(1, 0), seedIds.member(1, 1)];
    const ipOfA = addressOf(String(fake.db.get(MEMBERS, a)?.ip_address));
    const ipOfB = addressOf(String(fake.db.get(MEMBERS, b)?.ip_address));
    const moved = await plan(MEMBERS, ['id,ip_address,label', `${a},${ipOfB} (Global),moved`]);
    expect(moved.rows.map(errorsOf)).toEqual([
      [`ip_address: Member “${ipOfB.split('/')[0]}:443” already has this IP address and port in this pool.`],
    ]);
    // Keeping its own key is no clash, nor is taking a key another row frees.
    const kept = await plan(MEMBERS, ['id,ip_address,label', `${b},${ipOfB} (Global),same`]);
    expect(kept.rows[0]).toMatchObject({ action: 'update', body: { label: 'same' }, errors: [] });
    const chain = await plan(MEMBERS, [
      'id,ip_address,port',
      `${a},${ipOfB} (Global),443`,
      `${b},${ipOfB} (Global),444`,
    ]);
    expect(chain.rows.map(errorsOf)).toEqual([[], []]);
    // A swap is: Nautobot saves one change at a time, and neither can go first.
    const swapped = await plan(MEMBERS, [
      'id,ip_address',
      `${a},${ipOfB} (Global)`,
      `${b},${ipOfA} (Global)`,
    ]);
    const swap = (line: number) =>
      `ip_address: Swaps with line ${line}: Nautobot saves one change at a time, so neither can go first. Give one of them a temporary value in an import of its own first.`;
    expect(swapped.rows.map(errorsOf)).toEqual([[swap(3)], [swap(2)]]);
  });

  it('flags monitors named like an existing one or like another row', async () => {
    const result = await plan('health-check-monitors', [
      'name,port',
      'http-80,81',
      'new-probe,1',
      'new-probe,2',
    ]);
    expect(result.rows.map(errorsOf)).toEqual([
      ['name: A health check monitor named “http-80” already exists; names are unique.'],
      ['name: Line 4 has the same name.'],
      ['name: Line 3 has the same name.'],
    ]);
  });
});

describe('planImport: cells checked as the form checks them', () => {
  it('reads choices by value or label, booleans in common spellings, and runs cross-field rules', async () => {
    const result = await plan('virtual-servers', [
      'name,vip,port,protocol,enabled,ssl_offload,device,cloud_service,load_balancer_type',
      'vs-new-1,10.10.0.10/32 (DMZ),8443,HTTPS,yes,no,,,Layer 7',
      'vs-new-2,10.10.0.10/32 (DMZ),8444,smtp,maybe,false,,,',
      `vs-new-3,10.10.0.10/32 (DMZ),8445,tcp,,,lb-east-01 (${seedId('device', 0)}),alb-prod-eu,`,
    ]);
    expect(result.rows[0]).toMatchObject({
      action: 'create',
      errors: [],
      body: {
        vip: seedIds.vip(12),
        protocol: 'https',
        enabled: true,
        ssl_offload: false,
        load_balancer_type: 'layer7',
      },
    });
    expect(result.rows.slice(1).map(errorsOf)).toEqual([
      [
        'protocol: “smtp” is not a protocol: use one of tcp, udp, icmp, sctp, http, https, http2, grpc, quic, dns, any.',
        'enabled: Write true or false, not “maybe”.',
      ],
      [
        'device: Choose only one of device, device redundancy group, cloud service or virtual chassis (device and cloud service are both set).',
        'cloud_service: Choose only one of device, device redundancy group, cloud service or virtual chassis (device and cloud service are both set).',
      ],
    ]);
  });

  it('names the field when no column gives a required value, and keeps rows that do not fit the header out', async () => {
    const result = await plan(MEMBERS, [
      'load_balancer_pool,ip_address,port',
      'api-pool,10.20.1.10,80',
      'api-pool,10.20.1.11',
    ]);
    expect(result.mapping.missingRequired.map((m) => m.field)).toEqual(['status']);
    expect(result.rows.map(errorsOf)).toEqual([
      ['(row): Status: Choose a status.'],
      [
        '(row): Line 3 has 2 cells but the header has 3: a delimiter is missing or extra, or a cell needs quotes.',
      ],
    ]);
  });

  it('warns, without blocking, about SSL offload without a certificate profile', async () => {
    const result = await plan(MEMBERS, [
      'load_balancer_pool,ip_address,port,status,ssl_offload',
      'api-pool,10.20.1.10,9443,Active,true',
    ]);
    expect(result.rows[0]?.errors).toEqual([]);
    expect(result.rows[0]?.warnings.map((w) => w.field)).toEqual(['certificate_profiles']);
  });

  it('reports its phases as it goes', async () => {
    const phases = new Set<string>();
    await plan(MEMBERS, ['id,label', `${seedIds.member(0, 0)},x`], {
      onProgress: (p) => phases.add(p.phase),
    });
    expect([...phases]).toEqual(['objects', 'references', 'duplicates']);
  });
});
