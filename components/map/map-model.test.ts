import { describe, expect, it } from 'vitest';
import { estateDataSchema, type EstateDataInput } from '@/lib/api/estate-query';
import { statusRank } from '@/lib/status/describe';
import { rollUpEstate } from '@/lib/status/estate';
import { buildMapModel, flattenMap, UNUSED_KEY, type IsOpen, type MapView } from './map-model';

const uuid = (kind: number, n: number) =>
  `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * `servers` virtual servers, each with its own pool of `perPool` members, plus `unused` pools; pool i's
 * members fail when i % 5 === 1 (all) or i % 5 === 2 (all but one).
 */
function synthetic(servers: number, perPool: number, unused = 0) {
  const pools = servers + unused;
  const data: EstateDataInput = {
    virtual_servers: Array.from({ length: servers }, (_, i) => ({
      id: uuid(1, i),
      name: `vs-${String(i).padStart(4, '0')}`,
      enabled: true,
      port: 443,
      protocol: 'HTTPS',
      vip: { host: `10.1.${Math.floor(i / 250)}.${i % 250}` },
      load_balancer_pool: { id: uuid(2, i) },
      tenant: null,
    })),
    load_balancer_pools: Array.from({ length: pools }, (_, i) => ({
      id: uuid(2, i),
      name: `pool-${String(i).padStart(4, '0')}`,
      health_check_monitor: { name: 'http' },
      tenant: null,
    })),
    load_balancer_pool_members: Array.from({ length: pools * perPool }, (_, k) => {
      const pool = Math.floor(k / perPool);
      const m = k % perPool;
      const failed = pool % 5 === 1 || (pool % 5 === 2 && m > 0);
      return {
        id: uuid(3, k),
        label: '',
        port: 8080,
        status: { name: failed ? 'Failed' : 'Active' },
        health_check_monitor: null,
        load_balancer_pool: { id: uuid(2, pool) },
        ip_address: { host: `10.2.${Math.floor(k / 250)}.${k % 250}`, status: { name: 'Active' } },
        tenant: null,
      };
    }),
  };
  return rollUpEstate(estateDataSchema.parse(data));
}

const view = (v: Partial<MapView> = {}): MapView => ({ term: '', problemsOnly: false, sort: 'name', ...v });
const closed: IsOpen = () => false;
const byDefault: IsOpen = (_key, open) => open;
const allOpen: IsOpen = () => true;

describe('buildMapModel and flattenMap', () => {
  const estate = synthetic(10, 3, 2);

  it('lists every virtual server closed, then the unused pools as one group', () => {
    const rows = flattenMap(buildMapModel(estate, view()), closed);
    expect(rows).toHaveLength(11);
    expect(rows.slice(0, 3).map((r) => r.kind === 'vs' && r.vs.name)).toEqual([
      'vs-0000',
      'vs-0001',
      'vs-0002',
    ]);
    const group = rows[10];
    expect(group).toMatchObject({
      kind: 'group',
      key: UNUSED_KEY,
      count: 2,
      level: 1,
      posinset: 11,
      setsize: 11,
    });
    expect(rows[0]).toMatchObject({ level: 1, posinset: 1, setsize: 11, expanded: false, parentKey: null });
  });

  it('opens a virtual server onto its pool, already open onto the members', () => {
    const model = buildMapModel(estate, view());
    const rows = flattenMap(model, (key, open) => key === 'vs:' + uuid(1, 0) || open);
    expect(rows.slice(0, 5).map((r) => [r.kind, r.level, r.parentKey])).toEqual([
      ['vs', 1, null],
      ['pool', 2, `vs:${uuid(1, 0)}`],
      ['member', 3, `vs:${uuid(1, 0)}/pool`],
      ['member', 3, `vs:${uuid(1, 0)}/pool`],
      ['member', 3, `vs:${uuid(1, 0)}/pool`],
    ]);
    expect(rows[2]).toMatchObject({ posinset: 1, setsize: 3, expanded: null });
  });

  it('sorts worst first by status rank, names breaking ties', () => {
    const rows = flattenMap(buildMapModel(estate, view({ sort: 'status' })), closed).filter(
      (r) => r.kind === 'vs',
    );
    const ranks = rows.map((r) => (r.kind === 'vs' ? statusRank(r.vs.status) : -1));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Pools 1 and 6 are all Failed (red) and come first; pools 2 and 7 (one member left) lead the green ones.
    expect(rows.slice(0, 4).map((r) => r.kind === 'vs' && r.vs.name)).toEqual([
      'vs-0001',
      'vs-0006',
      'vs-0002',
      'vs-0007',
    ]);
  });

  it('searches names, VIPs, pool names and member IPs, and opens onto what matched', () => {
    const byVip = buildMapModel(estate, view({ term: '10.1.0.3:443' }));
    expect(byVip.servers.map((s) => s.vs.name)).toEqual(['vs-0003']);
    expect(byVip.servers[0]?.match).toBe(true);
    expect(byVip.searchOpens.size).toBe(0);

    const byMember = buildMapModel(estate, view({ term: '10.2.0.4' }));
    // Member 4 is in pool 1 (3 a pool): its virtual server opens, and only that member is a match.
    expect(byMember.servers.map((s) => s.vs.name)).toEqual(['vs-0001']);
    const rows = flattenMap(byMember, byDefault);
    expect(rows.map((r) => r.kind)).toEqual(['vs', 'pool', 'member', 'member', 'member']);
    expect(rows.filter((r) => r.match).map((r) => r.kind === 'member' && r.member.ip)).toEqual(['10.2.0.4']);

    const byPool = buildMapModel(estate, view({ term: 'POOL-0011' }));
    expect(byPool.servers).toHaveLength(0);
    expect(byPool.unused.map((p) => p.pool.name)).toEqual(['pool-0011']);
    expect(flattenMap(byPool, byDefault).map((r) => r.kind)).toEqual(['group', 'pool']);
  });

  it('keeps only problems, and only the members that are one', () => {
    const model = buildMapModel(estate, view({ problemsOnly: true }));
    // Pools 1 and 6 are red, 2 and 7 have lost redundancy; of the unused pools, 10 is healthy and 11 red.
    expect(model.servers.map((s) => s.vs.name)).toEqual(['vs-0001', 'vs-0002', 'vs-0006', 'vs-0007']);
    expect(model.unused.map((p) => p.pool.name)).toEqual(['pool-0011']);
    expect(model.servers[1]?.pool?.members.map((m) => m.statusName)).toEqual(['Failed', 'Failed']);
    expect(flattenMap(model, closed).at(-1)).toMatchObject({ kind: 'group', count: 1 });
  });

  it('builds 2,000 virtual servers and 10,000 members into rows bounded by what is open', () => {
    const big = synthetic(2000, 5);
    expect(big.memberCount).toBe(10_000);
    const model = buildMapModel(big, view({ sort: 'status' }));
    expect(flattenMap(model, closed)).toHaveLength(2000);
    // Everything open: every VS, its pool and its members.
    expect(flattenMap(model, allOpen)).toHaveLength(2000 * 7);
    const searched = buildMapModel(big, view({ term: 'vs-1999' }));
    expect(flattenMap(searched, byDefault)).toHaveLength(1);
  });
});
