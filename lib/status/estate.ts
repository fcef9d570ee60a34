import type { EstateData } from '../api/estate-query';
import { memberStatus } from './member-status';
import { poolStatus } from './pool-status';
import type { ObjectStatus, PoolObjectStatus } from './types';
import { virtualServerStatus } from './virtual-server-status';

export type EstateMember = {
  id: string;
  poolId: string;
  label: string;
  /** The IP address without its mask ("10.0.0.5"); empty when the user may not view the address. */
  ip: string;
  port: number;
  /** Nautobot's Status name, as the status model read it. */
  statusName: string | null;
  ipStatusName: string | null;
  /** The member's own monitor (the pool's is on the pool). */
  monitor: string | null;
  status: ObjectStatus;
};

export type EstatePool = {
  id: string;
  name: string;
  monitor: string | null;
  members: EstateMember[];
  status: PoolObjectStatus;
  /** Virtual servers sending traffic to this pool; empty for an unused pool. */
  virtualServerIds: string[];
};

export type EstateVirtualServer = {
  id: string;
  name: string;
  enabled: boolean;
  /** The VIP's address without its mask; null when the user may not view it. */
  vip: string | null;
  port: number | null;
  /** As the REST API spells it ("https"), null when blank. */
  protocol: string | null;
  pool: EstatePool | null;
  status: ObjectStatus;
};

export type Estate = {
  virtualServers: EstateVirtualServer[];
  pools: EstatePool[];
  /** Pools no virtual server uses, in the order Nautobot listed them. */
  unusedPools: EstatePool[];
  poolById: ReadonlyMap<string, EstatePool>;
  memberCount: number;
};

/**
 * The status of every member, pool and virtual server from one estate read, in Nautobot's order. Linear in
 * the estate's size: members are grouped by pool once, not searched per pool.
 */
export function rollUpEstate(data: EstateData): Estate {
  const poolMonitor = new Map<string, string | null>();
  for (const p of data.load_balancer_pools) poolMonitor.set(p.id, p.health_check_monitor?.name ?? null);

  const membersByPool = new Map<string, EstateMember[]>();
  for (const m of data.load_balancer_pool_members) {
    const poolId = m.load_balancer_pool?.id;
    // A member of a pool the user may not view has nowhere to be shown, and nothing to roll up into.
    if (!poolId || !poolMonitor.has(poolId)) continue;
    const ip = m.ip_address?.host ?? '';
    const ipStatusName = m.ip_address?.status?.name ?? null;
    const member: EstateMember = {
      id: m.id,
      poolId,
      label: m.label,
      ip,
      port: m.port,
      statusName: m.status?.name ?? null,
      ipStatusName,
      monitor: m.health_check_monitor?.name ?? null,
      status: memberStatus({
        status: m.status?.name ?? null,
        memberMonitor: m.health_check_monitor?.name ?? null,
        poolMonitor: poolMonitor.get(poolId) ?? null,
        ipStatus: m.ip_address ? ipStatusName : undefined,
        ipAddress: ip || undefined,
      }),
    };
    const list = membersByPool.get(poolId);
    if (list) list.push(member);
    else membersByPool.set(poolId, [member]);
  }

  const pools: EstatePool[] = data.load_balancer_pools.map((p) => {
    const members = membersByPool.get(p.id) ?? [];
    return {
      id: p.id,
      name: p.name,
      monitor: p.health_check_monitor?.name ?? null,
      members,
      status: poolStatus({ members: members.map((m) => m.status) }),
      virtualServerIds: [],
    };
  });
  const poolById = new Map(pools.map((p) => [p.id, p]));

  const virtualServers = data.virtual_servers.map((vs): EstateVirtualServer => {
    const pool = (vs.load_balancer_pool && poolById.get(vs.load_balancer_pool.id)) ?? null;
    pool?.virtualServerIds.push(vs.id);
    return {
      id: vs.id,
      name: vs.name,
      enabled: vs.enabled,
      vip: vs.vip?.host ?? null,
      port: vs.port,
      protocol: vs.protocol,
      pool,
      status: virtualServerStatus({
        enabled: vs.enabled,
        pool: pool ? { name: pool.name, status: pool.status } : null,
      }),
    };
  });

  return {
    virtualServers,
    pools,
    unusedPools: pools.filter((p) => p.virtualServerIds.length === 0),
    poolById,
    memberCount: pools.reduce((n, p) => n + p.members.length, 0),
  };
}

/**
 * What the "Problems only" view keeps: anything not green (available and enabled), and green pools one
 * failure away from offline.
 */
export function needsAttention(status: ObjectStatus | PoolObjectStatus): boolean {
  if (status.availability !== 'available' || status.admin !== 'enabled') return true;
  return 'lossOfRedundancy' in status && status.lossOfRedundancy;
}

/** "10.0.0.5:443", "[2001:db8::5]:443", or the address alone when there is no port. */
export function hostPort(host: string, port: number | null): string {
  if (port === null) return host;
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
