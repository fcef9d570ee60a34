import { describe, expect, it } from 'vitest';
import { estateDataSchema, type EstateDataInput } from '../api/estate-query';
import { hostPort, needsAttention, rollUpEstate } from './estate';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const POOL_WEB = uuid(1);
const POOL_DB = uuid(2);
const POOL_SPARE = uuid(3);

type Member = EstateDataInput['load_balancer_pool_members'][number];
const member = (n: number, pool: string, status: string | null, extra: Partial<Member> = {}): Member => ({
  id: uuid(100 + n),
  label: `m${n}`,
  port: 80,
  status: status === null ? null : { name: status },
  health_check_monitor: null,
  load_balancer_pool: { id: pool },
  ip_address: { host: `10.0.0.${n}`, status: { name: 'Active' } },
  tenant: null,
  ...extra,
});

function estate(members: Member[], overrides: Partial<EstateDataInput> = {}) {
  return rollUpEstate(
    estateDataSchema.parse({
      virtual_servers: [
        {
          id: uuid(10),
          name: 'vs-web',
          enabled: true,
          port: 443,
          protocol: 'HTTPS',
          vip: { host: '192.0.2.10' },
          load_balancer_pool: { id: POOL_WEB },
          tenant: null,
        },
        {
          id: uuid(11),
          name: 'vs-db',
          enabled: true,
          port: 5432,
          protocol: null,
          vip: { host: '192.0.2.11' },
          load_balancer_pool: { id: POOL_DB },
          tenant: null,
        },
        {
          id: uuid(12),
          name: 'vs-off',
          enabled: false,
          port: null,
          protocol: 'TCP',
          vip: null,
          load_balancer_pool: { id: POOL_WEB },
          tenant: null,
        },
        {
          id: uuid(13),
          name: 'vs-nopool',
          enabled: true,
          port: 80,
          protocol: 'HTTP',
          vip: { host: '192.0.2.13' },
          load_balancer_pool: null,
          tenant: null,
        },
      ],
      load_balancer_pools: [
        { id: POOL_WEB, name: 'web', health_check_monitor: { name: 'http-80' }, tenant: null },
        { id: POOL_DB, name: 'db', health_check_monitor: null, tenant: null },
        { id: POOL_SPARE, name: 'spare', health_check_monitor: null, tenant: null },
      ],
      load_balancer_pool_members: members,
      ...overrides,
    }),
  );
}

describe('rollUpEstate', () => {
  it('rolls members up into their pool and the pool into every virtual server using it', () => {
    const e = estate([
      member(1, POOL_WEB, 'Active'),
      member(2, POOL_WEB, 'Active'),
      member(3, POOL_DB, 'Active'),
    ]);
    const web = e.poolById.get(POOL_WEB);
    expect(web?.status).toMatchObject({
      availability: 'available',
      admin: 'enabled',
      available: 2,
      total: 2,
    });
    expect(web?.members.map((m) => m.status.reason)).toEqual([
      'Pool member is Active, monitored by pool monitor http-80',
      'Pool member is Active, monitored by pool monitor http-80',
    ]);
    expect(web?.virtualServerIds).toEqual([uuid(10), uuid(12)]);
    const [vsWeb, vsDb, vsOff, vsNoPool] = e.virtualServers;
    expect(vsWeb?.status).toEqual({
      availability: 'available',
      admin: 'enabled',
      reason: 'Pool web: All 2 members available',
    });
    // No monitor on member or pool: F5's blue "unchecked".
    expect(vsDb?.status.availability).toBe('unknown');
    expect(vsOff?.status).toEqual({
      availability: 'available',
      admin: 'disabled',
      reason: 'Virtual server disabled',
    });
    expect(vsNoPool?.status.reason).toBe('No pool assigned');
    expect(e.memberCount).toBe(3);
  });

  it('turns pool and virtual server red when the last member in service is Failed', () => {
    const healthy = estate([member(1, POOL_WEB, 'Active'), member(2, POOL_WEB, 'Failed')]);
    expect(healthy.poolById.get(POOL_WEB)?.status).toMatchObject({
      availability: 'available',
      lossOfRedundancy: true,
    });
    const failed = estate([member(1, POOL_WEB, 'Failed'), member(2, POOL_WEB, 'Failed')]);
    expect(failed.poolById.get(POOL_WEB)?.status).toMatchObject({
      availability: 'offline',
      admin: 'enabled',
      reason: 'All 2 members offline',
    });
    expect(failed.virtualServers[0]?.status).toEqual({
      availability: 'offline',
      admin: 'enabled',
      reason: 'Pool web: All 2 members offline',
    });
  });

  it('passes the IP address and its status to the member (a Deprecated IP disables it by parent)', () => {
    const e = estate([
      member(1, POOL_WEB, 'Active', { ip_address: { host: '10.0.0.1', status: { name: 'Deprecated' } } }),
      member(2, POOL_WEB, 'Active', { ip_address: null }),
    ]);
    const [deprecated, hidden] = e.poolById.get(POOL_WEB)?.members ?? [];
    expect(deprecated?.status).toEqual({
      availability: 'available',
      admin: 'disabled-by-parent',
      reason: 'IP address 10.0.0.1 is Deprecated',
    });
    expect(deprecated?.ipStatusName).toBe('Deprecated');
    // An address the user may not view comes back null: the member is still rolled up, from its own status.
    expect(hidden).toMatchObject({ ip: '', ipStatusName: null });
    expect(hidden?.status.admin).toBe('enabled');
  });

  it('lists the pools no virtual server uses', () => {
    const e = estate([member(1, POOL_SPARE, 'Planned')]);
    expect(e.unusedPools.map((p) => p.name)).toEqual(['spare']);
    expect(e.unusedPools[0]?.status.availability).toBe('unknown');
  });

  it('drops members of pools it was not given, and treats an unknown pool as none', () => {
    const ghost = uuid(99);
    const e = estate([member(1, ghost, 'Active'), member(2, POOL_WEB, 'Active')], {
      virtual_servers: [
        {
          id: uuid(20),
          name: 'vs-ghost',
          enabled: true,
          port: 80,
          protocol: 'HTTP',
          vip: { host: '192.0.2.20' },
          load_balancer_pool: { id: ghost },
          tenant: null,
        },
      ],
    });
    expect(e.memberCount).toBe(1);
    expect(e.virtualServers[0]?.pool).toBeNull();
    expect(e.unusedPools.map((p) => p.name)).toEqual(['web', 'db', 'spare']);
  });

  it('spells the protocol as the REST API does, and keeps a blank one null', () => {
    const e = estate([]);
    expect(e.virtualServers.map((v) => v.protocol)).toEqual(['https', null, 'tcp', 'http']);
    expect(e.virtualServers[0]?.vip).toBe('192.0.2.10');
  });
});

describe('needsAttention', () => {
  it('is false only for green objects, and true for a green pool one failure from offline', () => {
    const e = estate([
      member(1, POOL_WEB, 'Active'),
      member(2, POOL_WEB, 'Maintenance'),
      member(3, POOL_DB, 'Active', { health_check_monitor: { name: 'tcp' } }),
    ]);
    const web = e.poolById.get(POOL_WEB);
    const db = e.poolById.get(POOL_DB);
    const [active, drained] = web?.members ?? [];
    const [, , off] = e.virtualServers;
    if (!web || !db || !active || !drained || !off) throw new Error('estate incomplete');
    expect(web.status.availability).toBe('available');
    expect(needsAttention(web.status)).toBe(true);
    expect(needsAttention(db.status)).toBe(false);
    expect(needsAttention(active.status)).toBe(false);
    expect(needsAttention(drained.status)).toBe(true);
    expect(needsAttention(off.status)).toBe(true);
  });
});

describe('hostPort', () => {
  it('brackets IPv6 addresses and leaves out a missing port', () => {
    expect(hostPort('10.0.0.5', 443)).toBe('10.0.0.5:443');
    expect(hostPort('2001:db8::5', 443)).toBe('[2001:db8::5]:443');
    expect(hostPort('10.0.0.5', null)).toBe('10.0.0.5');
  });
});
