import { statusRank } from '@/lib/status/describe';
import {
  hostPort,
  needsAttention,
  type Estate,
  type EstateMember,
  type EstatePool,
  type EstateVirtualServer,
} from '@/lib/status/estate';

export type MapSort = 'status' | 'name';
export type MapView = { term: string; problemsOnly: boolean; sort: MapSort };

export type PoolNode = {
  pool: EstatePool;
  /** The members shown: all of them, or only those needing attention; sorted. */
  members: EstateMember[];
  /** The pool's own name matches the search. */
  match: boolean;
  /** A shown member matches the search. */
  memberMatch: boolean;
};
export type ServerNode = { vs: EstateVirtualServer; pool: PoolNode | null; match: boolean };

export type MapModel = {
  servers: ServerNode[];
  /** Pools no virtual server uses, filtered and sorted as the servers are. */
  unused: PoolNode[];
  matchedMembers: ReadonlySet<string>;
  /** Rows the search opens so that what matched below them is in view. */
  searchOpens: ReadonlySet<string>;
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
const byAddress = (a: EstateMember, b: EstateMember) => collator.compare(a.ip, b.ip) || a.port - b.port;
/** A green pool one failure from offline sorts above the other green ones. */
const redundancyRank = (pool: EstatePool | null | undefined) => (pool?.status.lossOfRedundancy ? 0 : 1);

function serverOrder(sort: MapSort) {
  return (a: ServerNode, b: ServerNode) =>
    sort === 'name'
      ? byName(a.vs, b.vs)
      : statusRank(a.vs.status) - statusRank(b.vs.status) ||
        redundancyRank(a.vs.pool) - redundancyRank(b.vs.pool) ||
        byName(a.vs, b.vs);
}
function poolOrder(sort: MapSort) {
  return (a: PoolNode, b: PoolNode) =>
    sort === 'name'
      ? byName(a.pool, b.pool)
      : statusRank(a.pool.status) - statusRank(b.pool.status) ||
        redundancyRank(a.pool) - redundancyRank(b.pool) ||
        byName(a.pool, b.pool);
}
function memberOrder(sort: MapSort) {
  return (a: EstateMember, b: EstateMember) =>
    sort === 'name' ? byAddress(a, b) : statusRank(a.status) - statusRank(b.status) || byAddress(a, b);
}

export const serverKey = (vs: { id: string }) => `vs:${vs.id}`;
export const serverPoolKey = (vs: { id: string }) => `vs:${vs.id}/pool`;
export const UNUSED_KEY = 'unused';
export const unusedPoolKey = (pool: { id: string }) => `${UNUSED_KEY}/pool:${pool.id}`;

/**
 * What the map shows for a search, the "Problems only" switch and a sort: which virtual servers and unused
 * pools, which members under each pool, what matched, in which order. Independent of what is expanded, so it
 * is computed once per view change, not per click.
 */
export function buildMapModel(estate: Estate, { term, problemsOnly, sort }: MapView): MapModel {
  const q = term.trim().toLowerCase();
  const matchedMembers = new Set<string>();
  const searchOpens = new Set<string>();

  // A pool shared by several virtual servers is worked out once.
  const poolNodes = new Map<string, PoolNode>();
  const poolNode = (pool: EstatePool): PoolNode => {
    const known = poolNodes.get(pool.id);
    if (known) return known;
    const members = (
      problemsOnly ? pool.members.filter((m) => needsAttention(m.status)) : [...pool.members]
    ).sort(memberOrder(sort));
    let memberMatch = false;
    if (q) {
      for (const m of members) {
        if (hostPort(m.ip, m.port).toLowerCase().includes(q)) {
          matchedMembers.add(m.id);
          memberMatch = true;
        }
      }
    }
    const node = { pool, members, match: !!q && pool.name.toLowerCase().includes(q), memberMatch };
    poolNodes.set(pool.id, node);
    return node;
  };
  // With "Problems only", a pool's shown members are already only those needing attention.
  const poolHasProblems = (node: PoolNode) => needsAttention(node.pool.status) || node.members.length > 0;
  const poolShown = (node: PoolNode) =>
    (!q || node.match || node.memberMatch) && (!problemsOnly || poolHasProblems(node));

  const servers: ServerNode[] = [];
  for (const vs of estate.virtualServers) {
    const pool = vs.pool ? poolNode(vs.pool) : null;
    const vip = vs.vip ? hostPort(vs.vip, vs.port).toLowerCase() : '';
    const match = !!q && (vs.name.toLowerCase().includes(q) || (!!vip && vip.includes(q)));
    if (q && !match && !(pool && (pool.match || pool.memberMatch))) continue;
    if (problemsOnly && !needsAttention(vs.status) && !(pool && poolHasProblems(pool))) continue;
    if (pool && (pool.match || pool.memberMatch)) searchOpens.add(serverKey(vs));
    servers.push({ vs, pool, match });
  }
  servers.sort(serverOrder(sort));

  const unused = estate.unusedPools.map(poolNode).filter(poolShown).sort(poolOrder(sort));
  if (q && unused.length) searchOpens.add(UNUSED_KEY);
  for (const node of unused) if (node.memberMatch) searchOpens.add(unusedPoolKey(node.pool));

  return { servers, unused, matchedMembers, searchOpens };
}

type RowBase = {
  key: string;
  /** 1 for virtual servers and the "Unused pools" group. */
  level: number;
  parentKey: string | null;
  posinset: number;
  setsize: number;
  /** null for a row with nothing under it. */
  expanded: boolean | null;
  match: boolean;
};
export type MapRow = RowBase &
  (
    | { kind: 'vs'; vs: EstateVirtualServer }
    | { kind: 'pool'; pool: EstatePool }
    | { kind: 'member'; member: EstateMember }
    | { kind: 'group'; label: string; count: number }
  );

/** Whether a row is open: the user's choice if they made one, else `byDefault`. */
export type IsOpen = (key: string, byDefault: boolean) => boolean;

/**
 * The rows in view order, only as deep as what is open: linear in the rows it returns, so collapsing 2,000
 * virtual servers gives 2,000 rows however many members they hold.
 */
export function flattenMap(model: MapModel, isOpen: IsOpen): MapRow[] {
  const rows: MapRow[] = [];
  const pushPool = (
    node: PoolNode,
    key: string,
    level: number,
    parentKey: string,
    position: { posinset: number; setsize: number },
    byDefault: boolean,
  ) => {
    const open = node.members.length > 0 ? isOpen(key, byDefault) : null;
    rows.push({
      kind: 'pool',
      key,
      level,
      parentKey,
      ...position,
      expanded: open,
      match: node.match,
      pool: node.pool,
    });
    if (!open) return;
    node.members.forEach((member, i) =>
      rows.push({
        kind: 'member',
        key: `${key}/m:${member.id}`,
        level: level + 1,
        parentKey: key,
        posinset: i + 1,
        setsize: node.members.length,
        expanded: null,
        match: model.matchedMembers.has(member.id),
        member,
      }),
    );
  };

  const top = model.servers.length + (model.unused.length ? 1 : 0);
  model.servers.forEach((node, i) => {
    const key = serverKey(node.vs);
    const open = node.pool ? isOpen(key, model.searchOpens.has(key)) : null;
    rows.push({
      kind: 'vs',
      key,
      level: 1,
      parentKey: null,
      posinset: i + 1,
      setsize: top,
      expanded: open,
      match: node.match,
      vs: node.vs,
    });
    // Opening a virtual server shows its pool open too: the members are what one opens it for.
    if (open && node.pool)
      pushPool(node.pool, serverPoolKey(node.vs), 2, key, { posinset: 1, setsize: 1 }, true);
  });

  if (model.unused.length) {
    const open = isOpen(UNUSED_KEY, model.searchOpens.has(UNUSED_KEY));
    rows.push({
      kind: 'group',
      key: UNUSED_KEY,
      level: 1,
      parentKey: null,
      posinset: top,
      setsize: top,
      expanded: open,
      match: false,
      label: 'Unused pools',
      count: model.unused.length,
    });
    if (open) {
      model.unused.forEach((node, i) => {
        const key = unusedPoolKey(node.pool);
        pushPool(
          node,
          key,
          2,
          UNUSED_KEY,
          { posinset: i + 1, setsize: model.unused.length },
          model.searchOpens.has(key),
        );
      });
    }
  }
  return rows;
}
