'use client';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
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
import { useFilledIn } from './use-filled-in';

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

/**
 * The F5 status of every row on one page (a list page, a related table, a detail page's object). The
 * requests follow the page, not the estate: what the statuses read of the rows' references that the rows do
 * not hold (a member's IP address and its status, a pool's monitor), then the members of the page's pools
 * (about 32 pools a request) and what their statuses read, save for the pools the page holds. Rows show
 * "loading" until every piece is in, so an icon is never drawn from half the data.
 */
export function usePageStatuses(resource: string, rows: readonly unknown[] | undefined): PageStatuses {
  const { queries } = useNautobot();
  const own = useFilledIn(rows as readonly object[] | undefined, statusReads(resource));
  const filled = own.rows;
  const page = useMemo(() => (filled ? statusPage(resource, filled) : null), [resource, filled]);
  const poolIds = useMemo(() => (page ? poolIdsOf(page) : []), [page]);
  const members = useQuery({ ...queries.membersOfPools(poolIds), enabled: poolIds.length > 0 });
  const held = useMemo(() => (filled ? poolsHeld(resource, filled) : undefined), [resource, filled]);
  const theirs = useFilledIn(members.data, MEMBER_STATUS_READS, held);
  const poolMembers = useMemo(() => theirs.rows && memberStatusRows(theirs.rows), [theirs.rows]);

  let memberRows: readonly MemberStatusRow[] | undefined;
  if (page?.resource === 'load-balancer-pool-members') memberRows = page.rows;
  else if (page && poolIds.length === 0) memberRows = EMPTY;
  else memberRows = poolMembers;

  const error = own.error ?? members.error ?? theirs.error;

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
