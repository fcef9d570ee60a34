import type { EstateData } from '../api/estate-query';

/** Tenants shown, busiest first; the rest are summed in one line. */
export const TENANTS_SHOWN = 8;
/** What "objects" means per tenant: the models a tenant's traffic runs through, in the estate's order. */
export const TENANT_RESOURCES = [
  'virtual-servers',
  'load-balancer-pools',
  'load-balancer-pool-members',
] as const;

export type TenantRow = { id: string; name: string; counts: [number, number, number]; total: number };
export type TenantTopList = {
  rows: TenantRow[];
  /** Tenants owning objects that are not in `rows`, and how many objects they own between them. */
  others: { tenants: number; objects: number };
  /** Objects with no tenant. */
  untenanted: number;
};

type Owned = { tenant: { id: string; name: string } | null };

/**
 * Objects per tenant, counted from the estate the dashboard already reads: a true top list (Nautobot cannot
 * sort tenants by what they own) at no extra request, whatever the number of tenants.
 */
export function tenantTopList(data: EstateData, shown = TENANTS_SHOWN): TenantTopList {
  const byTenant = new Map<string, TenantRow>();
  let untenanted = 0;
  const lists: readonly (readonly Owned[])[] = [
    data.virtual_servers,
    data.load_balancer_pools,
    data.load_balancer_pool_members,
  ];
  lists.forEach((list, kind) => {
    for (const { tenant } of list) {
      if (!tenant) {
        untenanted += 1;
        continue;
      }
      let row = byTenant.get(tenant.id);
      if (!row) {
        row = { id: tenant.id, name: tenant.name, counts: [0, 0, 0], total: 0 };
        byTenant.set(tenant.id, row);
      }
      row.counts[kind as 0 | 1 | 2] += 1;
      row.total += 1;
    }
  });
  const all = [...byTenant.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const rest = all.slice(shown);
  return {
    rows: all.slice(0, shown),
    others: { tenants: rest.length, objects: rest.reduce((sum, r) => sum + r.total, 0) },
    untenanted,
  };
}
