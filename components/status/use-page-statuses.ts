'use client';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  missingNames,
  pageStatuses,
  poolIdsOf,
  statusNames,
  statusPage,
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

/**
 * The F5 status of every row on one page (a list page, a related table, a detail page's object). The
 * requests follow the page, not the estate: the members of the page’s pools (about 32 pools a request), then the
 * monitor and status names nested rows leave out, one request each. Rows show "loading" until every piece
 * is in, so an icon is never drawn from half the data.
 */
export function usePageStatuses(resource: string, rows: readonly unknown[] | undefined): PageStatuses {
  const { queries } = useNautobot();
  const page = useMemo(() => (rows ? statusPage(resource, rows) : null), [resource, rows]);
  const poolIds = useMemo(() => (page ? poolIdsOf(page) : []), [page]);
  const members = useQuery({ ...queries.membersOfPools(poolIds), enabled: poolIds.length > 0 });

  let memberRows: readonly MemberStatusRow[] | undefined;
  if (page?.resource === 'load-balancer-pool-members') memberRows = page.rows;
  else if (page && poolIds.length === 0) memberRows = EMPTY;
  else memberRows = members.data;

  const needs = useMemo(
    () => (page && memberRows ? missingNames(page, memberRows) : null),
    [page, memberRows],
  );
  const monitorIds = needs?.monitorIds ?? EMPTY;
  const statusIds = needs?.statusIds ?? EMPTY;
  const monitors = useQuery({ ...queries.monitorsByIds(monitorIds), enabled: monitorIds.length > 0 });
  const statuses = useQuery({ ...queries.statusesByIds(statusIds), enabled: statusIds.length > 0 });

  const lookedUpMonitors = monitorIds.length > 0 ? monitors.data : EMPTY;
  const lookedUpStatuses = statusIds.length > 0 ? statuses.data : EMPTY;
  const error = [members, monitors, statuses].find((q) => q.isError)?.error ?? null;

  return useMemo((): PageStatuses => {
    if (!page) return NO_STATUSES;
    if (error) {
      const failed: RowStatus = { state: 'error', message: error.message };
      return { of: () => failed };
    }
    if (!memberRows || !lookedUpMonitors || !lookedUpStatuses) return { of: () => LOADING };
    const names = statusNames(page, memberRows, { monitors: lookedUpMonitors, statuses: lookedUpStatuses });
    const byId = pageStatuses(page, memberRows, names);
    const ready = new Map([...byId].map(([id, status]) => [id, { state: 'ready', status } as const]));
    // A row whose fields did not parse has no status to show; it says so rather than guessing.
    return { of: (id) => ready.get(id.toLowerCase()) ?? UNREADABLE };
  }, [page, error, memberRows, lookedUpMonitors, lookedUpStatuses]);
}
