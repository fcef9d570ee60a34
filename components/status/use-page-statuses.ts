'use client';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { fillReferences, readsAnything, referenceReads, type Found } from '@/lib/api/expand-refs';
import {
  MEMBER_STATUS_READS,
  memberStatusRows,
  pageStatuses,
  poolsHeld,
  poolIdsOf,
  statusNames,
  statusPage,
  statusReads,
  type MemberStatusRow,
} from '@/lib/status/nautobot-adapters';
import type { ObjectStatus } from '@/lib/status/types';
import { useNautobot } from '@/components/providers/nautobot-context';

export type RowStatus =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; status: ObjectStatus };

export type PageStatuses = {
  /** A row's status; null when its model has none (health monitors, certificate profiles). */
  of: (id: string) => RowStatus | null;
};

export const NO_STATUSES: PageStatuses = { of: () => null };

const LOADING: RowStatus = { state: 'loading' };
const UNREADABLE: RowStatus = {
  state: 'error',
  message: 'Nautobot’s answer for this row lacks the fields a status needs',
};
const EMPTY: readonly never[] = [];
const NO_READS = { first: {}, nested: {}, held: {} };

function mergeFound(a: Found, b: Found): Found {
  const out: Found = { ...a };
  for (const [key, objects] of Object.entries(b) as [keyof Found, Record<string, unknown>][])
    out[key] = { ...out[key], ...objects };
  return out;
}

/**
 * The F5 status of every row on one page (a list page, a related table, a detail page's object). The
 * requests follow the page, not the estate: what the statuses read of the rows' references that the rows do
 * not hold (a member's IP address and its status), the members of the page’s pools (about 32 pools a request),
 * then the monitor and status names nested rows leave out. Rows show "loading" until every piece is in, so
 * an icon is never drawn from half the data.
 */
export function usePageStatuses(resource: string, rows: readonly unknown[] | undefined): PageStatuses {
  const { queries } = useNautobot();
  const expansion = statusReads(resource);
  const reads = useMemo(() => (rows ? referenceReads(rows, expansion) : null), [rows, expansion]);
  const needsReads = !!reads && readsAnything(reads);
  const refs = useQuery({ ...queries.references(reads ?? NO_READS), enabled: needsReads });
  const filled = useMemo(() => {
    if (!rows) return undefined;
    if (!needsReads) return rows;
    return refs.data ? fillReferences(rows as readonly object[], expansion, refs.data) : undefined;
  }, [rows, needsReads, refs.data, expansion]);
  const page = useMemo(() => (filled ? statusPage(resource, filled) : null), [resource, filled]);
  const poolIds = useMemo(() => (page ? poolIdsOf(page) : []), [page]);
  const members = useQuery({ ...queries.membersOfPools(poolIds), enabled: poolIds.length > 0 });
  // The members of a page's pools, filled in as their statuses need, save for the pools the page holds.
  const held = useMemo(() => (filled ? poolsHeld(resource, filled) : {}), [resource, filled]);
  const memberReads = useMemo(
    () => (members.data ? referenceReads(members.data, MEMBER_STATUS_READS, held) : null),
    [members.data, held],
  );
  const memberNeedsReads = !!memberReads && readsAnything(memberReads);
  const memberRefs = useQuery({ ...queries.references(memberReads ?? NO_READS), enabled: memberNeedsReads });
  const poolMembers = useMemo(() => {
    if (!members.data || (memberNeedsReads && !memberRefs.data)) return undefined;
    const found = mergeFound(held, memberRefs.data ?? {});
    return memberStatusRows(fillReferences(members.data, MEMBER_STATUS_READS, found));
  }, [members.data, memberNeedsReads, memberRefs.data, held]);

  let memberRows: readonly MemberStatusRow[] | undefined;
  if (page?.resource === 'load-balancer-pool-members') memberRows = page.rows;
  else if (page && poolIds.length === 0) memberRows = EMPTY;
  else memberRows = poolMembers;

  const error = [refs, members, memberRefs].find((q) => q.isError)?.error ?? null;

  const waiting = !!rows && !filled;
  return useMemo((): PageStatuses => {
    if (error) {
      const failed: RowStatus = { state: 'error', message: error.message };
      return { of: () => failed };
    }
    if (waiting) return { of: () => LOADING };
    if (!page) return NO_STATUSES;
    if (!memberRows) return { of: () => LOADING };
    const names = statusNames(page, memberRows);
    const byId = pageStatuses(page, memberRows, names);
    const ready = new Map([...byId].map(([id, status]) => [id, { state: 'ready', status } as const]));
    // A row whose fields did not parse has no status to show; it says so rather than guessing.
    return { of: (id) => ready.get(id.toLowerCase()) ?? UNREADABLE };
  }, [page, error, waiting, memberRows]);
}
