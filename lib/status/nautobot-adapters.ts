import { z } from 'zod';
import type { Expansion, Found } from '../api/expand-refs';
import { referencesOf } from '../api/resources';
import { refSchema, type Ref } from '../api/schemas/common';
import {
  loadBalancerPoolMemberSchema,
  loadBalancerPoolSchema,
  virtualServerSchema,
} from '../api/schemas/load-balancers';
import { memberStatus } from './member-status';
import { poolStatus } from './pool-status';
import type { MemberStatusInput, ObjectStatus, PoolObjectStatus, VirtualServerStatusInput } from './types';
import { virtualServerStatus } from './virtual-server-status';

/**
 * Nautobot rows turned into the status model's inputs: rows whose references, and the references of those one
 * level down (a member's pool's monitor, its IP address's status), are filled in by id for a whole page.
 */

/**
 * What a status reads of the objects a row references, one level down: a member's IP address's status and its
 * pool's monitor. Read by id in the icons' own query (`queries.references`), apart from the rows' read, so
 * rows never wait for what only the icons show.
 */
export const STATUS_NESTED_READS: Expansion['nested'] = {
  // IP addresses are IPAM's, outside the five models' registry.
  'ip-addresses': { status: 'statuses' },
  'load-balancer-pools': referencesOf('load-balancer-pools', ['health_check_monitor']),
};

/** A member's references its status reads, and theirs. */
export const MEMBER_STATUS_READS: Expansion = {
  fields: referencesOf('load-balancer-pool-members', [
    'status',
    'ip_address',
    'load_balancer_pool',
    'health_check_monitor',
  ]),
  nested: STATUS_NESTED_READS,
};

const POOL_STATUS_READS: Expansion = {
  fields: referencesOf('load-balancer-pools', ['health_check_monitor']),
};
const NO_READS: Expansion = { fields: {} };

/**
 * What a row's status reads of the objects it references, per model (none for models without a status). The
 * same object each time, so hooks can depend on it.
 */
export function statusReads(resource: string): Expansion {
  switch (resource) {
    case 'load-balancer-pool-members':
      return MEMBER_STATUS_READS;
    case 'load-balancer-pools':
      return POOL_STATUS_READS;
    default:
      return NO_READS;
  }
}

export const memberStatusRowSchema = loadBalancerPoolMemberSchema.pick({
  id: true,
  status: true,
  health_check_monitor: true,
  load_balancer_pool: true,
  ip_address: true,
});
export type MemberStatusRow = z.infer<typeof memberStatusRowSchema>;

export const poolStatusRowSchema = loadBalancerPoolSchema.pick({ id: true, health_check_monitor: true });
export type PoolStatusRow = z.infer<typeof poolStatusRowSchema>;

export const virtualServerStatusRowSchema = virtualServerSchema.pick({
  id: true,
  enabled: true,
  load_balancer_pool: true,
});
export type VirtualServerStatusRow = z.infer<typeof virtualServerStatusRowSchema>;

/** The rows of one page of a model that has F5 statuses. */
export type StatusPage =
  | { resource: 'load-balancer-pool-members'; rows: MemberStatusRow[] }
  | { resource: 'load-balancer-pools'; rows: PoolStatusRow[] }
  | { resource: 'virtual-servers'; rows: VirtualServerStatusRow[] };

function parseAll<T>(schema: z.ZodType<T>, rows: readonly unknown[]): T[] {
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Members with the fields their statuses read (those that lack them are left out). */
export const memberStatusRows = (rows: readonly unknown[]) => parseAll(memberStatusRowSchema, rows);

/** A page's rows with the fields their statuses read; null for models without a status. */
export function statusPage(resource: string, rows: readonly unknown[]): StatusPage | null {
  switch (resource) {
    case 'load-balancer-pool-members':
      return { resource, rows: memberStatusRows(rows) };
    case 'load-balancer-pools':
      return { resource, rows: parseAll(poolStatusRowSchema, rows) };
    case 'virtual-servers':
      return { resource, rows: parseAll(virtualServerStatusRowSchema, rows) };
    default:
      return null;
  }
}

/** Ids compare lowercase: bulk endpoints and filters accept either case, Nautobot answers in lowercase. */
const idKey = (id: string) => id.toLowerCase();

/** The pools whose members a page's statuses roll up from (none for a page of members). */
export function poolIdsOf(page: StatusPage): string[] {
  switch (page.resource) {
    case 'load-balancer-pool-members':
      return [];
    case 'load-balancer-pools':
      return page.rows.map((r) => idKey(r.id));
    case 'virtual-servers':
      return page.rows.flatMap((r) => (r.load_balancer_pool ? [idKey(r.load_balancer_pool.id)] : []));
  }
}

/**
 * The pools a page already holds, by lowercase id: its own rows on a page of pools, the filled-in pools of a
 * page of virtual servers. Their members' statuses read them from here rather than again from Nautobot.
 */
export function poolsHeld(resource: string, rows: readonly unknown[]): Found {
  const pools =
    resource === 'load-balancer-pools'
      ? rows
      : resource === 'virtual-servers'
        ? rows.map((vs) => (vs as { load_balancer_pool?: unknown }).load_balancer_pool)
        : [];
  const byId: Record<string, unknown> = {};
  for (const pool of pools) {
    const parsed = refSchema.safeParse(pool);
    // A bare reference (`{id, object_type, url}`) is no pool to read from; a filled-in one has its display.
    if (parsed.success && parsed.data.display !== undefined) byId[idKey(parsed.data.id)] = pool;
  }
  return { 'load-balancer-pools': byId };
}

const nestedRef = (value: unknown): Ref | null => {
  const parsed = refSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The member's pool's monitor: a bare reference, one level deeper than depth 1 names. */
export const poolMonitorRef = (m: MemberStatusRow): Ref | null =>
  nestedRef(m.load_balancer_pool.health_check_monitor);

/** The member IP address's status: a bare reference too. */
export const ipStatusRef = (m: MemberStatusRow): Ref | null => nestedRef(m.ip_address.status);

export type NameIndex = ReadonlyMap<string, string>;
export type StatusNames = { monitors: NameIndex; statuses: NameIndex };

/** Names the references already carry, by id. */
export function namesIn(refs: Iterable<Ref | null | undefined>): Map<string, string> {
  const names = new Map<string, string>();
  for (const ref of refs) if (ref?.name !== undefined) names.set(idKey(ref.id), ref.name);
  return names;
}

const monitorRefs = (page: StatusPage, members: readonly MemberStatusRow[]) => [
  ...members.flatMap((m) => [m.health_check_monitor, poolMonitorRef(m)]),
  // A page of pools names their monitors; their members' nested pools do not.
  ...(page.resource === 'load-balancer-pools' ? page.rows.map((p) => p.health_check_monitor) : []),
];
const statusRefs = (members: readonly MemberStatusRow[]) =>
  members.flatMap((m) => [m.status, ipStatusRef(m)]);

/**
 * Every name the rows carry, filled in by id (lib/api/expand-refs.ts). A reference left bare (its object hidden
 * from this user) goes by its display or id.
 */
export function statusNames(page: StatusPage, members: readonly MemberStatusRow[]): StatusNames {
  return { monitors: namesIn(monitorRefs(page, members)), statuses: namesIn(statusRefs(members)) };
}

const nameOf = (ref: Ref | null, names: NameIndex): string | null =>
  ref ? (ref.name ?? names.get(idKey(ref.id)) ?? ref.display ?? null) : null;

/** A monitor the user may not read is still a monitor: it keeps the member monitored, under its id. */
const monitorName = (ref: Ref | null, names: NameIndex): string | null =>
  ref ? (nameOf(ref, names) ?? ref.id) : null;

/** "10.0.0.5": the IP's host, or its display without the mask. */
function ipHost(ip: Ref): string | undefined {
  const host = z.string().safeParse(ip.host);
  if (host.success) return host.data;
  return ip.display?.replace(/\/\d+$/, '');
}

export function memberInput(m: MemberStatusRow, names: StatusNames): MemberStatusInput {
  const ipStatus = ipStatusRef(m);
  return {
    status: nameOf(m.status, names.statuses),
    memberMonitor: monitorName(m.health_check_monitor, names.monitors),
    poolMonitor: monitorName(poolMonitorRef(m), names.monitors),
    ipStatus: ipStatus ? nameOf(ipStatus, names.statuses) : undefined,
    ipAddress: ipHost(m.ip_address),
  };
}

/** Each pool's roll-up from those of `members` in it; a pool none of them is in has no members. */
export function poolStatuses(
  poolIds: Iterable<string>,
  members: readonly MemberStatusRow[],
  names: StatusNames,
): Map<string, PoolObjectStatus> {
  const byPool = new Map<string, ObjectStatus[]>();
  for (const id of poolIds) byPool.set(idKey(id), []);
  for (const m of members)
    byPool.get(idKey(m.load_balancer_pool.id))?.push(memberStatus(memberInput(m, names)));
  return new Map([...byPool].map(([id, statuses]) => [id, poolStatus({ members: statuses })]));
}

export function virtualServerInput(
  vs: VirtualServerStatusRow,
  pools: ReadonlyMap<string, PoolObjectStatus>,
): VirtualServerStatusInput {
  const pool = vs.load_balancer_pool;
  if (!pool) return { enabled: vs.enabled, pool: null };
  return {
    enabled: vs.enabled,
    pool: {
      name: pool.name ?? pool.display ?? pool.id,
      status: pools.get(idKey(pool.id)) ?? poolStatus({ members: [] }),
    },
  };
}

/**
 * Every row's status, by lowercase id. `members` are the page's rows for a page of members, else every
 * member of the pools the page names (`poolIdsOf`).
 */
export function pageStatuses(
  page: StatusPage,
  members: readonly MemberStatusRow[],
  names: StatusNames,
): Map<string, ObjectStatus> {
  switch (page.resource) {
    case 'load-balancer-pool-members':
      return new Map(page.rows.map((m) => [idKey(m.id), memberStatus(memberInput(m, names))]));
    case 'load-balancer-pools':
      return poolStatuses(poolIdsOf(page), members, names);
    case 'virtual-servers': {
      const pools = poolStatuses(poolIdsOf(page), members, names);
      return new Map(
        page.rows.map((vs) => [idKey(vs.id), virtualServerStatus(virtualServerInput(vs, pools))]),
      );
    }
  }
}

/** A pool's status carries its member counts ("3/4"). */
export const isPoolStatus = (s: ObjectStatus): s is PoolObjectStatus => 'total' in s && 'available' in s;
