import { describe, expect, it } from 'vitest';
import { estateDataSchema, type EstateDataInput } from '../api/estate-query';
import { tenantTopList } from './tenant-counts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tenant = (n: number) => ({ id: uuid(900 + n), name: `tenant-${n}` });

function estate(owners: { vs: number[]; pools: number[]; members: (number | null)[] }) {
  const data: EstateDataInput = {
    virtual_servers: owners.vs.map((t, i) => ({
      id: uuid(100 + i),
      name: `vs-${i}`,
      enabled: true,
      port: 80,
      protocol: 'HTTP',
      vip: null,
      load_balancer_pool: null,
      tenant: tenant(t),
    })),
    load_balancer_pools: owners.pools.map((t, i) => ({
      id: uuid(200 + i),
      name: `pool-${i}`,
      health_check_monitor: null,
      tenant: tenant(t),
    })),
    load_balancer_pool_members: owners.members.map((t, i) => ({
      id: uuid(300 + i),
      label: '',
      port: 80,
      status: null,
      health_check_monitor: null,
      load_balancer_pool: null,
      ip_address: null,
      tenant: t === null ? null : tenant(t),
    })),
  };
  return estateDataSchema.parse(data);
}

describe('tenantTopList', () => {
  it('counts each model per tenant and puts the busiest tenant first, whatever its name', () => {
    const top = tenantTopList(estate({ vs: [1, 2], pools: [2], members: [2, 2, 1, null, null] }));
    expect(top.rows).toEqual([
      { id: tenant(2).id, name: 'tenant-2', counts: [1, 1, 2], total: 4 },
      { id: tenant(1).id, name: 'tenant-1', counts: [1, 0, 1], total: 2 },
    ]);
    expect(top.untenanted).toBe(2);
    expect(top.others).toEqual({ tenants: 0, objects: 0 });
  });

  it('keeps the top ones and sums the rest, so a tenant late in the alphabet is not left out', () => {
    const top = tenantTopList(estate({ vs: [1, 2, 3, 9, 9, 9], pools: [], members: [] }), 2);
    expect(top.rows.map((r) => r.name)).toEqual(['tenant-9', 'tenant-1']);
    expect(top.others).toEqual({ tenants: 2, objects: 2 });
  });
});
